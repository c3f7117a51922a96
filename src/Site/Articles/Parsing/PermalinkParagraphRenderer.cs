using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Site.Articles.Parsing;

/// <summary>
/// Writes paragraphs as Markdig does, and ends each one that has a paragraph permalink with a
/// small "¶" link to itself (shown on hover or focus by the stylesheet).
/// </summary>
public sealed class PermalinkParagraphRenderer : HtmlObjectRenderer<ParagraphBlock>
{
    protected override void Write(HtmlRenderer renderer, ParagraphBlock obj)
    {
        if (!renderer.ImplicitParagraph && renderer.EnableHtmlForBlock)
        {
            if (!renderer.IsFirstInContainer)
            {
                renderer.EnsureLine();
            }

            renderer.Write("<p").WriteAttributes(obj).Write('>');
        }

        renderer.WriteLeafInline(obj);
        if (renderer.ImplicitParagraph)
        {
            return;
        }

        if (renderer.EnableHtmlForBlock)
        {
            if (obj.TryGetAttributes()?.Id is { } id && id.StartsWith(ParagraphPermalinks.Prefix, StringComparison.Ordinal))
            {
                renderer.Write("<a class=\"para-link\" href=\"#").Write(id).Write("\" aria-label=\"Link to this paragraph\">¶</a>");
            }

            renderer.Write("</p>");
        }

        renderer.EnsureLine();
    }
}
