using Microsoft.Extensions.DependencyInjection;
using Site.Hosting;
using Site.Search;
using Site.Tests.Infrastructure;

namespace Site.Tests.Search;

/// <summary>The first search index is built once the site has answered its first request, not beside it.</summary>
public sealed class FirstIndexTests
{
    [Fact]
    public async Task FirstResponse_IsPendingUntilARequestIsAnswered_ThenTheIndexFollows()
    {
        await using var factory = new SiteFactory(SiteFactory.RepositoryContent);
        var first = factory.Services.GetRequiredService<FirstResponse>();

        // The host is running (the articles are in), and no request has come yet.
        Assert.False(first.Sent.IsCompleted);
        using var client = factory.CreateRawClient();
        using var response = await client.GetAsync(SeedArticle.Permalink);
        await first.Sent.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(response.IsSuccessStatusCode);
        await factory.Services.WaitForSearchAsync();
        Assert.NotNull(factory.Services.GetRequiredService<SearchIndex>().Catalog);
    }

    [Fact]
    public async Task NoRequest_TheIndexIsBuiltAnyway()
    {
        await using var factory = new SiteFactory(SiteFactory.RepositoryContent);

        // No request is made: the index is built FirstIndexAfter the start.
        await factory.Services.WaitForSearchAsync();

        Assert.False(factory.Services.GetRequiredService<FirstResponse>().Sent.IsCompleted);
        Assert.NotNull(factory.Services.GetRequiredService<SearchIndex>().Catalog);
    }
}
