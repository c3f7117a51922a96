using System.Text;
using Site.Articles.Catalog;
using Site.Articles.Model;
using Site.Caching;
using Site.Hosting;

namespace Site.Feeds;

public static class FeedEndpoints
{
    /// <summary>
    /// /feed.xml, /sitemap.xml and /robots.txt, kept in memory and validated like pages: a strong
    /// ETag from the bytes sent and Last-Modified from the newest article, so a conditional GET
    /// gets a 304 (<see cref="SharedCachingMiddleware"/>).
    /// </summary>
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/feed.xml", GetAndHead, (HttpContext context, ArticleRepository articles, FeedWriter feed) =>
                Xml(context, articles, feed.Write, "application/atom+xml"))
            .WithMetadata(new SharedCachingAttribute());

        endpoints.MapMethods("/sitemap.xml", GetAndHead, (HttpContext context, ArticleRepository articles, SitemapWriter sitemap) =>
                Xml(context, articles, sitemap.Write, "application/xml"))
            .WithMetadata(new SharedCachingAttribute());

        endpoints.MapMethods("/sitemaps/{number:int}.xml", GetAndHead, (int number, HttpContext context, ArticleRepository articles, SitemapWriter sitemap) =>
                Xml(context, articles, published => sitemap.WritePart(published, number), "application/xml"))
            .WithMetadata(new SharedCachingAttribute());

        endpoints.MapMethods("/robots.txt", GetAndHead, (SiteUrls urls) =>
                Results.Text($"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute("/sitemap.xml")}\n", "text/plain", Encoding.UTF8))
            .WithMetadata(new SharedCachingAttribute());
        return endpoints;
    }

    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    private static IResult Xml(HttpContext context, ArticleRepository articles, Func<IReadOnlyList<Article>, byte[]?> write, string mediaType)
    {
        var published = articles.Published();
        if (write(published) is not { } body)
        {
            return Results.NotFound();
        }

        context.Response.SetLastModified(published);
        return Results.Bytes(body, mediaType + "; charset=utf-8");
    }
}
