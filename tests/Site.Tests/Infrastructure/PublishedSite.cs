using System.Collections.Concurrent;

namespace Site.Tests.Infrastructure;

/// <summary>
/// The site published the way the Dockerfile publishes it, and one run of it (a
/// <see cref="SiteProcess"/>) shared by the tests that only read from it. Tests that need a run
/// of their own (another content folder, other settings) start one from the same output.
/// </summary>
public sealed class PublishedSite : IAsyncLifetime, IDisposable
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "site-publish-" + Guid.NewGuid().ToString("N"));
    private SiteProcess? _process;

    public string OutputPath { get; private set; } = "";

    /// <summary>The shared run's home folder, where ASP.NET Core would keep data-protection keys if it made any.</summary>
    public string HomePath => Path.Combine(_scratch, "home");

    public Uri Address => Process.Address;

    public ConcurrentQueue<string> LogLines => Process.LogLines;

    /// <summary>Completes when the next line of log arrives.</summary>
    public Task LogWritten => Process.LogWritten;

    private SiteProcess Process => _process ?? throw new InvalidOperationException("The published site has not started.");

    public async Task InitializeAsync()
    {
        OutputPath = await DockerfileBuild.PublishAsync(_scratch);
        Directory.CreateDirectory(HomePath);
        // Tests here count one request-log line per request, so this run logs every one.
        _process = await StartAnotherAsync(new Dictionary<string, string>
        {
            ["HOME"] = HomePath,
            ["Site__RequestLogsPerSecond"] = "1000000",
        });
    }

    /// <summary>
    /// Another run of the published output, with these settings on top of the image's, and a
    /// home folder of its own unless the settings name one.
    /// </summary>
    public Task<SiteProcess> StartAnotherAsync(IReadOnlyDictionary<string, string> environment)
    {
        var settings = new Dictionary<string, string>(environment);
        if (!settings.ContainsKey("HOME"))
        {
            settings["HOME"] = Directory.CreateDirectory(Path.Combine(_scratch, "home-" + Guid.NewGuid().ToString("N"))).FullName;
        }

        return SiteProcess.StartAsync(OutputPath, settings);
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _process?.Dispose();
        _process = null; // xunit calls both DisposeAsync and Dispose on a fixture
        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
