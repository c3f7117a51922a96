using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Site.Articles.Catalog;
using Site.Articles.Loading;

namespace Site.Health;

/// <summary>
/// Readiness: a replica is ready once it has articles to serve and can read its content folder.
/// Any content problem (a broken file, whether or not a last good version is served) is reported: Degraded, still ready.
/// Articles whose date is still to come are listed as scheduled: hidden by design, not a fault.
/// A change of state is logged once (<see cref="ReadinessLog"/>).
/// </summary>
public sealed class ContentHealthCheck(ArticleRepository articles, ArticleLoader loader, ReadinessLog log) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var catalog = articles.Catalog;
        var data = new Dictionary<string, object>
        {
            ["articles"] = articles.Published().Count,
            ["lastReload"] = catalog.LoadedAt,
            ["problems"] = catalog.Errors.Select(e => e.ToString()).ToArray(),
            ["scheduled"] = articles.Scheduled()
                .Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.SourcePath}: scheduled for {a.Published:yyyy-MM-ddTHH:mm:sszzz}"))
                .ToArray(),
        };

        var result = loader.FolderProblem is { } problem ? HealthCheckResult.Unhealthy(problem, data: data)
            : catalog.NewestFirst.IsEmpty ? HealthCheckResult.Unhealthy("no article has loaded", data: data)
            : !catalog.Errors.IsEmpty ? HealthCheckResult.Degraded($"{catalog.Errors.Length} content problems", data: data)
            : HealthCheckResult.Healthy(data: data);
        log.Note(result);
        return Task.FromResult(result);
    }
}
