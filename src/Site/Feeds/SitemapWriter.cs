using System.Text;
using System.Xml;
using System.Xml.Linq;
using Site.Articles.Model;
using Site.Hosting;

namespace Site.Feeds;

/// <summary>
/// The sitemap: home, the topics, every tag page, every year and month archive, and every
/// article, each with its last change (24-hour clock, with offset). Day archives are left out:
/// each is a step below a month archive that lists the same stories, and each article's dateline
/// links its own. Past <see cref="UrlsPerFile"/> addresses (the protocol's limit of 50,000),
/// <c>/sitemap.xml</c> becomes a sitemap index of <c>/sitemaps/{n}.xml</c> files.
/// </summary>
public sealed class SitemapWriter(SiteUrls urls, int urlsPerFile = SitemapWriter.UrlsPerFile)
{
    public const int UrlsPerFile = 50_000;

    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static string PartPath(int number) => $"/sitemaps/{number}.xml";

    /// <summary>/sitemap.xml: every address, or an index of the parts when there are too many for one file.</summary>
    public byte[] Write(IReadOnlyList<Article> published)
    {
        var entries = Entries(published);
        if (entries.Count <= urlsPerFile)
        {
            return UrlSet(entries);
        }

        var parts = entries.Chunk(urlsPerFile).Select((part, i) => new XElement(Ns + "sitemap",
            new XElement(Ns + "loc", urls.Absolute(PartPath(i + 1))),
            part.Max(e => e.Modified) is { } modified ? new XElement(Ns + "lastmod", Dates.Machine(modified)) : null));
        return Save(new XDocument(new XElement(Ns + "sitemapindex", parts)));
    }

    /// <summary>One part of a sitemap index, or null when there is no such part.</summary>
    public byte[]? WritePart(IReadOnlyList<Article> published, int number)
    {
        var entries = Entries(published);
        return entries.Count <= urlsPerFile || number < 1 || (number - 1) * (long)urlsPerFile >= entries.Count
            ? null
            : UrlSet([.. entries.Skip((number - 1) * urlsPerFile).Take(urlsPerFile)]);
    }

    private static List<(string Path, DateTimeOffset? Modified)> Entries(IReadOnlyList<Article> published)
    {
        DateTimeOffset? newest = published.Count > 0 ? published.Max(a => a.Modified) : null;
        var entries = new List<(string Path, DateTimeOffset? Modified)> { ("/", newest), (Permalinks.Tags, newest) };
        entries.AddRange(Newest(published.SelectMany(a => a.Tags.Select(t => (t.Path, a.Modified)))));
        entries.AddRange(Newest(published.SelectMany(a => new[]
        {
            (new ArchivePeriod(a.Published.Year).Path, a.Modified),
            (new ArchivePeriod(a.Published.Year, a.Published.Month).Path, a.Modified),
        })));
        entries.AddRange(published.Select(a => (a.Permalink, (DateTimeOffset?)a.Modified)));
        return entries;
    }

    /// <summary>Each page once, in path order, with the newest change of the articles it lists.</summary>
    private static IEnumerable<(string Path, DateTimeOffset? Modified)> Newest(IEnumerable<(string Path, DateTimeOffset Modified)> listed) =>
        listed
            .GroupBy(e => e.Path, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (DateTimeOffset?)g.Max(e => e.Modified)));

    private byte[] UrlSet(IEnumerable<(string Path, DateTimeOffset? Modified)> entries) =>
        Save(new XDocument(new XElement(Ns + "urlset", entries.Select(e => new XElement(Ns + "url",
            new XElement(Ns + "loc", urls.Absolute(e.Path)),
            e.Modified is { } modified ? new XElement(Ns + "lastmod", Dates.Machine(modified)) : null)))));

    private static byte[] Save(XDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }
}
