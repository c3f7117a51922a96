using System.Net;
using Site.Articles.Model;

namespace Site.Tests.Articles.Model;

/// <summary>The paths the site answers itself, held to the real routes.</summary>
public sealed class SitePathsTests
{
    [Theory]
    [InlineData("/", "the front page")]
    [InlineData("/tags", "the list of topics")]
    [InlineData("/feed.xml", "the Atom feed")]
    [InlineData("/Search", "the search page")]
    public void ServedAt_APathTheSiteAlwaysAnswers_NamesWhatIsThere(string path, string served)
    {
        Assert.Equal(served, SitePaths.ServedAt(path));
    }

    [Theory]
    [InlineData("/2021/03/04/old-slug")]
    [InlineData("/old/path")]
    [InlineData("/tags/russia")]
    [InlineData("/2021")]
    [InlineData("/tagsandmore")]
    public void ServedAt_APathContentDecides_IsNull(string path)
    {
        Assert.Null(SitePaths.ServedAt(path));
    }

    [Theory]
    [InlineData("/tags/russia", "russia")]
    [InlineData("/tags/russia/page/2", "russia")]
    [InlineData("/tags", null)]
    [InlineData("/old/tags/russia", null)]
    public void TopicAt_FindsTheTagOfATopicPage(string path, string? slug)
    {
        Assert.Equal(slug, SitePaths.TopicAt(path));
    }

    [Theory]
    [InlineData("/2021", "2021")]
    [InlineData("/2021/03", "2021/03")]
    [InlineData("/2021/03/04/page/2", "2021/03/04")]
    [InlineData("/2021/03/04/old-slug", null)]
    [InlineData("/20210/03", null)]
    [InlineData("/news/2021", null)]
    public void ArchiveAt_FindsThePeriodOfAnArchive(string path, string? period)
    {
        Assert.Equal(period, SitePaths.ArchiveAt(path));
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

        Assert.NotNull(SitePaths.ServedAt(path) ?? SitePaths.TopicAt(path) ?? SitePaths.ArchiveAt(path));
        Assert.NotEqual(HttpStatusCode.NotFound, response.StatusCode);
    }
}
