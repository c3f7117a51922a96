namespace Site.Hosting;

/// <summary>
/// <c>Site:Cache</c>: how long browsers and shared caches (a CDN, Varnish) may keep pages, feeds
/// and the sitemap, and serve them stale while they revalidate or while the site is failing.
/// </summary>
public sealed class HttpCacheOptions
{
    public int MaxAgeSeconds { get; set; } = 60;

    public int StaleWhileRevalidateSeconds { get; set; } = 600;

    public int StaleIfErrorSeconds { get; set; } = 86_400;

    /// <summary>How long a 404 page may be kept: short, so a page that appears is soon found.</summary>
    public int NotFoundMaxAgeSeconds { get; set; } = 60;

    public string ForContent() =>
        $"public, max-age={MaxAgeSeconds}, stale-while-revalidate={StaleWhileRevalidateSeconds}, stale-if-error={StaleIfErrorSeconds}";

    public string ForNotFound() => $"public, max-age={NotFoundMaxAgeSeconds}";
}
