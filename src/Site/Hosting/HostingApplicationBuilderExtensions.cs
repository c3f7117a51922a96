using Microsoft.Extensions.Options;
using Serilog;

namespace Site.Hosting;

public static class HostingApplicationBuilderExtensions
{
    /// <summary>One start-up line for the operator, and a warning when the public address is a loopback one.</summary>
    public static WebApplication LogStartup(this WebApplication app)
    {
        BaseUrlCheck.WarnIfLoopback(app);
        StartupLog.WhenStarted(app);
        return app;
    }

    /// <summary>
    /// The client's address and scheme from X-Forwarded-* sent by <c>Site:KnownProxies</c> only;
    /// with none configured, those headers are ignored.
    /// </summary>
    public static IApplicationBuilder UseKnownProxies(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<IOptions<SiteOptions>>().Value.KnownProxies.Count > 0
            ? app.UseForwardedHeaders()
            : app;

    /// <summary>
    /// Request logs through the host's logger (the static one is only the bootstrap logger): one
    /// bounded line per request (up to <c>Site:RequestLogsPerSecond</c>), Error for the server's own failures.
    /// </summary>
    public static IApplicationBuilder UseRequestLogs(this IApplicationBuilder app)
    {
        var services = app.ApplicationServices;
        return app.UseSerilogRequestLogging(options =>
        {
            options.Logger = services.GetRequiredService<Serilog.ILogger>();
            RequestLogging.Configure(options, new RequestLogBudget(
                services.GetRequiredService<IOptions<SiteOptions>>().Value.RequestLogsPerSecond,
                services.GetRequiredService<TimeProvider>()));
        });
    }

    /// <summary>The lock-down headers (<see cref="SecurityHeaders"/>), with HSTS when the public address is https.</summary>
    public static IApplicationBuilder UseSiteSecurityHeaders(this IApplicationBuilder app) =>
        app.UseSecurityHeaders(SecurityHeaders.Policies(
            app.ApplicationServices.GetRequiredService<IOptions<SiteOptions>>().Value.BaseUri.Scheme == Uri.UriSchemeHttps));

    /// <summary>Outside Development: a 500 page without internals, and a static one if even that page fails.</summary>
    public static IApplicationBuilder UseServerErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseMiddleware<LastResortErrorMiddleware>();
            app.UseExceptionHandler(ErrorHandling.Options());
        }

        return app;
    }

    /// <summary>
    /// Routing, then authentication and authorization placed explicitly (Razor Pages registers
    /// them; the site has neither users nor policies), so they run only for requests that reach an
    /// endpoint; then error pages for 4xx and 5xx, re-executed through the pipeline.
    /// </summary>
    public static IApplicationBuilder UseRoutingAndErrorPages(this IApplicationBuilder app) =>
        app.UseRouting()
            .UseAuthentication()
            .UseAuthorization()
            .UseStatusCodePagesWithReExecute("/error");
}
