using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.Options;
using Site.Articles.Model;
using Site.Articles.Parsing;
using Site.Feeds;
using Site.Hosting;
using Site.Tests.Infrastructure;

namespace Site.Tests.Feeds;

/// <summary>
/// What the sitemap lists, with which lastmod; and past the protocol's limit of addresses per
/// file, an index of parts.
/// </summary>
public sealed class SitemapWriterTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly ArticleParser Parser = TestParser.Parser;

    private static readonly SiteUrls Urls = new(Options.Create(new SiteOptions { BaseUrl = SiteFactory.BaseUrl }));

    /// <summary>Articles on 1 August 2024 and the days after, tagged Russia: with home, the topics, the tag and two archives, five addresses more than articles.</summary>
    private static List<Article> Articles(int count) =>
        [.. Enumerable.Range(1, count).Select(i => Parse($"story-{i}", string.Create(CultureInfo.InvariantCulture, $"2024-08-{i:00}T10:00:00+00:00"), "tags:\n  - Russia"))];

    private static Article Parse(string slug, string date, string extra = "") =>
        Parser.Parse($"{date[..4]}/{slug}.md", ArticleFiles.Markdown(date: date, extra: $"slug: {slug}\n{extra}"), "en").Article!;

    private static IEnumerable<string> Locations(byte[] xml, string element) =>
        XDocument.Parse(System.Text.Encoding.UTF8.GetString(xml)).Root!.Elements(Ns + element).Select(e => e.Element(Ns + "loc")!.Value);

    [Fact]
    public void Sitemap_ListsTheTopicsAndTheYearAndMonthArchives_NotTheDays_EachWithItsNewestChange()
    {
        // Newest first, as the repository hands them over. The September one is dated the 1st in
        // its own offset (31 August in UTC), so it belongs to September, as its permalink does.
        List<Article> published =
        [
            Parse("september", "2024-09-01T01:30:00+03:00"),
            Parse("august", "2024-08-13T19:00:00+03:00", "updated: 2024-10-02T08:00:00+00:00"),
            Parse("march", "2024-03-02T10:00:00+00:00"),
            Parse("last-year", "2023-12-31T23:00:00+00:00"),
        ];

        var xml = XDocument.Parse(System.Text.Encoding.UTF8.GetString(new SitemapWriter(Urls).Write(published)));

        var entries = xml.Root!.Elements(Ns + "url")
            .Select(u => (u.Element(Ns + "loc")!.Value[SiteFactory.BaseUrl.Length..], u.Element(Ns + "lastmod")?.Value));
        Assert.Equal(
            [
                ("/", "2024-10-02T08:00:00+00:00"),
                ("/tags", "2024-10-02T08:00:00+00:00"),
                ("/2023", "2023-12-31T23:00:00+00:00"),
                ("/2023/12", "2023-12-31T23:00:00+00:00"),
                ("/2024", "2024-10-02T08:00:00+00:00"),
                ("/2024/03", "2024-03-02T10:00:00+00:00"),
                ("/2024/08", "2024-10-02T08:00:00+00:00"),
                ("/2024/09", "2024-09-01T01:30:00+03:00"),
                ("/2024/09/01/september", "2024-09-01T01:30:00+03:00"),
                ("/2024/08/13/august", "2024-10-02T08:00:00+00:00"),
                ("/2024/03/02/march", "2024-03-02T10:00:00+00:00"),
                ("/2023/12/31/last-year", "2023-12-31T23:00:00+00:00"),
            ],
            entries);
    }

    [Fact]
    public void UpToTheLimit_TheSitemapIsOneUrlSet()
    {
        var sitemap = new SitemapWriter(Urls, urlsPerFile: 10);

        var xml = sitemap.Write(Articles(5));

        Assert.Equal(10, Locations(xml, "url").Count());
        Assert.Null(sitemap.WritePart(Articles(5), 1));
    }

    [Fact]
    public void PastTheLimit_TheSitemapIsAnIndex_WhosePartsHoldEveryAddressOnce()
    {
        var sitemap = new SitemapWriter(Urls, urlsPerFile: 3);
        var articles = Articles(5);

        var index = Locations(sitemap.Write(articles), "sitemap").ToList();
        var parts = Enumerable.Range(1, 4).Select(n => Locations(sitemap.WritePart(articles, n)!, "url").ToList()).ToList();

        Assert.Equal([.. Enumerable.Range(1, 4).Select(n => $"{SiteFactory.BaseUrl}/sitemaps/{n}.xml")], index);
        Assert.Equal([3, 3, 3, 1], parts.Select(p => p.Count));
        Assert.Equal(10, parts.SelectMany(p => p).Distinct().Count());
        Assert.Contains($"{SiteFactory.BaseUrl}/tags", parts.SelectMany(p => p));
        Assert.Contains($"{SiteFactory.BaseUrl}/2024", parts.SelectMany(p => p));
        Assert.Contains($"{SiteFactory.BaseUrl}/2024/08", parts.SelectMany(p => p));
        Assert.Null(sitemap.WritePart(articles, 5));
        Assert.Null(sitemap.WritePart(articles, 0));
    }
}
