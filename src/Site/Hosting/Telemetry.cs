using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using Site.Articles.Loading;

namespace Site.Hosting;

public static class Telemetry
{
    /// <summary>
    /// Metrics over OTLP (ASP.NET Core, the runtime, and the site's own meter) when
    /// OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise nothing is registered, so nothing is collected.
    /// </summary>
    public static IServiceCollection AddSiteTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] ?? "meridian"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(ContentMetrics.MeterName)
                .AddOtlpExporter());
        return services;
    }
}
