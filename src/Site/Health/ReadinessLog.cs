using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Site.Health;

/// <summary>
/// One log line when readiness changes state (Healthy, Degraded, Unhealthy), not one per probe:
/// an orchestrator probes every replica every few seconds for as long as a file stays broken.
/// The health check service's own line per run is turned off for this reason (the site's logging,
/// in Hosting); the content problems themselves are logged by the loader.
/// </summary>
public sealed partial class ReadinessLog(ILogger<ReadinessLog> logger)
{
    private const int Unknown = -1;

    private int _last = Unknown;

    /// <summary>Notes the state a probe found; logs it when it differs from the last one noted.</summary>
    public void Note(HealthCheckResult result)
    {
        var status = (int)result.Status;
        var last = Interlocked.Exchange(ref _last, status);
        // Ready from the first probe is what a start is expected to be: not news.
        if (last == status || (last == Unknown && result.Status == HealthStatus.Healthy))
        {
            return;
        }

        switch (result.Status)
        {
            case HealthStatus.Healthy:
                LogReady();
                break;
            case HealthStatus.Degraded:
                LogDegraded(result.Description ?? "");
                break;
            default:
                LogUnready(result.Exception, result.Description ?? "");
                break;
        }
    }

    [LoggerMessage(LogLevel.Information, "Readiness is now Healthy")]
    private partial void LogReady();

    [LoggerMessage(LogLevel.Warning, "Readiness is now Degraded, still ready: {Reason}; /readyz lists the problems")]
    private partial void LogDegraded(string reason);

    [LoggerMessage(LogLevel.Error, "Readiness is now Unhealthy, not ready: {Reason}")]
    private partial void LogUnready(Exception? exception, string reason);
}
