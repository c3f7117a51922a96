using System.Net;
using System.Text;

namespace Site.Search;

/// <summary>
/// The words of an article's rendered body, without markup: what is indexed, and what snippets
/// are cut from. It must give the same text every time, since snippets use the offsets the index
/// recorded.
/// </summary>
public static class ArticleText
{
    /// <summary>Elements that end a run of text: a space keeps their words apart.</summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "td", "th", "tr", "blockquote", "pre", "div", "dt", "dd", "figcaption", "hr",
    };

    public static string FromHtml(string html)
    {
        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            if (html[i] != '<')
            {
                var next = html.IndexOf('<', i);
                var end = next < 0 ? html.Length : next;
                text.Append(WebUtility.HtmlDecode(html[i..end]));
                i = end;
                continue;
            }

            var close = html.IndexOf('>', i);
            if (close < 0)
            {
                break;
            }

            var tag = html.AsSpan(i + 1, close - i - 1);
            // A paragraph's own "¶" link is navigation, not the article's words.
            if (tag.StartsWith("a class=\"para-link\"", StringComparison.Ordinal))
            {
                var endOfLink = html.IndexOf("</a>", close, StringComparison.Ordinal);
                i = endOfLink < 0 ? html.Length : endOfLink + 4;
                continue;
            }

            var name = tag.TrimStart('/');
            var nameEnd = name.IndexOfAny(" \t\n/");
            if (Blocks.Contains((nameEnd < 0 ? name : name[..nameEnd]).ToString()))
            {
                text.Append(' ');
            }

            i = close + 1;
        }

        return text.ToString();
    }
}
