using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;

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

        services.AddSingleton<SiteSections>();
        services.AddHostedService<SectionCheck>();
        return services;
    }

    /// <summary>Old paths of articles (their aliases) answered with a permanent redirect.</summary>
    public static IApplicationBuilder UseArticleAliases(this IApplicationBuilder app) => app.UseMiddleware<AliasRedirectMiddleware>();

    /// <summary>The Razor Pages, with the fingerprinted asset paths their tag helpers write.</summary>
    public static IEndpointRouteBuilder MapSitePages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages().WithStaticAssets();
        return endpoints;
    }
}
