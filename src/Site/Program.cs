using System.Globalization;
using Serilog;
using Site.Articles;
using Site.Articles.Loading;
using Site.Caching;
using Site.Feeds;
using Site.Health;
using Site.Hosting;
using Site.Pages;
using Site.Search;
using Site.Sharing;

// Two-stage logging: this logger reports a failed start; the configured one takes over once the host is built.
Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateBootstrapLogger();

// The editors' check: validates every article and exits, without starting the server.
if (args is ["check", .. var checkArgs])
{
    return ContentCheck.Run(checkArgs, Console.Out);
}

try
{
    // The app's own folder is the content root, so `dotnet run`, a bare publish and the
    // container all find wwwroot/ and content/ wherever they are started from.
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = args,
        ContentRootPath = AppContext.BaseDirectory,
    });
    builder.WebHost.UseStaticWebAssets();
    builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

    // Logging: readable console in Development, compact JSON to stdout elsewhere; levels from configuration.
    builder.Services.AddSiteLogging(builder.Configuration, builder.Environment);

    // Configuration: the Site section, validated at start-up.
    builder.Services.AddSiteOptions();

    // Articles: one Markdown pipeline, parsed once per file change, held in memory.
    builder.Services.AddArticles();

    // Caching: rendered pages, feeds and the sitemap kept as sent, evicted when the catalog changes.
    builder.Services.AddRenderedResponses();

    // Pages: Razor Pages with lower-case links and the paged home page, topics and archives.
    builder.Services.AddSitePages();

    // Search: an in-memory Lucene index of the catalog, updated in the background; /search and /opensearch.xml.
    builder.Services.AddSearch();

    // Sharing: link previews, structured data and generated social card images.
    builder.Services.AddSharing();

    // Feeds and discovery: the Atom feed, the sitemap and robots.txt.
    builder.Services.AddFeeds();

    // Health: /healthz (liveness) and /readyz (readiness: articles loaded, folder readable).
    builder.Services.AddSiteHealth();

    // Metrics: OpenTelemetry over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set, nothing otherwise.
    builder.Services.AddSiteTelemetry(builder.Configuration);

    var app = builder.Build();
    app.BeginLoadingArticles().LogStartup();

    // The pipeline, in the order a request meets it.
    // The first response is noted: the first search index build waits for it.
    app.UseFirstResponseSignal();

    // Behind a proxy: X-Forwarded-* believed from Site:KnownProxies only.
    app.UseKnownProxies();

    // One bounded log line per request (Site:RequestLogsPerSecond), Error only for the server's own failures.
    app.UseRequestLogs();

    // Pages, feeds and the sitemap already sent are answered from memory, as they were sent.
    app.UseRenderedResponses();

    // Security headers (CSP, HSTS when public over https) on every response made below.
    app.UseSiteSecurityHeaders();

    // Outside Development: a 500 page without internals.
    app.UseServerErrorPages();

    // Methods: GET and HEAD go on; anything else gets 405 (or 404) here, body unread.
    app.UseReadOnlyMethods();

    // Routing, then error pages for 4xx and 5xx re-executed through the pipeline.
    app.UseRoutingAndErrorPages();

    // Costly routes (search) run a few at a time with a short queue; past it, a 503 with Retry-After.
    app.UseRateLimiter();

    // Old paths of articles (aliases) redirect to their permalinks.
    app.UseArticleAliases();

    // Vary, validators (304s) and Cache-Control for what is kept; then compression.
    app.UseHttpCaching();

    // Endpoints: fingerprinted assets, the pages, cards, feeds, search and health.
    app.MapStaticAssets();
    app.MapSitePages();
    app.MapSocialCards();
    app.MapFeeds();
    app.MapSearch();
    app.MapSiteHealth();

    app.Run();
    return 0;
}
catch (Exception ex) when (ConfigurationFailures.Of(ex) is { Count: > 0 } failures)
{
    Log.Fatal("The site cannot start: its configuration is invalid. {Failures}", failures);
    return 1;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The site failed to start");
    return 1;
}
finally
{
    Log.CloseAndFlush();
}

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
