using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Site.Tests.Infrastructure;

namespace Site.Tests.Pages;

/// <summary>Date archives: a permalink with its slug cut off lists that day's articles, and so on up to the year.</summary>
public sealed partial class ArchivePageTests : IDisposable
{
    private readonly ContentFolder _content = new();

    public ArchivePageTests()
    {
        // 25 articles on 1-25 August 2024, one on 14 August in Moscow's evening that is the 13th
        // in UTC but dated the 14th, one in March, one draft and one scheduled.
        for (var day = 1; day <= 25; day++)
        {
            _content.Write($"2024/story-{day:00}.md", ArticleFiles.Markdown(
                title: string.Create(CultureInfo.InvariantCulture, $"Story {day:00}"),
                date: string.Create(CultureInfo.InvariantCulture, $"2024-08-{day:00}T10:00:00+00:00"),
                extra: string.Create(CultureInfo.InvariantCulture, $"slug: story-{day:00}")));
        }

        _content.Write("2024/moscow.md", ArticleFiles.Markdown(title: "Moscow", date: "2024-08-14T01:30:00+03:00", extra: "slug: moscow"));
        _content.Write("2024/march.md", ArticleFiles.Markdown(title: "March", date: "2024-03-02T10:00:00+00:00", extra: "slug: march"));
        _content.Write("2023/draft.md", ArticleFiles.Markdown(title: "Draft", date: "2023-05-05T10:00:00+00:00", extra: "slug: draft\ndraft: true"));
        _content.Write("2026/scheduled.md", ArticleFiles.Markdown(title: "Scheduled", date: "2026-02-03T10:00:00+00:00", extra: "slug: scheduled"));
    }

    public void Dispose() => _content.Dispose();

    private static IEnumerable<string> Headlines(AngleSharp.Dom.IDocument page) => page.QuerySelectorAll(".story h2").Select(h => h.TextContent);

    /// <summary>The date archives the sitemap lists, of any depth (an article has a slug besides its date).</summary>
    private static async Task<List<string>> SitemapArchivesAsync(HttpClient client)
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var xml = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        return [.. xml.Root!.Elements(ns + "url")
            .Select(u => new Uri(u.Element(ns + "loc")!.Value).AbsolutePath)
            .Where(p => ArchivePath().IsMatch(p))];
    }

    [GeneratedRegex(@"^/\d{4}(/\d{2}){0,2}$")]
    private static partial Regex ArchivePath();

    [Fact]
    public async Task DayArchive_ListsTheArticlesDatedThatDay_InTheirOwnOffset_NewestFirst()
    {
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        var thirteenth = await client.GetDocumentAsync("/2024/08/13");
        var fourteenth = await client.GetDocumentAsync("/2024/08/14");

        Assert.Equal(["Story 13"], Headlines(thirteenth));
        Assert.Equal(["Story 14", "Moscow"], Headlines(fourteenth));
        Assert.Equal("Archive 14 August 2024", fourteenth.QuerySelector("h1")?.TextContent);
        Assert.Equal(SiteFactory.BaseUrl + "/2024/08/14", fourteenth.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("14 August 2024: The Meridian", fourteenth.Title);
    }

    [Fact]
    public async Task MonthAndYearArchives_ArePagedLikeTheFrontPage()
    {
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        var month = await client.GetDocumentAsync("/2024/08");
        var monthTwo = await client.GetDocumentAsync("/2024/08/page/2");
        var year = await client.GetDocumentAsync("/2024");
        var yearTwo = await client.GetDocumentAsync("/2024/page/2");
        await client.GetDocumentAsync("/2024/08/page/3", expectedStatus: 404);
        await client.GetDocumentAsync("/2024/page/0", expectedStatus: 404);
        await client.GetDocumentAsync("/2024/08/14/page/2", expectedStatus: 404);

        Assert.Equal(20, month.QuerySelectorAll(".story").Length);
        Assert.Equal(["Story 06", "Story 05", "Story 04", "Story 03", "Story 02", "Story 01"], Headlines(monthTwo));
        Assert.Equal("/2024/08/page/2", month.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        Assert.Equal("/2024/08", monthTwo.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal(SiteFactory.BaseUrl + "/2024/08/page/2", monthTwo.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("August 2024, page 2: The Meridian", monthTwo.Title);
        Assert.Equal("Archive 2024", year.QuerySelector("h1")?.TextContent);
        Assert.Equal(["Story 06", "Story 05", "Story 04", "Story 03", "Story 02", "Story 01", "March"], Headlines(yearTwo));
    }

    [Theory]
    [InlineData("/2024/page/1", "/2024")]
    [InlineData("/2024/08/page/1", "/2024/08")]
    [InlineData("/2024/08/13/page/1", "/2024/08/13")]
    [InlineData("/2024/", "/2024")]
    [InlineData("/2024/08/13/", "/2024/08/13")]
    [InlineData("/2024/08/page/2/", "/2024/08/page/2")]
    public async Task OtherSpellings_RedirectToTheCanonicalPath(string path, string canonical)
    {
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/2024/13")]
    [InlineData("/2024/00")]
    [InlineData("/2024/02/30")]
    [InlineData("/2023/02/29")]
    [InlineData("/2024/08/32")]
    [InlineData("/0000")]
    [InlineData("/2024/8")]
    [InlineData("/2024/08/5")]
    [InlineData("/24")]
    [InlineData("/02024")]
    [InlineData("/%2B202")]
    [InlineData("/2025")]
    [InlineData("/2024/07")]
    [InlineData("/2024/08/26")]
    [InlineData("/2023")]
    [InlineData("/2026")]
    public async Task ImpossibleDates_OtherSpellings_AndPeriodsWithNothingVisible_Are404(string path)
    {
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        var page = await client.GetDocumentAsync(path, expectedStatus: 404);

        Assert.NotNull(page.QuerySelector("h1"));
    }

    [Fact]
    public async Task ScheduledArticle_OpensItsArchive_WhenItsTimeComes()
    {
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        await client.GetDocumentAsync("/2026/02/03", expectedStatus: 404);
        site.Time.SetUtcNow(new DateTimeOffset(2026, 2, 3, 10, 0, 0, TimeSpan.Zero));
        var page = await client.GetDocumentAsync("/2026/02/03");

        Assert.Equal(["Scheduled"], Headlines(page));
    }

    [Fact]
    public async Task ArchivePage_TakesLastModifiedFromTheArticlesItShows()
    {
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        using var response = await client.GetAsync("/2024/08/page/2");

        Assert.Equal(new DateTimeOffset(2024, 8, 6, 10, 0, 0, TimeSpan.Zero), response.Content.Headers.LastModified);
    }

    [Fact]
    public async Task Sitemap_ListsTheYearsAndMonthsWithVisibleArticles_EachAPageThatExists()
    {
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        var before = await SitemapArchivesAsync(client);
        site.Time.SetUtcNow(new DateTimeOffset(2026, 2, 3, 10, 0, 0, TimeSpan.Zero));
        var after = await SitemapArchivesAsync(client);

        Assert.Equal(["/2024", "/2024/03", "/2024/08"], before);
        Assert.Equal(["/2024", "/2024/03", "/2024/08", "/2026", "/2026/02"], after);
        foreach (var path in after)
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task ArticleDateline_LinksToTheDayOfItsPermalink()
    {
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        var page = await client.GetDocumentAsync("/2024/08/14/moscow");

        Assert.Equal("/2024/08/14", page.QuerySelector(".dateline a")?.GetAttribute("href"));
    }
}
