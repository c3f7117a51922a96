using System.Text.RegularExpressions;

namespace Site.Feeds;

/// <summary>
/// Makes the relative addresses in rendered article HTML absolute, for feed readers that show
/// it away from the site. Markdig always writes <c>href</c> and <c>src</c> double-quoted.
/// </summary>
public static partial class AbsoluteLinks
{
    public static string Rewrite(string html, Uri pageUrl) =>
        Attribute().Replace(html, match =>
        {
            var value = System.Net.WebUtility.HtmlDecode(match.Groups["url"].Value);
            return Uri.TryCreate(value, UriKind.Absolute, out _) || !Uri.TryCreate(pageUrl, value, out var absolute)
                ? match.Value
                : $"{match.Groups["name"].Value}=\"{System.Net.WebUtility.HtmlEncode(absolute.AbsoluteUri)}\"";
        });

    [GeneratedRegex("(?<name>\\b(?:href|src))=\"(?<url>[^\"]*)\"")]
    private static partial Regex Attribute();
}
