using System.Globalization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Formatting.Compact;

namespace Site.Hosting;

public static class HostingServiceCollectionExtensions
{
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
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<SiteOptions>>((forwarded, site) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in site.Value.KnownProxies)
            {
                if (System.Net.IPAddress.TryParse(proxy, out var address))
                {
                    forwarded.KnownProxies.Add(address);
                }
            }
        });
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
