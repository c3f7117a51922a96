using System.Diagnostics;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;

namespace Site.Articles.Loading;

/// <summary>
/// Tells the loader when the content folder may have changed: a file-system notification or the
/// periodic rescan, whichever comes first, with a burst of notifications (a deploy copying a tree,
/// a recursive delete) let settle into one. Notifications are only a hint; the scan that follows
/// is the source of truth.
/// </summary>
public sealed partial class ContentWatcher(TimeProvider time, ILogger<ContentWatcher> logger) : IDisposable
{
    private static readonly TimeSpan SettleTime = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxSettleTime = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _changed = new(0);
    private PhysicalFileProvider? _watcher;

    /// <summary>Watches the folder as it is now; called after every scan, since the folder behind the path may have changed.</summary>
    public void Watch(string root)
    {
        Stop();
        try
        {
            _watcher = new PhysicalFileProvider(root, ExclusionFilters.None);
            _watcher.Watch("**/*").RegisterChangeCallback(static state => ((SemaphoreSlim)state!).Release(), _changed);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Then only the periodic rescan follows the folder until it can be watched again.
            LogWatchFailed(root, ex.Message);
            Stop();
        }
    }

    public void Stop()
    {
        _watcher?.Dispose();
        _watcher = null;
    }

    /// <summary>Waits for a change notification or for the rescan to fall due, whichever comes first.</summary>
    public async Task WaitForChangeAsync(TimeSpan rescan, CancellationToken cancellationToken)
    {
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var changed = _changed.WaitAsync(wake.Token);
        var due = Task.Delay(rescan, time, wake.Token);
        await Task.WhenAny(changed, due);
        await wake.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Returns once notifications have stopped for a moment (or after at most two seconds), so a scan sees the end of a burst rather than a half-way state.</summary>
    public async Task SettleAsync(CancellationToken cancellationToken)
    {
        var settled = Stopwatch.StartNew();
        while (await _changed.WaitAsync(SettleTime, cancellationToken) && settled.Elapsed < MaxSettleTime)
        {
        }
    }

    public void Dispose()
    {
        Stop();
        _changed.Dispose();
    }

    [LoggerMessage(LogLevel.Warning, "Cannot watch {Root} for changes ({Reason}); the periodic rescan follows it instead")]
    private partial void LogWatchFailed(string root, string reason);
}
