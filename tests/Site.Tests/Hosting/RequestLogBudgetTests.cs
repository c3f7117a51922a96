using Microsoft.Extensions.Time.Testing;
using Site.Hosting;

namespace Site.Tests.Hosting;

public sealed class RequestLogBudgetTests
{
    [Fact]
    public void Budget_AllowsItsLinesEachSecond_ThenRefusesUntilTheNext()
    {
        var time = new FakeTimeProvider();
        var budget = new RequestLogBudget(3, time);

        var first = Enumerable.Range(0, 5).Select(_ => budget.TryTake()).ToList();
        time.Advance(TimeSpan.FromSeconds(1));
        var next = Enumerable.Range(0, 5).Select(_ => budget.TryTake()).ToList();

        Assert.Equal([true, true, true, false, false], first);
        Assert.Equal([true, true, true, false, false], next);
    }

    [Fact]
    public void ZeroBudget_LogsNoLineBelow500_InAnySecond()
    {
        var time = new FakeTimeProvider();
        var budget = new RequestLogBudget(0, time);

        var taken = Enumerable.Range(0, 3).Select(_ =>
        {
            time.Advance(TimeSpan.FromSeconds(1));
            return budget.TryTake();
        }).ToList();

        Assert.Equal([false, false, false], taken);
    }

    /// <summary>
    /// A request whose thread read the clock just before the second turned, and was preempted,
    /// arrives after the new second has begun: it must not take the window back to the old
    /// second and hand out a fresh budget there (and again when the next caller moves it forward).
    /// </summary>
    [Fact]
    public void StaleClockReading_AfterTheSecondTurned_TakesFromTheCurrentSecond()
    {
        var time = new SteppedTime();
        var budget = new RequestLogBudget(2, time);

        time.Seconds = 1;
        var current = Enumerable.Range(0, 2).Select(_ => budget.TryTake()).ToList();
        time.Seconds = 0;
        var stale = budget.TryTake();
        time.Seconds = 1;
        var after = budget.TryTake();

        Assert.Equal([true, true], current);
        Assert.False(stale);
        Assert.False(after);
    }

    /// <summary>
    /// Many threads taking lines while the second turns under them: the lines given out never
    /// exceed the budget of each second the clock showed.
    /// </summary>
    [Fact]
    public void ConcurrentTakers_AcrossTurningSeconds_NeverExceedTheBudgetOfEachSecond()
    {
        const int PerSecond = 50;
        const int Turns = 100;
        var time = new SteppedTime();
        var budget = new RequestLogBudget(PerSecond, time);
        var taken = 0;
        var stop = false;

        // Threads of their own, not the pool's: spinning pool threads would starve other tests.
        var takers = Enumerable.Range(0, 4).Select(_ => new Thread(() =>
        {
            while (!Volatile.Read(ref stop))
            {
                if (budget.TryTake())
                {
                    Interlocked.Increment(ref taken);
                }
            }
        })).ToList();
        takers.ForEach(thread => thread.Start());
        for (var turn = 1; turn <= Turns; turn++)
        {
            // Turn the second once its budget is spent, so every second's share is in the total and
            // a second that gave out more shows.
            SpinWait.SpinUntil(() => Volatile.Read(ref taken) >= turn * PerSecond, TimeSpan.FromSeconds(2));
            time.Seconds = turn;
        }

        Volatile.Write(ref stop, true);
        takers.ForEach(thread => thread.Join());

        Assert.InRange(taken, PerSecond, PerSecond * (Turns + 1));
    }

    /// <summary>
    /// A clock that shows whichever second the test sets, including an earlier one. A reading
    /// gives up the thread's time slice before it returns, as a preempted request would, so the
    /// second it returns may already have turned.
    /// </summary>
    private sealed class SteppedTime : TimeProvider
    {
        private long _seconds;

        public long Seconds
        {
            get => Volatile.Read(ref _seconds);
            set => Volatile.Write(ref _seconds, value);
        }

        public override long TimestampFrequency => 1000;

        public override long GetTimestamp()
        {
            var seconds = Seconds;
            Thread.Yield();
            return seconds * TimestampFrequency;
        }
    }
}
