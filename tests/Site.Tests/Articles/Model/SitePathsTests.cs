using System.Net;
using Site.Articles.Model;

namespace Site.Tests.Articles.Model;

/// <summary>The paths the site answers itself, held to the real routes.</summary>
public sealed class SitePathsTests
{
    [Theory]
    [InlineData("/", "the front page")]
    [InlineData("/tags", "the topic pages")]
    [InlineData("/Tags/russia", "the topic pages")]
    [InlineData("/feed.xml", "the Atom feed")]
    [InlineData("/2021", "the archive of 2021")]
    [InlineData("/2021/03", "the archive of 2021/03")]
    [InlineData("/2021/03/04/page/2", "the archive of 2021/03/04")]
    public void ServedAt_APathTheSiteAnswers_NamesWhatIsThere(string path, string served)
    {
        Assert.Equal(served, SitePaths.ServedAt(path));
    }

    [Theory]
    [InlineData("/2021/03/04/old-slug")]
    [InlineData("/old/path")]
    [InlineData("/news/2021/story")]
    [InlineData("/20210/03")]
    [InlineData("/tagsandmore")]
    public void ServedAt_APathOnlyContentCanAnswer_IsNull(string path)
    {
        Assert.Null(SitePaths.ServedAt(path));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/tags")]
    [InlineData("/tags/russia")]
    [InlineData("/search")]
    [InlineData("/feed.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/opensearch.xml")]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    [InlineData("/2024")]
    [InlineData("/2024/08")]
    [InlineData("/2024/08/13")]
    public async Task EveryPathItNames_IsOneTheRealSiteAnswers(string path)
    {
        using var site = new SiteFactory(SiteFactory.RepositoryContent);
        using var client = site.CreateRawClient();

        using var response = await client.GetAsync(path);

        Assert.NotNull(SitePaths.ServedAt(path));
        Assert.NotEqual(HttpStatusCode.NotFound, response.StatusCode);
    }
}
