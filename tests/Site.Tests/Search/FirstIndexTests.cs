using Microsoft.Extensions.DependencyInjection;
using Site.Search;
using Site.Tests.Infrastructure;

namespace Site.Tests.Search;

/// <summary>
/// The first search index is built once the site has answered its first request, not beside it;
/// or, when no request comes, <see cref="SearchIndexer.FirstIndexAfter"/> after the start.
/// </summary>
public sealed class FirstIndexTests
{
    [Fact]
    public async Task FirstIndex_WaitsForTheFirstResponse_ThenFollowsIt()
    {
        await using var factory = new SiteFactory(SiteFactory.RepositoryContent);
        var first = factory.Services.GetRequiredService<FirstResponse>();
        var index = factory.Services.GetRequiredService<SearchIndex>();

        // The host is running (the articles are in), no request has come and the test's clock
        // stands still: nothing may start the index. The short real wait gives a build that did
        // not wait its chance to begin.
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.False(first.Sent.IsCompleted);
        Assert.Null(index.Catalog);

        using var client = factory.CreateRawClient();
        using var response = await client.GetAsync(SeedArticle.Permalink);
        await first.Sent.WaitAsync(TimeSpan.FromSeconds(10));
        await factory.Services.WaitForSearchAsync();

        Assert.True(response.IsSuccessStatusCode);
        Assert.NotNull(index.Catalog);
    }

    [Fact]
    public async Task NoRequest_TheIndexIsBuiltWhenItsTimeComes()
    {
        await using var factory = new SiteFactory(SiteFactory.RepositoryContent);
        var index = factory.Services.GetRequiredService<SearchIndex>();
        Assert.Null(index.Catalog);

        factory.Time.Advance(SearchIndexer.FirstIndexAfter);
        await factory.Services.WaitForSearchAsync();

        Assert.False(factory.Services.GetRequiredService<FirstResponse>().Sent.IsCompleted);
        Assert.NotNull(index.Catalog);
    }
}
