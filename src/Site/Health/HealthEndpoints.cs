using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Site.Health;

public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddSiteHealth(this IServiceCollection services)
    {
        services.AddSingleton<ReadinessLog>();
        services.AddHealthChecks().AddCheck<ContentHealthCheck>("content", tags: [ReadyTag]);
        return services;
    }

    /// <summary>
    /// <c>/healthz</c>, liveness: the process answers. <c>/readyz</c>, readiness: it has articles
    /// and can read its folder (503 otherwise), with the article count, the last reload, every
    /// content problem and each scheduled article with its time. Both JSON and never cached (the
    /// middleware sends <c>no-store</c>).
    /// </summary>
    public static IEndpointRouteBuilder MapSiteHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .DisableHttpMetrics();
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync })
            .DisableHttpMetrics();
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("status", report.Status.ToString());
            foreach (var entry in report.Entries.Values)
            {
                if (entry.Description is { } description)
                {
                    json.WriteString("reason", description);
                }

                foreach (var (key, value) in entry.Data)
                {
                    json.WritePropertyName(key);
                    JsonSerializer.Serialize(json, value, value.GetType());
                }
            }

            json.WriteEndObject();
        }

        return context.Response.Body.WriteAsync(buffer.ToArray()).AsTask();
    }
}
