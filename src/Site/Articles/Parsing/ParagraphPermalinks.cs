using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Site.Articles.Text;

namespace Site.Articles.Parsing;

/// <summary>
/// Gives each top-level paragraph a stable id from its own text ("p-" and a short hash of the
/// text with whitespace normalised), so a link to a paragraph survives edits elsewhere in the
/// article. A repeated paragraph gets "-2", "-3" after its id.
/// </summary>
public static class ParagraphPermalinks
{
    public const string Prefix = "p-";

    /// <param name="document">The parsed document.</param>
    /// <param name="markdown">The text it was parsed from: paragraphs are identified by their own source text.</param>
    public static void Assign(MarkdownDocument document, string markdown)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var paragraph in document.OfType<ParagraphBlock>())
        {
            var id = IdFor(markdown.AsSpan(paragraph.Span.Start, paragraph.Span.Length));
            var count = seen[id] = seen.GetValueOrDefault(id) + 1;
            paragraph.GetAttributes().Id = count == 1 ? id : string.Create(CultureInfo.InvariantCulture, $"{id}-{count}");
        }
    }

    public static string IdFor(string text) => IdFor(text.AsSpan());

    /// <summary>"p-" and the first 8 hex digits of the SHA-256 of the text (NFC, whitespace runs made one space, trimmed) in UTF-8.</summary>
    public static string IdFor(ReadOnlySpan<char> text)
    {
        // ASCII is already in NFC; other text is composed first.
        var composed = Ascii.IsValid(text) ? text : text.ToString().Normalize(NormalizationForm.FormC).AsSpan();
        var chars = ArrayPool<char>.Shared.Rent(composed.Length);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(composed.Length));
        try
        {
            var length = Whitespace.Collapse(composed, chars);
            return Hash(bytes.AsSpan(0, Encoding.UTF8.GetBytes(chars.AsSpan(0, length), bytes)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static string Hash(ReadOnlySpan<byte> utf8)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8, hash);
        return Prefix + Convert.ToHexStringLower(hash[..4]);
    }
}
