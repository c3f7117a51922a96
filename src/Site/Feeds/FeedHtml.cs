using System.Text.RegularExpressions;

namespace Site.Feeds;

/// <summary>
/// Adapts rendered article HTML for feed readers, which show it away from the site and without
/// its stylesheet: relative addresses become absolute, and the "¶" paragraph anchors (visible
/// only on hover on the site) are left out. Markdig always writes attributes double-quoted.
/// </summary>
public static partial class FeedHtml
{
    public static string For(string html, Uri pageUrl) =>
        Attribute().Replace(ParagraphLink().Replace(html, ""), match =>
        {
            var value = System.Net.WebUtility.HtmlDecode(match.Groups["url"].Value);
            // A scheme marks an absolute address; Uri alone would take "/tags/x" for a Unix file path.
            return Scheme().IsMatch(value) || !Uri.TryCreate(pageUrl, value, out var absolute)
                ? match.Value
                : $"{match.Groups["name"].Value}=\"{System.Net.WebUtility.HtmlEncode(absolute.AbsoluteUri)}\"";
        });

    [GeneratedRegex("(?<name>\\b(?:href|src))=\"(?<url>[^\"]*)\"")]
    private static partial Regex Attribute();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex("<a class=\"para-link\" [^>]*>¶</a>")]
    private static partial Regex ParagraphLink();
}
