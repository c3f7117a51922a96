using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace Site.Tests.Infrastructure;

/// <summary>
/// The site published the way the Dockerfile publishes it, started the way the container starts
/// it (<c>dotnet Site.dll</c> in the output folder, the image's environment, Production), on a
/// free loopback port. Its stdout is kept: in Production it must be one JSON object a line.
/// </summary>
public sealed class PublishedSite : IAsyncLifetime, IDisposable
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "site-publish-" + Guid.NewGuid().ToString("N"));
    private Process? _process;

    public string OutputPath { get; private set; } = "";

    /// <summary>The process's home folder, where ASP.NET Core would keep data-protection keys if it made any.</summary>
    public string HomePath => Path.Combine(_scratch, "home");

    public Uri Address { get; private set; } = null!;

    public ConcurrentQueue<string> LogLines { get; } = new();

    /// <summary>Completes when the next line of log arrives.</summary>
    public Task LogWritten => Volatile.Read(ref _logWritten).Task;

    private TaskCompletionSource _logWritten = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task InitializeAsync()
    {
        OutputPath = await DockerfileBuild.PublishAsync(_scratch);

        var start = new ProcessStartInfo("dotnet", ["Site.dll"])
        {
            WorkingDirectory = OutputPath,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in DockerfileBuild.FinalStageEnvironment())
        {
            start.Environment[name] = value;
        }

        // Loopback only, on a port the OS picks; Kestrel logs the address it bound.
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Site__BaseUrl"] = SiteFactory.BaseUrl;
        Directory.CreateDirectory(HomePath);
        start.Environment["HOME"] = HomePath;

        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                listening.TrySetException(new InvalidOperationException("The site exited: " + string.Join('\n', LogLines)));
                return;
            }

            LogLines.Enqueue(e.Data);
            Interlocked.Exchange(ref _logWritten, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            if (ListeningAddress(e.Data) is { } address)
            {
                listening.TrySetResult(address);
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                LogLines.Enqueue(e.Data);
            }
        };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Address = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
        }

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

    private static Uri? ListeningAddress(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var message = json.RootElement.TryGetProperty("@m", out var m) ? m.GetString() : null;
            const string Prefix = "Now listening on: ";
            // Serilog quotes string values it renders into a message.
            return message is not null && message.StartsWith(Prefix, StringComparison.Ordinal) &&
                Uri.TryCreate(message[Prefix.Length..].Trim('"'), UriKind.Absolute, out var address)
                ? address
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
