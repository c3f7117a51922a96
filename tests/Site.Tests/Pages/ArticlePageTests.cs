using System.Net;
using Site.Tests.Infrastructure;

namespace Site.Tests.Pages;

[Collection(RepositoryContentGroup.Name)]
public sealed class ArticlePageTests(RepositoryContentFixture fixture)
{
    private readonly HttpClient _client = fixture.Factory.CreateRawClient();

    [Fact]
    public async Task ArticlePage_HoldsEveryParagraphOfTheSeedTextExactlyInOrder()
    {
        var page = await _client.GetDocumentAsync(SeedArticle.Permalink);

        var paragraphs = page.QuerySelectorAll("article .article-body > p").ToList();
        Assert.Equal(SeedArticle.Paragraphs, paragraphs.Select(Html.TextWithoutParagraphLink));
        Assert.All(paragraphs, p => Assert.Equal("#" + p.Id, p.QuerySelector("a.para-link")?.GetAttribute("href")));
    }

    [Fact]
    public async Task ArticlePage_HasOneHeadlineBylineDatesAndTags()
    {
        var page = await _client.GetDocumentAsync(SeedArticle.Permalink);

        var h1 = Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("Putin voices strong support for Palestinian statehood in Abbas talks", h1.TextContent);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith("Meeting Mahmoud Abbas", page.QuerySelector("article .dek")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Reuters", page.QuerySelector("article .byline")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("2024-08-13T19:00:00+03:00", page.QuerySelector("article time")?.GetAttribute("datetime"));
        Assert.Contains("min read", page.QuerySelector("article .dateline")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("/tags/palestine", page.QuerySelectorAll("article a[rel=tag]").Select(a => a.GetAttribute("href")));
        foreach (var landmark in new[] { "header", "nav", "main", "article", "footer" })
        {
            Assert.NotNull(page.QuerySelector(landmark));
        }
    }

    [Fact]
    public async Task ArticlePage_CanonicalLinkComesFromBaseUrl_NotFromTheHostHeader()
    {
        // A site of its own: the page must be rendered for this request, not come from the cache.
        using var site = new SiteFactory(SiteFactory.RepositoryContent);
        using var client = site.CreateRawClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, SeedArticle.Permalink);
        request.Headers.Host = "evil.example";
        using var response = await client.SendAsync(request);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(SiteFactory.BaseUrl + SeedArticle.Permalink, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.DoesNotContain("evil.example", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/2024/08/13/Putin-Abbas-Palestinian-Statehood")]
    [InlineData("/2024/08/13/putin-abbas-palestinian-statehood/")]
    [InlineData("/2024/08/13/PUTIN-ABBAS-PALESTINIAN-STATEHOOD/")]
    public async Task ArticlePage_OtherCaseOrTrailingSlash_RedirectsPermanentlyToTheCanonicalUrl(string path)
    {
        using var response = await _client.GetAsync(path + "?utm_source=chat");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(SeedArticle.Permalink + "?utm_source=chat", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/2024/08/13/no-such-story")]
    [InlineData("/2024/08/14/putin-abbas-palestinian-statehood")]
    [InlineData("/9999/99/99/x")]
    [InlineData("/2024/08/13/%3Cscript%3E")]
    [InlineData("/../../etc/passwd")]
    [InlineData("/content/2024/putin-abbas-palestinian-statehood.md")]
    [InlineData("/2024/08/13/a%2F..%2F..%2Fappsettings.json")]
    [InlineData("/tags/%3Cb%3Ebold")]
    [InlineData("/tags/%E2%80%AE")]
    [InlineData("/appsettings.json")]
    [InlineData("/Site.dll")]
    public async Task UnknownPath_Returns404PageThatLinksHome(string path)
    {
        var page = await _client.GetDocumentAsync(path, expectedStatus: 404);

        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("main a[href='/']"));
        Assert.DoesNotContain("<script>", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexPage_ListsTheArticleWithLinkSummaryDateAndByline()
    {
        var page = await _client.GetDocumentAsync("/");

        var story = page.QuerySelector($".story:has(a[href='{SeedArticle.Permalink}'])");
        Assert.NotNull(story);
        Assert.Equal("Putin voices strong support for Palestinian statehood in Abbas talks", story.QuerySelector("h2 a")?.TextContent);
        Assert.StartsWith("Meeting Mahmoud Abbas", story.QuerySelector(".story-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("2024-08-13T19:00:00+03:00", story.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Contains("Reuters", story.QuerySelector(".story-meta")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(SiteFactory.BaseUrl + "/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task TagPage_ListsTheTaggedArticle()
    {
        var page = await _client.GetDocumentAsync("/tags/middle-east");

        Assert.Contains("Middle East", page.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($".story a[href='{SeedArticle.Permalink}']"));
        Assert.Equal(SiteFactory.BaseUrl + "/tags/middle-east", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/tags/Middle-East", "/tags/middle-east")]
    [InlineData("/tags/middle-east/", "/tags/middle-east")]
    [InlineData("/page/1", "/")]
    public async Task OtherSpellings_RedirectPermanently(string path, string canonical)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/tags/no-such-tag")]
    [InlineData("/page/2")]
    [InlineData("/page/0")]
    public async Task EmptyListings_Return404(string path)
    {
        await _client.GetDocumentAsync(path, expectedStatus: 404);
    }

    [Fact]
    public async Task Stylesheet_IsFingerprintedAndServed()
    {
        var page = await _client.GetDocumentAsync("/");
        var href = page.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href");

        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", href);
        using var response = await _client.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_ReportsHealthy()
    {
        Assert.Equal("{\"status\":\"Healthy\"}", await _client.GetStringAsync("/healthz"));
    }

    [Fact]
    public async Task Pages_CarrySecurityHeaders_AndNoServerBanner()
    {
        using var response = await _client.GetAsync(SeedArticle.Permalink);

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.False(response.Headers.Contains("Server"));
    }
}
