using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Site.Articles;

/// <summary>
/// Gives each top-level paragraph a stable id from its own text ("p-" and a short hash of the
/// text with whitespace normalised), so a link to a paragraph survives edits elsewhere in the
/// article. A repeated paragraph gets "-2", "-3" after its id.
/// </summary>
public static partial class ParagraphPermalinks
{
    public const string Prefix = "p-";

    /// <param name="document">The parsed document.</param>
    /// <param name="markdown">The text it was parsed from: paragraphs are identified by their own source text.</param>
    public static void Assign(MarkdownDocument document, string markdown)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var paragraph in document.OfType<ParagraphBlock>())
        {
            var id = IdFor(markdown.Substring(paragraph.Span.Start, paragraph.Span.Length));
            var count = seen[id] = seen.GetValueOrDefault(id) + 1;
            paragraph.GetAttributes().Id = count == 1 ? id : string.Create(CultureInfo.InvariantCulture, $"{id}-{count}");
        }
    }

    public static string IdFor(string text)
    {
        var normalised = Whitespace().Replace(text.Normalize(NormalizationForm.FormC), " ").Trim();
        return Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)))[..8];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
