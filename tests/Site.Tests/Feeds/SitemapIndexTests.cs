using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.Options;
using Site.Articles;
using Site.Feeds;
using Site.Hosting;
using Site.Tests.Infrastructure;

namespace Site.Tests.Feeds;

/// <summary>Past the protocol's limit of addresses per file, the sitemap becomes an index of parts.</summary>
public sealed class SitemapIndexTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly ArticleParser Parser = TestParser.Parser;

    private static readonly SiteUrls Urls = new(Options.Create(new SiteOptions { BaseUrl = SiteFactory.BaseUrl }));

    private static List<Article> Articles(int count) =>
        [.. Enumerable.Range(1, count).Select(i => Parser.Parse($"2024/story-{i}.md", ArticleFiles.Markdown(
            date: string.Create(CultureInfo.InvariantCulture, $"2024-08-{i:00}T10:00:00+00:00"), extra: "tags:\n  - Russia"), "en").Article!)];

    private static IEnumerable<string> Locations(byte[] xml, string element) =>
        XDocument.Parse(System.Text.Encoding.UTF8.GetString(xml)).Root!.Elements(Ns + element).Select(e => e.Element(Ns + "loc")!.Value);

    [Fact]
    public void UpToTheLimit_TheSitemapIsOneUrlSet()
    {
        var sitemap = new SitemapWriter(Urls, urlsPerFile: 7);

        var xml = sitemap.Write(Articles(5));

        Assert.Equal(7, Locations(xml, "url").Count());
        Assert.Null(sitemap.WritePart(Articles(5), 1));
    }

    [Fact]
    public void PastTheLimit_TheSitemapIsAnIndex_WhosePartsHoldEveryAddressOnce()
    {
        var sitemap = new SitemapWriter(Urls, urlsPerFile: 3);
        var articles = Articles(5);

        var index = Locations(sitemap.Write(articles), "sitemap").ToList();
        var parts = Enumerable.Range(1, 3).Select(n => Locations(sitemap.WritePart(articles, n)!, "url").ToList()).ToList();

        Assert.Equal([.. Enumerable.Range(1, 3).Select(n => $"{SiteFactory.BaseUrl}/sitemaps/{n}.xml")], index);
        Assert.Equal([3, 3, 1], parts.Select(p => p.Count));
        Assert.Equal(7, parts.SelectMany(p => p).Distinct().Count());
        Assert.Null(sitemap.WritePart(articles, 4));
        Assert.Null(sitemap.WritePart(articles, 0));
    }
}
