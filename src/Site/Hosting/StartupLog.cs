using System.Reflection;
using Microsoft.Extensions.Options;
using Site.Articles;
using Site.Articles.Catalog;

namespace Site.Hosting;

/// <summary>One line when the site is up, with what an operator checks first.</summary>
public static partial class StartupLog
{
    public static void WhenStarted(WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var version = typeof(StartupLog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            var content = ContentPaths.Content(app.Services.GetRequiredService<IOptions<ContentOptions>>().Value, app.Environment);
            var baseUrl = app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.BaseUri;
            var count = app.Services.GetRequiredService<ArticleRepository>().Published().Count;
            if (count == 1)
            {
                LogStartedOne(app.Logger, version, app.Environment.EnvironmentName, baseUrl, content, count);
            }
            else
            {
                LogStarted(app.Logger, version, app.Environment.EnvironmentName, baseUrl, content, count);
            }
        });

    [LoggerMessage(LogLevel.Information, "Site {Version} started in {Environment} for {BaseUrl}, serving {ArticleCount} articles from {ContentPath}")]
    private static partial void LogStarted(ILogger logger, string version, string environment, Uri baseUrl, string contentPath, int articleCount);

    [LoggerMessage(LogLevel.Information, "Site {Version} started in {Environment} for {BaseUrl}, serving {ArticleCount} article from {ContentPath}")]
    private static partial void LogStartedOne(ILogger logger, string version, string environment, Uri baseUrl, string contentPath, int articleCount);
}
