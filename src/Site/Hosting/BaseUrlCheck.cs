using Microsoft.Extensions.Options;

namespace Site.Hosting;

/// <summary>Canonical URLs and previews built from a loopback address are useless to readers and crawlers.</summary>
public static partial class BaseUrlCheck
{
    public static void WarnIfLoopback(WebApplication app)
    {
        var baseUri = app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.BaseUri;
        if (!app.Environment.IsDevelopment() && baseUri.IsLoopback)
        {
            LogLoopback(app.Logger, baseUri);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Site:BaseUrl is {BaseUrl}, a loopback address: set it to the public address readers use")]
    private static partial void LogLoopback(ILogger logger, Uri baseUrl);
}
