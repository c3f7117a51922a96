using System.Collections.Frozen;

namespace Site.Articles.Model;

/// <summary>
/// The paths the site answers itself, whatever the content. An alias answers only where nothing
/// else does, so an alias at one of these would never redirect: it is refused, naming what the
/// site serves there. Kept with the model so the content checks need no HTTP; a test holds the
/// list to the real routes.
/// </summary>
public static class SitePaths
{
    private static readonly FrozenDictionary<string, string> ByFirstSegment = new Dictionary<string, string>
    {
        ["tags"] = "the topic pages",
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

    /// <summary>What the site serves at the path (such as "the topic pages"), or null where only content can answer.</summary>
    public static string? ServedAt(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return "the front page";
        }

        if (ByFirstSegment.TryGetValue(segments[0], out var served))
        {
            return served;
        }

        // /yyyy, /yyyy/MM and /yyyy/MM/dd, and their pages: the archives. A dated path with a
        // slug after the day is an article's shape, free for an old permalink.
        var dated = segments.TakeWhile((segment, i) => i < 3 && segment.Length == (i == 0 ? 4 : 2) && segment.All(char.IsAsciiDigit)).Count();
        var rest = segments.AsSpan(dated);
        return dated > 0 && (rest.IsEmpty || (rest is ["page", var number] && number.All(char.IsAsciiDigit)))
            ? $"the archive of {string.Join('/', segments[..dated])}"
            : null;
    }
}
