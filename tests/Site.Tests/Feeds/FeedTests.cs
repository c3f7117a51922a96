using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Site.Tests.Infrastructure;

namespace Site.Tests.Feeds;

[Collection(RepositoryContentGroup.Name)]
public sealed class FeedTests(RepositoryContentFixture fixture)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly HttpClient _client = fixture.Factory.CreateRawClient();

    [Fact]
    public async Task Feed_IsAtomWithTheFullArticleAndAbsoluteLinks()
    {
        using var response = await _client.GetAsync("/feed.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var feed = SyndicationFeed.Load(reader);

        Assert.Equal("The Meridian", feed.Title.Text);
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == SiteFactory.BaseUrl + "/feed.xml");
        var item = Assert.Single(feed.Items, i => i.Id == SiteFactory.BaseUrl + SeedArticle.Permalink);
        Assert.Equal("Putin voices strong support for Palestinian statehood in Abbas talks", item.Title.Text);
        Assert.Equal(SiteFactory.BaseUrl + SeedArticle.Permalink, Assert.Single(item.Links, l => l.RelationshipType == "alternate").Uri.AbsoluteUri);
        Assert.Equal(new DateTimeOffset(2024, 8, 13, 19, 0, 0, TimeSpan.FromHours(3)), item.PublishDate);
        Assert.Equal("Reuters", Assert.Single(item.Authors).Name);
        Assert.Contains("Middle East", item.Categories.Select(c => c.Label));
        var body = Html.Parse(((TextSyndicationContent)item.Content).Text);
        Assert.Equal(SeedArticle.Paragraphs, body.QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.Empty(body.QuerySelectorAll("a.para-link"));
    }

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/sitemap.xml")]
    public async Task ConditionalGet_WithTheETag_Returns304(string path)
    {
        using var first = await _client.GetAsync(path);
        using var byTag = new HttpRequestMessage(HttpMethod.Get, path);
        byTag.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var byDate = new HttpRequestMessage(HttpMethod.Get, path);
        byDate.Headers.IfModifiedSince = first.Content.Headers.LastModified;

        using var tagResponse = await _client.SendAsync(byTag);
        using var dateResponse = await _client.SendAsync(byDate);

        Assert.NotNull(first.Headers.ETag);
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.NotModified, tagResponse.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, dateResponse.StatusCode);
    }

    [Fact]
    public async Task Sitemap_ListsHomeTopicsTagsArchivesAndTheArticle_WithLastmodOnA24HourClock()
    {
        var xml = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml"));

        var entries = xml.Root!.Elements(Sitemap + "url")
            .ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value);
        Assert.Equal("2024-08-13T19:00:00+03:00", entries[SiteFactory.BaseUrl + SeedArticle.Permalink]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$", entries[SiteFactory.BaseUrl + "/"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$", entries[SiteFactory.BaseUrl + "/tags"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$", entries[SiteFactory.BaseUrl + "/tags/middle-east"]);
        Assert.Equal("2024-08-13T19:00:00+03:00", entries[SiteFactory.BaseUrl + "/2024"]);
        Assert.Equal("2024-08-13T19:00:00+03:00", entries[SiteFactory.BaseUrl + "/2024/08"]);
        Assert.DoesNotContain(SiteFactory.BaseUrl + "/2024/08/13", entries.Keys);
        Assert.All(entries.Values, lastmod => Assert.NotNull(lastmod));
    }

    [Fact]
    public async Task Robots_PointsAtTheAbsoluteSitemap()
    {
        using var response = await _client.GetAsync("/robots.txt");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("User-agent: *", lines);
        Assert.Contains($"Sitemap: {SiteFactory.BaseUrl}/sitemap.xml", lines);
    }
}
