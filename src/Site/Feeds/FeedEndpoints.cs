using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;
using Site.Articles;
using Site.Hosting;

namespace Site.Feeds;

public static class FeedEndpoints
{
    /// <summary>
    /// /feed.xml, /sitemap.xml and /robots.txt, output-cached like pages (evicted when articles
    /// change). Each carries an ETag and Last-Modified, so a conditional GET gets a 304.
    /// </summary>
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/feed.xml", (ArticleRepository articles, FeedWriter feed) =>
                Xml(articles.Published(), feed.Write, "application/atom+xml"))
            .CacheOutput(HostingServiceCollectionExtensions.PagesCachePolicy);

        endpoints.MapGet("/sitemap.xml", (ArticleRepository articles, SitemapWriter sitemap) =>
                Xml(articles.Published(), sitemap.Write, "application/xml"))
            .CacheOutput(HostingServiceCollectionExtensions.PagesCachePolicy);

        endpoints.MapGet("/robots.txt", (SiteUrls urls) =>
                Results.Text($"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute("/sitemap.xml")}\n", "text/plain", Encoding.UTF8))
            .CacheOutput(HostingServiceCollectionExtensions.PagesCachePolicy);
        return endpoints;
    }

    private static IResult Xml(IReadOnlyList<Article> published, Func<IReadOnlyList<Article>, byte[]> write, string mediaType)
    {
        var body = write(published);
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..20]}\"");
        DateTimeOffset? lastModified = published.Count > 0 ? published.Max(a => a.Modified) : null;
        return Results.Bytes(body, mediaType + "; charset=utf-8", lastModified: lastModified, entityTag: etag);
    }
}
