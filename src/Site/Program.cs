using System.Globalization;
using Microsoft.Extensions.Options;
using Serilog;
using Site.Articles;
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

    // Pages: Razor Pages with lower-case links, the paged home page, output caching and compression.
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

    // The articles load while the rest of the app is put together; the server opens once they are in.
    app.Services.GetRequiredService<ArticleLoader>().BeginFirstLoad();
    BaseUrlCheck.WarnIfLoopback(app);
    StartupLog.WhenStarted(app);

    // The first response is noted, so that the first search index build waits for it (SearchIndexer).
    var firstResponse = app.Services.GetRequiredService<FirstResponse>();
    app.Use((context, next) =>
    {
        firstResponse.Watch(context);
        return next(context);
    });

    // Behind a proxy: the client's address and scheme from X-Forwarded-* sent by Site:KnownProxies
    // only; with none configured, those headers are ignored.
    if (app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.KnownProxies.Count > 0)
    {
        app.UseForwardedHeaders();
    }

    // Request logs go through the host's logger (the static one is only the bootstrap logger):
    // one bounded line per request (up to Site:RequestLogsPerSecond), Error for the server's own failures.
    app.UseSerilogRequestLogging(options =>
    {
        options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
        RequestLogging.Configure(options, new RequestLogBudget(
            app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.RequestLogsPerSecond,
            app.Services.GetRequiredService<TimeProvider>()));
    });

    // Pages, feeds and the sitemap already sent are answered from memory here, with the headers
    // everything below set when they were made; the rest goes on.
    app.UseMiddleware<RenderedResponseCacheMiddleware>();
    app.UseSecurityHeaders(SecurityHeaders.Policies(app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.BaseUri.Scheme == Uri.UriSchemeHttps));
    if (!app.Environment.IsDevelopment())
    {
        // Errors: a 500 page without internals, and a static one if even that page fails.
        app.UseMiddleware<LastResortErrorMiddleware>();
        app.UseExceptionHandler(ErrorHandling.Options());
    }

    // Methods: GET and HEAD go on; anything else gets 405 (or 404) here, body unread.
    app.UseReadOnlyMethods();
    app.UseRouting();

    // Razor Pages registers authentication and authorization; placed here explicitly (the site has
    // neither users nor policies), they run only for requests that reach an endpoint.
    app.UseAuthentication();
    app.UseAuthorization();

    // Error pages for 4xx and 5xx, re-executed through the pipeline; then old paths (aliases).
    app.UseStatusCodePagesWithReExecute("/error");
    app.UseMiddleware<AliasRedirectMiddleware>();

    // Caching and compression: Vary on every compressible response; validators from the bytes
    // sent and Cache-Control for pages, feeds and the sitemap.
    app.UseMiddleware<VaryByEncodingMiddleware>();
    app.UseMiddleware<SharedCachingMiddleware>();
    app.UseResponseCompression();

    app.MapStaticAssets();
    app.MapRazorPages().WithStaticAssets();
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
