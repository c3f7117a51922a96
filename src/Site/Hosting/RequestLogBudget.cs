namespace Site.Hosting;

/// <summary>
/// How many request-log lines a second the site writes for responses that are not server errors
/// (<c>Site:RequestLogsPerSecond</c>). On an ordinary day that is every request; in the hour a
/// story spreads, or under a flood of invented requests, the log stays a readable size and its
/// cost stays out of the hot path. Server errors and slow requests are always logged.
/// </summary>
public sealed class RequestLogBudget(int perSecond, TimeProvider time)
{
    private long _second = -1;
    private int _used;

    /// <summary>Takes one line from this second's budget; false once it is spent.</summary>
    public bool TryTake()
    {
        var second = time.GetTimestamp() / time.TimestampFrequency;
        if (Volatile.Read(ref _second) != second)
        {
            // Two threads may both start the new second; the budget is approximate at its edge.
            Volatile.Write(ref _second, second);
            Interlocked.Exchange(ref _used, 0);
        }

        return Interlocked.Increment(ref _used) <= perSecond;
    }
}
