using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;
using Site.Articles;
using Site.Hosting;
using Site.Pages;

namespace Site.Feeds;

public static class FeedEndpoints
{
    /// <summary>
    /// /feed.xml, /sitemap.xml and /robots.txt, output-cached like pages (evicted when articles
    /// change). Each carries an ETag and Last-Modified, so a conditional GET gets a 304.
    /// </summary>
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/feed.xml", GetAndHead, (ArticleRepository articles, FeedWriter feed) =>
                Xml(articles, feed.Write, "application/atom+xml"))
            .CacheOutput(PageCache.Policy);

        endpoints.MapMethods("/sitemap.xml", GetAndHead, (ArticleRepository articles, SitemapWriter sitemap) =>
                Xml(articles, sitemap.Write, "application/xml"))
            .CacheOutput(PageCache.Policy);

        endpoints.MapMethods("/robots.txt", GetAndHead, (SiteUrls urls) =>
                Results.Text($"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute("/sitemap.xml")}\n", "text/plain", Encoding.UTF8))
            .CacheOutput(PageCache.Policy);
        return endpoints;
    }

    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    private static IResult Xml(ArticleRepository articles, Func<IReadOnlyList<Article>, byte[]> write, string mediaType)
    {
        var published = articles.Published();
        var body = write(published);

        // Weak: the same entity is sent compressed or not. Last-Modified is never older than the
        // snapshot, so adding, removing or correcting an article without 'updated' still counts.
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..20]}\"", isWeak: true);
        var lastModified = published.Select(a => a.Modified).Append(articles.Catalog.LoadedAt).Max();
        return Results.Bytes(body, mediaType + "; charset=utf-8", lastModified: lastModified, entityTag: etag);
    }
}
