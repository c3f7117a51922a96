using System.Globalization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Settings.Configuration;

namespace Site.Hosting;

public static class HostingServiceCollectionExtensions
{
    /// <summary>
    /// The health check service logs every run that is not Healthy (a Warning when Degraded), so one
    /// line per probe per replica for as long as a file is broken: only its Errors (a check that
    /// throws) are kept. Readiness logs its own changes of state instead (Health's <c>ReadinessLog</c>).
    /// </summary>
    public const string HealthCheckRunsCategory = "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService";

    public static IServiceCollection AddSiteLogging(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment) =>
        services.AddSerilog(
            (provider, logger) =>
            {
                // Set first, so that configuration can still turn the health check runs back on.
                logger.MinimumLevel.Override(HealthCheckRunsCategory, LogEventLevel.Error);
                // Configuration sets levels (and may name the console sink): the assemblies are given,
                // so the site's dependencies are not searched for Serilog extensions at every start.
                logger.ReadFrom.Configuration(configuration, new ConfigurationReaderOptions(typeof(ConsoleLoggerConfigurationExtensions).Assembly))
                    .ReadFrom.Services(provider).Enrich.FromLogContext();
                // Written on a background thread: a request never waits for the console. The
                // buffer is bounded; under a flood the newest events are dropped, never the site.
                if (environment.IsDevelopment())
                {
                    logger.WriteTo.Async(sink => sink.Console(formatProvider: CultureInfo.InvariantCulture), bufferSize: 10_000);
                }
                else
                {
                    logger.WriteTo.Async(sink => sink.Console(new RenderedCompactJsonFormatter()), bufferSize: 10_000);
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
        return services;
    }
}
