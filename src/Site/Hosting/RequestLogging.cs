using Serilog.AspNetCore;
using Serilog.Events;

namespace Site.Hosting;

/// <summary>
/// One request-log line per request, at Information for anything a client chose to send (any
/// 4xx) and Error only for the server's own failures, up to <see cref="RequestLogBudget"/> lines a
/// second below 500 (requests slower than <see cref="SlowMilliseconds"/> are always logged; those
/// over the budget go at Debug). The method and path in it are cut to a bounded length (every path
/// the site serves fits), so a flood of long or invented requests costs no more log than ordinary ones.
/// </summary>
public static class RequestLogging
{
    public const int MaxPathLength = 100;

    public const int MaxMethodLength = 16;

    public const double SlowMilliseconds = 1000;

    public static void Configure(RequestLoggingOptions options, RequestLogBudget budget)
    {
        options.GetMessageTemplateProperties = (context, path, elapsed, status) =>
        [
            new LogEventProperty("RequestMethod", new ScalarValue(Bounded(context.Request.Method, MaxMethodLength))),
            new LogEventProperty("RequestPath", new ScalarValue(Bounded(path, MaxPathLength))),
            new LogEventProperty("StatusCode", new ScalarValue(status)),
            new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
        ];

        // The client's address (through Site:KnownProxies only, see ForwardedHeadersOptions).
        options.EnrichDiagnosticContext = (diagnostics, context) =>
            diagnostics.Set("ClientAddress", context.Connection.RemoteIpAddress?.ToString());

        // An orchestrator probes every few seconds: a probe that passes is not news.
        options.GetLevel = (context, elapsed, exception) =>
            exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
            : IsProbe(context.Request.Path) && context.Response.StatusCode < 400 ? LogEventLevel.Debug
            : elapsed >= SlowMilliseconds || budget.TryTake() ? LogEventLevel.Information
            : LogEventLevel.Debug;
    }

    private static bool IsProbe(PathString path) => path == "/healthz" || path == "/readyz";

    private static string Bounded(string value, int length) =>
        value.Length <= length ? value : string.Concat(value.AsSpan(0, length), "…");
}
