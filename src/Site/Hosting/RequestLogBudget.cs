namespace Site.Hosting;

/// <summary>
/// How many request-log lines a second the site writes for responses that are not server errors
/// (<c>Site:RequestLogsPerSecond</c>). On an ordinary day that is every request; in the hour a
/// story spreads, or under a flood of invented requests, the log stays a readable size and its
/// cost stays out of the hot path. Server errors and slow requests are always logged.
/// </summary>
public sealed class RequestLogBudget(int perSecond, TimeProvider time)
{
    private const int SecondShift = 32;

    private readonly long _start = time.GetTimestamp();

    // The second (counted from the start) in the high half, the lines taken in it in the low half:
    // one value, changed only by compare-and-swap, so no line is counted against a second it was
    // not taken in and the budget is never given out twice.
    private long _state;

    /// <summary>
    /// Takes one line from this second's budget; false once it is spent. A caller whose clock
    /// reading is older than the current second (it was preempted) counts against the current one:
    /// the second only moves forward.
    /// </summary>
    public bool TryTake()
    {
        if (perSecond <= 0)
        {
            return false;
        }

        var second = (time.GetTimestamp() - _start) / time.TimestampFrequency;
        var state = Volatile.Read(ref _state);
        while (true)
        {
            long next;
            if (second > state >> SecondShift)
            {
                next = (second << SecondShift) | 1;
            }
            else if ((int)state >= perSecond)
            {
                return false;
            }
            else
            {
                next = state + 1;
            }

            var seen = Interlocked.CompareExchange(ref _state, next, state);
            if (seen == state)
            {
                return true;
            }

            state = seen;
        }
    }
}
