using System.Collections.Frozen;

namespace Site.Articles.Model;

/// <summary>
/// The paths the site answers itself. An alias answers only where nothing else does, so an alias
/// where the site always answers would never redirect (refused, naming what is there), and one
/// at a topic page or an archive redirects only while no article makes that page (a warning).
/// Kept with the model so the content checks need no HTTP; a test holds them to the real routes.
/// </summary>
public static class SitePaths
{
    private static readonly FrozenDictionary<string, string> ByFirstSegment = new Dictionary<string, string>
    {
        ["search"] = "the search page",
        ["page"] = "the front page's later pages",
        ["feed.xml"] = "the Atom feed",
        ["sitemap.xml"] = "the sitemap",
        ["sitemaps"] = "the sitemap's parts",
        ["robots.txt"] = "robots.txt",
        ["opensearch.xml"] = "the OpenSearch description",
        ["healthz"] = "the liveness probe",
        ["readyz"] = "the readiness probe",
        ["cards"] = "the social cards",
        ["error"] = "the error page",
        ["css"] = "the site's stylesheets",
        ["js"] = "the site's scripts",
        ["favicon.svg"] = "the site's icon",
        ["apple-touch-icon.png"] = "the site's icon",
        ["site.webmanifest"] = "the web app manifest",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>What the site serves at the path whatever the content (such as "the feed"), or null where content decides.</summary>
    public static string? ServedAt(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments switch
        {
            [] => "the front page",
            ["tags"] => "the list of topics",
            ["tags", ..] => null,
            [var first, ..] => ByFirstSegment.GetValueOrDefault(first),
        };
    }

    /// <summary>The tag slug whose topic page (or one of its pages) is at the path, or null.</summary>
    public static string? TopicAt(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments is ["tags", _] or ["tags", _, "page", _] ? segments[1] : null;
    }

    /// <summary>
    /// The period (<c>yyyy</c>, <c>yyyy/MM</c> or <c>yyyy/MM/dd</c>) whose archive (or one of its
    /// pages) is at the path, or null. A dated path with a slug after the day is an article's shape.
    /// </summary>
    public static string? ArchiveAt(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var dated = segments.TakeWhile((segment, i) => i < 3 && segment.Length == (i == 0 ? 4 : 2) && segment.All(char.IsAsciiDigit)).Count();
        var rest = segments.AsSpan(dated);
        return dated > 0 && (rest.IsEmpty || rest is ["page", _]) ? string.Join('/', segments[..dated]) : null;
    }
}
