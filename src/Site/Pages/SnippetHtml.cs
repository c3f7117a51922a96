using System.Collections.Immutable;
using Microsoft.AspNetCore.Html;
using Site.Search;

namespace Site.Pages;

/// <summary>A snippet as HTML: its text encoded by the framework, the matches in <c>&lt;mark&gt;</c>, and no white space between them that a page template would add.</summary>
public static class SnippetHtml
{
    public static IHtmlContent For(ImmutableArray<SnippetPart> parts)
    {
        var html = new HtmlContentBuilder(parts.Length * 3);
        foreach (var part in parts)
        {
            if (part.Marked)
            {
                html.AppendHtml("<mark>").Append(part.Text).AppendHtml("</mark>");
            }
            else
            {
                html.Append(part.Text);
            }
        }

        return html;
    }
}
