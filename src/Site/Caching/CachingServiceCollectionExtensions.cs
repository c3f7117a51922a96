using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Site.Caching;

public static class CachingServiceCollectionExtensions
{
    /// <summary>
    /// Pages, feeds and the sitemap are kept as sent (compressed, once per encoding) and answered
    /// from memory until the catalog changes; see <see cref="RenderedResponseCache"/>.
    /// </summary>
    public static IServiceCollection AddRenderedResponses(this IServiceCollection services)
    {
        services.AddSingleton<RenderedResponseCache>();
        services.AddSingleton<RenderedResponseMetrics>();
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/atom+xml"];
        });

        // Optimal, not smallest: a response that is not cached (a 404 page) must stay cheap to compress.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.AddHostedService<RenderedResponseEviction>();
        return services;
    }

    /// <summary>Responses already kept are answered here, with the headers they were sent with; the rest go on.</summary>
    public static IApplicationBuilder UseRenderedResponses(this IApplicationBuilder app) =>
        app.UseMiddleware<RenderedResponseCacheMiddleware>();

    /// <summary>
    /// Vary on every compressible response; for pages, feeds and the sitemap, validators from the
    /// bytes sent (304s) and Cache-Control; then compression.
    /// </summary>
    public static IApplicationBuilder UseHttpCaching(this IApplicationBuilder app) =>
        app.UseMiddleware<VaryByEncodingMiddleware>()
            .UseMiddleware<SharedCachingMiddleware>()
            .UseResponseCompression();
}
