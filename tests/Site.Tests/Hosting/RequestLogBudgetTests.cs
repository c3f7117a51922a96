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
    public void ZeroBudget_LogsNoLineBelow500()
    {
        var budget = new RequestLogBudget(0, new FakeTimeProvider());

        Assert.False(budget.TryTake());
    }
}
