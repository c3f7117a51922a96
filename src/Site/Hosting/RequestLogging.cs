using Serilog.AspNetCore;
using Serilog.Events;

namespace Site.Hosting;

/// <summary>
/// One request-log line per request, at Information for anything a client chose to send (any
/// 4xx), Warning for a 503 the site chose to send (search getting ready or busy, a replica not
/// ready), and Error only for the server's own failures (an exception, any other 5xx). Every line
/// but an Error takes from the <see cref="RequestLogBudget"/> of lines a second; those over it go
/// at Debug. Requests slower than <see cref="SlowMilliseconds"/> are logged outside the budget,
/// except 503s: under a flood every refusal may be slow, and each is already counted. Probes are
/// Debug whatever they answer: readiness logs its own changes of state (<c>ReadinessLog</c>).
/// The method and path in a line are cut to a bounded length (every path the site serves fits),
/// so a flood of long or invented requests costs no more log than ordinary ones.
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

        options.GetLevel = (context, elapsed, exception) => Level(context.Request.Method, context.Request.Path, context.Response.StatusCode, elapsed, exception, budget);
    }

    public static LogEventLevel Level(string method, PathString path, int status, double elapsed, Exception? exception, RequestLogBudget budget) =>
        exception is not null ? LogEventLevel.Error
        // An orchestrator probes every few seconds, whatever state the replica is in.
        // Any other method there is a client's request like any other (a 405), not a probe.
        : IsProbe(method, path) ? LogEventLevel.Debug
        : status == StatusCodes.Status503ServiceUnavailable ? (budget.TryTake() ? LogEventLevel.Warning : LogEventLevel.Debug)
        : status >= 500 ? LogEventLevel.Error
        : elapsed >= SlowMilliseconds || budget.TryTake() ? LogEventLevel.Information
        : LogEventLevel.Debug;

    private static bool IsProbe(string method, PathString path) =>
        (HttpMethods.IsGet(method) || HttpMethods.IsHead(method)) && (path == "/healthz" || path == "/readyz");

    private static string Bounded(string value, int length) =>
        value.Length <= length ? value : string.Concat(value.AsSpan(0, length), "…");
}
