using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Site.Search;

namespace Site.Tests.Search;

/// <summary>How much searching a second: each search costs one and one per word.</summary>
public sealed class SearchBudgetTests
{
    private static DefaultHttpContext Request(string? query, bool search = true)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = query is null ? QueryString.Empty : QueryString.Create("q", query);
        var metadata = search ? new EndpointMetadataCollection(new EnableRateLimitingAttribute(SearchServiceCollectionExtensions.ConcurrencyPolicy)) : EndpointMetadataCollection.Empty;
        context.SetEndpoint(new Endpoint(_ => Task.CompletedTask, metadata, search ? "search" : "page"));
        return context;
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData("gaza", 2)]
    [InlineData("\"peace talks\" moscow", 4)]
    [InlineData("a-b-c", 4)]
    [InlineData("one two three four five six seven eight nine ten", 9)]
    [InlineData("北京上海", 5)]
    [InlineData("北京上海广州深圳天津重庆", 9)]
    [InlineData("ひらがな", 5)]
    public void Cost_IsOnePlusEachWord_UpToTheWordLimit(string? query, int cost)
    {
        Assert.Equal(cost, SearchBudget.Cost(query, maxWords: 8));
    }

    [Fact]
    public void TheCostliestSearch_TakesTheWholeBudget_SoTheNextIsTurnedAway()
    {
        using var budget = new SearchBudget(Options.Create(new SearchOptions { MaxWords = 8, CostPerSecond = 9 }));
        const string costliest = "one two three four five six seven eight";

        using var first = budget.AttemptAcquire(Request(costliest));
        using var second = budget.AttemptAcquire(Request(costliest));

        Assert.True(first.IsAcquired);
        Assert.False(second.IsAcquired);
    }

    [Fact]
    public void ASearchAskedForAgain_AsTheRateLimiterDoesWhenItThenWaitsForAPlace_IsChargedOnce()
    {
        using var budget = new SearchBudget(Options.Create(new SearchOptions { MaxWords = 8, CostPerSecond = 9 }));
        var request = Request("one two three four five six seven eight");

        using var first = budget.AttemptAcquire(request);
        using var again = budget.AttemptAcquire(request);
        using var another = budget.AttemptAcquire(Request("one"));

        Assert.True(first.IsAcquired);
        Assert.True(again.IsAcquired);
        Assert.False(another.IsAcquired);
    }

    [Fact]
    public void AnythingButSearch_PassesWhateverTheBudget()
    {
        using var budget = new SearchBudget(Options.Create(new SearchOptions { MaxWords = 8, CostPerSecond = 9 }));
        using var spent = budget.AttemptAcquire(Request("one two three four five six seven eight"));

        using var page = budget.AttemptAcquire(Request("one two three four five six seven eight", search: false));

        Assert.True(page.IsAcquired);
    }
}
