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
            options.Conventions.AddPageRoute("/Archive", "{year:digits(4)}/page/{number:int}");
            options.Conventions.AddPageRoute("/Archive", "{year:digits(4)}/{month:digits(2)}/page/{number:int}");
            options.Conventions.AddPageRoute("/Archive", "{year:digits(4)}/{month:digits(2)}/{day:digits(2)}/page/{number:int}");
            options.Conventions.ConfigureFilter(new IgnoreAntiforgeryTokenAttribute());
        });
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        foreach (var keyRingWarmUp in services.Where(descriptor => descriptor.ServiceType == typeof(IHostedService) &&
            descriptor.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService").ToList())
        {
            services.Remove(keyRingWarmUp);
        }

        services.Configure<RouteOptions>(options =>
        {
            options.LowercaseUrls = true;
            options.SetParameterPolicy<DigitsRouteConstraint>(DigitsRouteConstraint.Name);
        });

        // Pages, feeds and the sitemap are kept as sent (compressed, once per encoding) and
        // answered from memory; see RenderedResponseCache.
        services.AddSingleton<RenderedResponseCache>();
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
        services.AddSingleton<SiteSections>();
        services.AddHostedService<SectionCheck>();
        services.AddSingleton<PageCacheMetrics>();
        return services;
    }
}
