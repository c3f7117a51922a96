using System.Globalization;
using System.IO.Compression;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Formatting.Compact;
using Site.Articles;

namespace Site.Hosting;

public static class HostingServiceCollectionExtensions
{
    public const string PagesCachePolicy = "pages";

    public static IServiceCollection AddSiteLogging(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment) =>
        services.AddSerilog(
            (provider, logger) =>
            {
                logger.ReadFrom.Configuration(configuration).ReadFrom.Services(provider).Enrich.FromLogContext();
                if (environment.IsDevelopment())
                {
                    logger.WriteTo.Console(formatProvider: CultureInfo.InvariantCulture);
                }
                else
                {
                    logger.WriteTo.Console(new RenderedCompactJsonFormatter());
                }
            },
            // Each host (and each test host) gets its own logger; the static one stays the bootstrap logger.
            preserveStaticLogger: true);

    public static IServiceCollection AddSiteOptions(this IServiceCollection services)
    {
        services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SiteOptions>, SiteOptionsValidator>();
        services.AddSingleton<SiteUrls>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    public static IServiceCollection AddArticles(this IServiceCollection services)
    {
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton(provider => new LeadImages(provider.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider, StaticAssetRoutes.ForApplication(provider.GetRequiredService<IWebHostEnvironment>().ApplicationName)));
        services.AddSingleton<ArticleParser>();
        services.AddSingleton<ArticleRepository>();
        services.AddHostedService(provider => provider.GetRequiredService<ArticleRepository>());
        return services;
    }

    public static IServiceCollection AddSitePages(this IServiceCollection services)
    {
        // The site has no forms and sets no cookies: no antiforgery checks, and no data-protection
        // key ring. Razor Pages registers both; the ephemeral provider keeps keys in memory should
        // anything ask, and without the start-up service that warms the ring up, no key is made,
        // written to disk or warned about (a read-only container has nowhere to keep one).
        services.AddRazorPages(options =>
        {
            options.Conventions.AddPageRoute("/Index", "page/{number:int}");
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
            options.AddPolicy(PagesCachePolicy, policy => policy
                .Expire(TimeSpan.FromMinutes(10))
                .SetVaryByQuery([])
                .SetVaryByHost(false)
                .AddPolicy<PageCachePolicy>()
                .Tag(ArticleRepository.CacheTag));
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
        return services;
    }
}
