using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using Site.Articles.Parsing;

namespace Site.Tests.Articles.Text;

/// <summary>
/// The paragraph id, the excerpt and the word count are worked out in single passes over the
/// text; each must give exactly what its plain definition gives, so paragraph links already
/// shared keep working.
/// </summary>
public sealed partial class TextMeasureTests
{
    private static readonly Gen<string> GenText = Gen.OneOf(
            "a", "word", "Word.", " ", "  ", "\t", "\n", "\r\n", "\f", "\v", "\u0085", "\u00A0", "\u2028", "\u3000", "é", "e\u0301", "Россия",
            "東京", "😀", ",", ";", "—", "–", ":", "*", "_", "[a](b)")
        .Array[0, 120].Select(pieces => string.Concat(pieces));

    [Fact]
    public void IdFor_IsTheHashOfTheNormalisedText()
    {
        GenText.Sample(text => Assert.Equal(ReferenceId(text), ParagraphPermalinks.IdFor(text)));
    }

    [Fact]
    public void Excerpt_IsTheCollapsedTextCutAtAWord()
    {
        GenText.Sample(text => Assert.Equal(ReferenceExcerpt(text), ArticleParser.Excerpt(text)));
    }

    [Fact]
    public void CountWords_CountsRunsOfNonWhitespace()
    {
        GenText.Sample(text => Assert.Equal(NonWhitespace().Count(text), ArticleParser.CountWords(text)));
    }

    private static string ReferenceId(string text)
    {
        var normalised = Whitespace().Replace(text.Normalize(NormalizationForm.FormC), " ").Trim();
        return ParagraphPermalinks.Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)))[..8];
    }

    private static string ReferenceExcerpt(string plainText)
    {
        var text = Whitespace().Replace(plainText, " ").Trim();
        if (text.Length <= 200)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', 200);
        return string.Concat(text.AsSpan(0, cut > 0 ? cut : 200).TrimEnd(",;:—– ".AsSpan()), "…");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\S+")]
    private static partial Regex NonWhitespace();
}
