using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Site.TestSupport;

/// <summary>
/// A Serilog sink for the test host (the site's logger reads sinks from its services): keeps
/// every event so a test can assert what was, and was not, logged.
/// </summary>
public sealed class LogCapture : ILogEventSink
{
    private const string RequestLogSource = "Serilog.AspNetCore.RequestLoggingMiddleware";

    private readonly ConcurrentQueue<LogEvent> _events = new();
    private readonly Lock _lock = new();
    private TaskCompletionSource _written = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<LogEvent> Events => [.. _events];

    /// <summary>Events at Error or above, and any event that carries an exception.</summary>
    public IReadOnlyList<LogEvent> Failures => [.. _events.Where(e => e.Level >= LogEventLevel.Error || e.Exception is not null)];

    public void Emit(LogEvent logEvent)
    {
        _events.Enqueue(logEvent);
        lock (_lock)
        {
            _written.TrySetResult();
            _written = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void Clear() => _events.Clear();

    /// <summary>The request-log events for a path, once at least one has been written (the middleware logs after the response).</summary>
    public Task<IReadOnlyList<LogEvent>> RequestLogsAsync(string path) => WaitForAsync(e => IsRequestLog(e, path));

    /// <summary>The events that meet a condition, once at least <paramref name="count"/> of them have been written.</summary>
    public async Task<IReadOnlyList<LogEvent>> WaitForAsync(Func<LogEvent, bool> condition, int count = 1)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            Task written;
            lock (_lock)
            {
                written = _written.Task;
            }

            var found = _events.Where(condition).ToList();
            if (found.Count >= count)
            {
                return found;
            }

            await written.WaitAsync(deadline.Token);
        }
    }

    private static bool IsRequestLog(LogEvent e, string path) =>
        e.Properties.TryGetValue("SourceContext", out var source) && source is ScalarValue { Value: RequestLogSource } &&
        e.Properties.TryGetValue("RequestPath", out var logged) && logged is ScalarValue { Value: string value } &&
        path.StartsWith(value.TrimEnd('…'), StringComparison.Ordinal);
}
