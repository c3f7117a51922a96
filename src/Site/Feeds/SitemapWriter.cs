using System.Text;
using System.Xml;
using System.Xml.Linq;
using Site.Articles;
using Site.Hosting;
using Site.Pages;

namespace Site.Feeds;

/// <summary>The sitemap: home, every tag page and every article, each with its last change (24-hour clock, with offset).</summary>
public sealed class SitemapWriter(SiteUrls urls)
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public byte[] Write(IReadOnlyList<Article> published)
    {
        var entries = new List<(string Path, DateTimeOffset? Modified)> { ("/", published.Count > 0 ? published.Max(a => a.Modified) : null) };
        entries.AddRange(published
            .SelectMany(a => a.Tags.Select(t => (t.Path, a.Modified)))
            .GroupBy(e => e.Path, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (DateTimeOffset?)g.Max(e => e.Modified))));
        entries.AddRange(published.Select(a => (a.Permalink, (DateTimeOffset?)a.Modified)));

        var document = new XDocument(new XElement(Ns + "urlset", entries.Select(e => new XElement(Ns + "url",
            new XElement(Ns + "loc", urls.Absolute(e.Path)),
            e.Modified is { } modified ? new XElement(Ns + "lastmod", Dates.Machine(modified)) : null))));

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }
}
