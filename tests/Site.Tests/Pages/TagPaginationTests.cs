using System.Globalization;
using System.Net;
using Site.Tests.Infrastructure;

namespace Site.Tests.Pages;

/// <summary>Topic pages list 20 articles a page, like the front page, however many the topic has.</summary>
public sealed class TagPaginationTests : IDisposable
{
    private readonly ContentFolder _content = new();

    public TagPaginationTests()
    {
        for (var day = 1; day <= 25; day++)
        {
            _content.Write($"2024/story-{day:00}.md", ArticleFiles.Markdown(
                title: string.Create(CultureInfo.InvariantCulture, $"Story {day:00}"),
                date: string.Create(CultureInfo.InvariantCulture, $"2024-08-{day:00}T10:00:00+00:00"),
                extra: "tags:\n  - Russia"));
        }
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task TagPages_AreNumbered_WithCanonicalAndRelLinks_And404PastTheEnd()
    {
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        var first = await client.GetDocumentAsync("/tags/russia");
        var second = await client.GetDocumentAsync("/tags/russia/page/2");
        await client.GetDocumentAsync("/tags/russia/page/3", expectedStatus: 404);
        await client.GetDocumentAsync("/tags/russia/page/0", expectedStatus: 404);
        using var pageOne = await client.GetAsync("/tags/russia/page/1");

        Assert.Equal(20, first.QuerySelectorAll(".story").Length);
        Assert.Equal(["Story 05", "Story 04", "Story 03", "Story 02", "Story 01"], second.QuerySelectorAll(".story h2").Select(h => h.TextContent));
        Assert.Equal("/tags/russia/page/2", first.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        Assert.Equal("/tags/russia", second.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal(SiteFactory.BaseUrl + "/tags/russia/page/2", second.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Contains("page 2", second.QuerySelector("title")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MovedPermanently, pageOne.StatusCode);
        Assert.Equal("/tags/russia", pageOne.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task LaterPagesOfASection_MarkItInTheHeader_AsTheCurrentSectionButNotThePage()
    {
        using var site = new SiteFactory(_content.Path);
        site.Settings["Site:Sections:0"] = "russia";
        using var client = site.CreateRawClient();

        var first = await client.GetDocumentAsync("/tags/russia");
        var second = await client.GetDocumentAsync("/tags/russia/page/2");

        Assert.Equal("page", first.QuerySelector(".site-nav a[href='/tags/russia']")?.GetAttribute("aria-current"));
        Assert.Equal("true", second.QuerySelector(".site-nav a[href='/tags/russia']")?.GetAttribute("aria-current"));
    }
}
