using System.IO.Compression;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.ResponseCompression;

namespace Site.Pages;

public static class PagesServiceCollectionExtensions
{
    public static IServiceCollection AddSitePages(this IServiceCollection services)
    {
        // The site's only form is a GET search and it sets no cookies: no antiforgery checks, and no data-protection
        // key ring. Razor Pages registers both; the ephemeral provider keeps keys in memory should
        // anything ask, and without the start-up service that warms the ring up, no key is made,
        // written to disk or warned about (a read-only container has nowhere to keep one).
        services.AddRazorPages(options =>
        {
            options.Conventions.AddPageRoute("/Index", "page/{number:int}");
            options.Conventions.AddPageRoute("/Tag", "tags/{tag}/page/{number:int}");
            options.Conventions.ConfigureFilter(new IgnoreAntiforgeryTokenAttribute());
        });
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        foreach (var keyRingWarmUp in services.Where(descriptor => descriptor.ServiceType == typeof(IHostedService) &&
            descriptor.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService").ToList())
        {
            services.Remove(keyRingWarmUp);
        }

        services.Configure<RouteOptions>(options => options.LowercaseUrls = true);

        // Pages are cached compressed (the cache sits outside compression), once per encoding,
        // keyed by the catalog snapshot and what is visible now (PageCachePolicy), so an edit or
        // a scheduled article shows at once; eviction on reload only frees the memory. Neither
        // the query string nor the Host header changes a page, so neither can fill the cache.
        // Paths are case-sensitive so that other spellings still get their 301.
        services.AddOutputCache(options =>
        {
            options.UseCaseSensitivePaths = true;
            options.AddPolicy(PageCache.Policy, policy => policy
                .Expire(TimeSpan.FromMinutes(10))
                .SetVaryByQuery([])
                .SetVaryByHost(false)
                .AddPolicy<PageCachePolicy>()
                .Tag(PageCache.Tag));
        });
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
        services.AddHostedService<PageCacheEviction>();
        services.AddSingleton<PageCacheMetrics>();
        return services;
    }
}
