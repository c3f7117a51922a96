using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Site.Articles.Catalog;
using Site.Tests.Infrastructure;

namespace Site.Tests.Pages;

/// <summary>/search end to end: results, marked snippets, pages of 20, messages, and hostile input.</summary>
public sealed class SearchPageTests : IDisposable
{
    private readonly ContentFolder _content = new();

    public SearchPageTests()
    {
        for (var day = 1; day <= 25; day++)
        {
            _content.Write($"2024/harbour-{day:00}.md", ArticleFiles.Markdown(
                title: string.Create(CultureInfo.InvariantCulture, $"Harbour story {day:00}"),
                date: string.Create(CultureInfo.InvariantCulture, $"2024-08-{day:00}T10:00:00+00:00"),
                body: "Boats came and went from the harbour all day.",
                extra: "tags:\n  - Ports\n  - Weather"));
        }

        _content.Write("2024/ferries.md", ArticleFiles.Markdown(
            title: "Ferries stop for the winter",
            date: "2024-09-01T08:30:00+00:00",
            summary: "The last crossing left on Sunday.",
            body: "The island's ferry service ends today. Islanders say the ferries should run all year.",
            extra: "tags:\n  - Transport"));
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task SearchPage_ListsMatches_WithMarkedSnippetDateAndSection_AndIsNotIndexed()
    {
        using var site = await StartedSiteAsync();
        using var client = site.CreateRawClient();

        using var response = await client.GetAsync("/search?q=ferry");
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = Assert.Single(page.QuerySelectorAll("main .story"));
        Assert.Equal("/2024/09/01/ferries", result.QuerySelector("h2 a")?.GetAttribute("href"));
        Assert.Equal(["ferry", "ferries"], result.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Equal("2024-09-01T08:30:00+00:00", result.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Equal("/tags/transport", result.QuerySelector(".kicker a")?.GetAttribute("href"));
        Assert.Contains("noindex", page.QuerySelectorAll("meta[name=robots]").Select(m => m.GetAttribute("content")));
        Assert.True(response.Headers.CacheControl is { Private: true, MaxAge.TotalSeconds: 60, Public: false }, $"Cache-Control: {response.Headers.CacheControl}");
        Assert.Equal("ferry", page.QuerySelector("main input[name=q]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task SearchPage_Lists20AResultPage_And404PastTheEnd()
    {
        using var site = await StartedSiteAsync();
        using var client = site.CreateRawClient();

        var first = await client.GetDocumentAsync("/search?q=harbours");
        var second = await client.GetDocumentAsync("/search?q=harbours&page=2");
        await client.GetDocumentAsync("/search?q=harbours&page=3", expectedStatus: 404);
        await client.GetDocumentAsync("/search?q=harbours&page=0", expectedStatus: 404);
        await client.GetDocumentAsync("/search?q=harbours&page=two", expectedStatus: 404);

        Assert.Equal(20, first.QuerySelectorAll("main .story").Length);
        Assert.Equal(5, second.QuerySelectorAll("main .story").Length);
        Assert.Equal("/search?q=harbours&page=2", first.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        Assert.Equal("/search?q=harbours", second.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Contains("page 2", second.QuerySelector("title")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_NoResults_SaysSoAndSuggestsWhatToTry()
    {
        using var site = await StartedSiteAsync();
        using var client = site.CreateRawClient();

        var page = await client.GetDocumentAsync("/search?q=volcano");

        Assert.Empty(page.QuerySelectorAll("main .story"));
        Assert.Contains("No articles match", page.QuerySelector(".search-message")?.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll(".search-message li"));
        Assert.Contains("noindex", page.QuerySelectorAll("meta[name=robots]").Select(m => m.GetAttribute("content")));
    }

    [Fact]
    public async Task SearchPage_FindsAnArticleAddedWhileRunning()
    {
        using var site = await StartedSiteAsync();
        using var client = site.CreateRawClient();
        var repository = site.Services.GetRequiredService<ArticleRepository>();
        await client.GetDocumentAsync("/search?q=lighthouse");

        _content.Write("2024/lighthouse.md", ArticleFiles.Markdown(title: "Lighthouse restored", date: "2024-10-01T10:00:00+00:00"));
        await repository.WaitForAsync(c => c.NewestFirst.Any(a => a.Slug == "lighthouse"));
        await site.WaitForSearchAsync();
        var page = await client.GetDocumentAsync("/search?q=lighthouse");

        Assert.Equal(["Lighthouse restored"], page.QuerySelectorAll("main .story h2").Select(h => h.TextContent));
    }

    [Fact]
    public async Task SearchPage_PastTheWordBudget_SearchesTheFirstWords_AndSaysWhichWereLeftOut()
    {
        using var site = await StartedSiteAsync();
        using var client = site.CreateRawClient();

        var page = await client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString("ferry island service ferry island service ferry island volcano lava"));

        Assert.Equal(["Ferries stop for the winter"], page.QuerySelectorAll("main .story h2").Select(h => h.TextContent));
        var notice = page.QuerySelector(".search-dropped")?.TextContent ?? "";
        Assert.Contains("first 8 words", notice, StringComparison.Ordinal);
        Assert.Contains("“volcano lava”", notice, StringComparison.Ordinal);
        Assert.Equal("ferry island service ferry island service ferry island", page.QuerySelector("main input[name=q]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task SearchPage_PastTheDeepestPage_Is400SayingHowFarResultsGo()
    {
        using var site = await StartedSiteAsync();
        using var client = site.CreateRawClient();

        var page = await client.GetDocumentAsync("/search?q=harbour&page=999999", expectedStatus: 400);
        await client.GetDocumentAsync("/search?q=harbour&page=51", expectedStatus: 400);
        await client.GetDocumentAsync("/search?q=harbour&page=50", expectedStatus: 404);

        Assert.Contains("no further than page 50", page.QuerySelector(".search-message")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main .story"));
    }

    /// <summary>Query strings a reader, a bot or an attacker might send: an answer in words, never a 5xx, never their markup.</summary>
    public static TheoryData<string, int> BadInput => new()
    {
        { "/search", 200 },
        { "/search?q=", 200 },
        { "/search?q=%20%20", 200 },
        { "/search?q=" + new string('a', 201), 400 },
        { "/search?q=" + Uri.EscapeDataString(new string('ж', 150) + "\"<b>"), 200 },
        { "/search?q=harbour&q=ferry", 400 },
        { "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", 200 },
        { "/search?q=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", 200 },
        { "/search?q=%22harbour%20story", 200 },
        { "/search?q=%22%22%22", 200 },
        { "/search?q=harbour%20AND%20NOT%20ferry%20OR", 200 },
        { "/search?q=harb*%20%3F%20ferr~2%20harbour%5E4", 200 },
        { "/search?q=title%3Aharbour%20body%3A(ferry)", 200 },
        { "/search?q=harbour%20NEAR%2F2%20ferry%20NEAR(a%20b)", 200 },
        { "/search?q=%2B-%26%26%7C%7C!(){}[]%5C%2F", 200 },
        { "/search?q=%00%07%1B%7F%C2%85harbour", 200 },
        { "/search?q=%E2%80%AEharbour", 200 },
        { "/search?q=harbour&page=99999999999", 404 },
        { "/search?q=harbour&page=999999", 400 },
        { "/search?q=harbour&page=-1", 404 },
        { "/search?q=harbour&page=1&page=2", 404 },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task SearchPage_BadInput_GetsAClearAnswer_AndReflectsNoMarkup(string path, int expected)
    {
        using var site = await StartedSiteAsync();
        using var client = site.CreateRawClient();

        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        var page = Html.Parse(body);

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.DoesNotContain("<script>alert", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", body, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("img[onerror], script:not([src])"));
        Assert.Empty(site.Logs.Failures);
        if (expected == 400)
        {
            Assert.NotEmpty(page.QuerySelector(".search-message")?.TextContent ?? "");
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        }
    }

    private async Task<SiteFactory> StartedSiteAsync()
    {
        var site = new SiteFactory(_content.Path);
        await site.WaitForSearchAsync();
        return site;
    }
}
