using System.Net;
using Site.Tests.Infrastructure;

namespace Site.Tests.Pages;

/// <summary>/tags: every topic a reader can open, alphabetical, with how many articles it has.</summary>
public sealed class TagsPageTests : IDisposable
{
    private readonly ContentFolder _content = new();

    public void Dispose() => _content.Dispose();

    private void Write(string slug, string date, string tags, string extra = "") =>
        _content.Write($"2024/{slug}.md", ArticleFiles.Markdown(title: slug, date: date, extra: $"tags:\n{tags}{extra}"));

    [Fact]
    public async Task TagsPage_ListsEveryVisibleTag_Alphabetically_WithItsCountAndLink()
    {
        Write("one", "2024-08-13T10:00:00+00:00", "  - Russia\n  - Économie\n  - gaza");
        Write("two", "2024-08-12T10:00:00+00:00", "  - Russia\n  - Zimbabwe");
        Write("draft", "2024-08-11T10:00:00+00:00", "  - Russia\n  - Drafts only", "\ndraft: true");
        Write("scheduled", "2026-03-01T10:00:00+00:00", "  - Russia\n  - Later");
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        var page = await client.GetDocumentAsync("/tags");

        var items = page.QuerySelectorAll(".topic-list li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Économie 1 article", "gaza 1 article", "Russia 2 articles", "Zimbabwe 1 article"], items);
        Assert.Equal(["/tags/economie", "/tags/gaza", "/tags/russia", "/tags/zimbabwe"], page.QuerySelectorAll(".topic-list a").Select(a => a.GetAttribute("href")));
        Assert.Equal(SiteFactory.BaseUrl + "/tags", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("Topics", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task TagsPage_CountsAScheduledArticle_OnceItsTimeComes_AndTakesItsLastModifiedFromTheArticles()
    {
        Write("one", "2024-08-13T10:00:00+00:00", "  - Russia");
        Write("scheduled", "2026-03-01T10:00:00+00:00", "  - Russia\n  - Later");
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        using var before = await client.GetAsync("/tags");
        site.Time.SetUtcNow(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero));
        var after = await client.GetDocumentAsync("/tags");

        Assert.Equal(new DateTimeOffset(2024, 8, 13, 10, 0, 0, TimeSpan.Zero), before.Content.Headers.LastModified);
        Assert.Equal(["Later 1 article", "Russia 2 articles"], after.QuerySelectorAll(".topic-list li").Select(li => li.TextContent.Trim()));
    }

    [Theory]
    [InlineData("/tags/")]
    [InlineData("/TAGS")]
    public async Task TagsPage_OtherSpellings_Redirect(string path)
    {
        Write("one", "2024-08-13T10:00:00+00:00", "  - Russia");
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/tags", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task EveryPage_LinksToTheTopicsFromItsFooter()
    {
        Write("one", "2024-08-13T10:00:00+00:00", "  - Russia");
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        var page = await client.GetDocumentAsync("/");

        Assert.NotNull(page.QuerySelector(".site-footer a[href='/tags']"));
    }
}
