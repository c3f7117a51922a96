using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Articles.Parsing;

/// <summary>
/// The one Markdig pipeline of the site, built once (it is immutable and thread-safe).
/// Raw HTML in Markdown is written out as text, and links or images with a scheme other
/// than http, https or mailto are written as their text alone, so no article can inject script.
/// Top-level paragraphs get stable ids and a "¶" link to themselves (<see cref="ParagraphPermalinks"/>).
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    /// <summary>The pipeline itself, for measuring what the site adds to Markdig's own work.</summary>
    public MarkdownPipeline Pipeline => _pipeline;

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseFootnotes()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    public MarkdownDocument Parse(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        foreach (var inline in UnsafeLinks(document))
        {
            if (inline is LinkInline link)
            {
                // An empty href would still be a link, to the page itself; the words alone are what the
                // author meant the reader to see. An image becomes its alt text the same way.
                link.MoveChildrenAfter(link);
                link.Remove();
            }
            else if (inline is AutolinkInline autolink)
            {
                // An autolink (<scheme:address>) with an unsafe scheme stays as the text it was written as.
                autolink.ReplaceBy(new LiteralInline("<" + autolink.Url + ">"));
            }
        }

        ParagraphPermalinks.Assign(document, markdown);
        return document;
    }

    public string ToHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.ObjectRenderers.ReplaceOrAdd<ParagraphRenderer>(new PermalinkParagraphRenderer());
        renderer.Render(document);
        return writer.ToString();
    }

    public string ToPlainText(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer)
        {
            EnableHtmlForBlock = false,
            EnableHtmlForInline = false,
            EnableHtmlEscape = false,
        };
        _pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    /// <summary>Links and autolinks whose address has a scheme other than http, https or mailto, found in one walk of the document.</summary>
    private static List<Inline> UnsafeLinks(MarkdownDocument document)
    {
        var found = new List<Inline>();
        var blocks = new Stack<Block>([document]);
        var inlines = new Stack<Inline>();
        while (blocks.TryPop(out var block))
        {
            if (block is ContainerBlock container)
            {
                foreach (var child in container)
                {
                    blocks.Push(child);
                }
            }
            else if (block is LeafBlock { Inline: { } root })
            {
                inlines.Push(root);
            }

            while (inlines.TryPop(out var inline))
            {
                if (inline is LinkInline link ? !IsSafeUrl(link.Url) : inline is AutolinkInline { IsEmail: false } autolink && !IsSafeUrl(autolink.Url))
                {
                    found.Add(inline);
                }

                if (inline is ContainerInline parent)
                {
                    for (var child = parent.FirstChild; child is not null; child = child.NextSibling)
                    {
                        inlines.Push(child);
                    }
                }
            }
        }

        return found;
    }

    internal static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"),
        // so look at the address with them removed.
        var compact = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var firstPathChar = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstPathChar >= 0 && firstPathChar < colon))
        {
            return true;
        }

        var scheme = compact[..colon];
        return SafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }
}
