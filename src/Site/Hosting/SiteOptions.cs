
namespace Site.Hosting;

/// <summary>
/// The <c>Site</c> configuration section as the web side reads it, validated at start-up by
/// <see cref="SiteOptionsValidator"/>; the content settings in the same section are the
/// article loader's (<see cref="Articles.ContentOptions"/>).
/// </summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>The site's name, shown in the header, titles and previews.</summary>
    public string Title { get; set; } = "";

    /// <summary>One sentence about the site, for the home page's description.</summary>
    public string Description { get; set; } = "";

    /// <summary>The public address every absolute URL is built from; never the request's Host.</summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>The site's language, and that of articles that do not name their own (a BCP 47 tag).</summary>
    public string Language { get; set; } = "en";

    /// <summary>How many articles the home page and each of its pages list.</summary>
    public int PageSize { get; set; } = 20;

    /// <summary>
    /// Tag slugs shown, in this order, as the site's sections in the header; each links to its
    /// tag page. A slug no article carries is left out (and logged), not an error.
    /// </summary>
    public List<string> Sections { get; set; } = [];

    /// <summary>
    /// Addresses of the reverse proxies (a load balancer, Varnish) whose X-Forwarded-For and
    /// X-Forwarded-Proto are believed; from anyone else they are ignored.
    /// </summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>
    /// Request-log lines a second for responses below 500 (<see cref="RequestLogBudget"/>); server
    /// errors and slow requests are always logged.
    /// </summary>
    public int RequestLogsPerSecond { get; set; } = 50;

    /// <summary>How long pages, feeds and the sitemap may be cached (<c>Site:Cache</c>).</summary>
    public HttpCacheOptions Cache { get; set; } = new();

    public Uri BaseUri => new(BaseUrl.TrimEnd('/') + "/");
}
