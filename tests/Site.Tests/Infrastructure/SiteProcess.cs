using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace Site.Tests.Infrastructure;

/// <summary>
/// One run of a published site, started the way the container starts it (<c>dotnet Site.dll</c>
/// in the output folder, the image's environment, Production) on a free loopback port. Its
/// stdout is kept: in Production it must be one JSON object a line.
/// </summary>
public sealed class SiteProcess : IDisposable
{
    private readonly Process _process;
    private TaskCompletionSource _logWritten = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SiteProcess(Process process) => _process = process;

    public Uri Address { get; private set; } = null!;

    public ConcurrentQueue<string> LogLines { get; } = new();

    /// <summary>Completes when the next line of log arrives.</summary>
    public Task LogWritten => Volatile.Read(ref _logWritten).Task;

    /// <param name="outputPath">The published folder.</param>
    /// <param name="environment">Settings on top of the image's own environment.</param>
    public static async Task<SiteProcess> StartAsync(string outputPath, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", ["Site.dll"])
        {
            WorkingDirectory = outputPath,
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
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var site = new SiteProcess(new Process { StartInfo = start });
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        site._process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                listening.TrySetException(new InvalidOperationException("The site exited: " + string.Join('\n', site.LogLines)));
                return;
            }

            site.Append(e.Data);
            if (ListeningAddress(e.Data) is { } address)
            {
                listening.TrySetResult(address);
            }
        };
        site._process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                site.Append(e.Data);
            }
        };
        site._process.Start();
        site._process.BeginOutputReadLine();
        site._process.BeginErrorReadLine();
        site.Address = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return site;
    }

    /// <summary>Sends SIGTERM, as a container runtime or orchestrator does to stop the container.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>Waits, up to a deadline, for the process to exit, and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(int seconds = 60)
    {
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(seconds));
        return _process.ExitCode;
    }

    /// <summary>Waits, up to a deadline, for a line of log that meets the condition (one already written counts).</summary>
    public async Task<string> WaitForLogAsync(Func<string, bool> condition, int seconds = 30)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        while (true)
        {
            var written = LogWritten;
            if (LogLines.FirstOrDefault(condition) is { } line)
            {
                return line;
            }

            await written.WaitAsync(deadline.Token);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Append(string line)
    {
        LogLines.Enqueue(line);
        Interlocked.Exchange(ref _logWritten, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
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
