using Site.Search;

namespace Site.Tests.Search;

public sealed class SearchOptionsValidatorTests
{
    [Fact]
    public void Defaults_AreValid()
    {
        Assert.True(new SearchOptionsValidator().Validate(null, new SearchOptions()).Succeeded);
    }

    [Fact]
    public void NoPlaceForASearch_OrNoWord_IsRefused_NamingEachKey()
    {
        var result = new SearchOptionsValidator().Validate(null, new SearchOptions { ConcurrentSearches = 0, MaxWords = 0, QueuedSearches = -1, MaxResults = 5 });

        Assert.Equal(
            ["Site:Search:MaxWords 0 must be between 1 and 64.", "Site:Search:MaxResults 5 must be between 20 and 100000.", "Site:Search:ConcurrentSearches 0 must be between 1 and 1024.", "Site:Search:QueuedSearches -1 must be between 0 and 10000."],
            result.Failures);
    }

    [Fact]
    public void ABudgetTooSmallForTheCostliestSearch_IsRefused()
    {
        var result = new SearchOptionsValidator().Validate(null, new SearchOptions { MaxWords = 8, CostPerSecond = 8 });

        Assert.Equal(["Site:Search:CostPerSecond 8 must be between 9 and 1000000."], result.Failures);
    }
}
