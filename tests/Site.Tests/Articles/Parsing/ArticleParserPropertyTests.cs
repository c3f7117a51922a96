using System.Text;
using CsCheck;
using Site.Articles.FrontMatter;
using Site.Articles.Parsing;
using Site.Articles.Text;
using Site.Tests.Infrastructure;

namespace Site.Tests.Articles.Parsing;

/// <summary>
/// Generated and mutated files: whatever an editor saves, the parser returns an article or
/// errors on lines the file has, and never throws. Each property runs CsCheck's default 100
/// cases; set CsCheck_Iter (cases) or CsCheck_Time (seconds) for a longer run, and
/// CsCheck_Seed to replay a failure.
/// </summary>
public sealed class ArticleParserPropertyTests
{
    private static readonly ArticleParser Parser = TestParser.Parser;

    private static readonly string[] Keys = [.. FrontMatterFields.Keys, "titel", "source", "name", "url", "-", "? x", "[a]", "{b: 1}", ""];

    private static readonly string[] Pieces =
    [
        "", "a", "Apple is", " #1", "#", ":", ": ", "- ", "'", "\"", "''", "[", "]", "{", "}", ",", "|", ">", "&a", "*a", "!!binary ",
        "@x", "`", "%", "\\a", "\\0", "\\x07", "\\uFFFE", "\\uD800", "\\", "\t", "\f", "\0", "\a", "\u007F", "\u0085", "\uD800", "\uDC00",
        "\uFDD0", "\uFFFF", "\U0001FFFE", "\uFEFF", "\r", "\r\n", "\n", "  ", "---", "...", "2024-08-13T19:00:00+03:00", "2025-02-30T10:00:00Z",
        "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "true", "Россия", "東京", "C#", "C++", "/images/photo.jpg", "https://example.com",
        "javascript:alert(1)", "<script>", "é", "😀",
    ];

    private static readonly string[] MarkdownPieces =
    [
        "word ", "\n", "\n\n", "\r\n", "\r", "[a](", "[a](b)", "![a](", "[^1]", "[^1]: note\n", "http://a.example ", "www.a.example ", "<https://a.example>",
        "<javascript:x>", "*", "**", "_", "~~", "`", "```\n", "> ", "- ", "1. ", "# ", "|a|b|\n|-|-|\n", "|", "<script>", "&amp;", "\\", "\t", "\f", "\0",
        "\uD800", "\uFFFE", "---\n", "title: x\n", "    ", "[", "]", "(", ")",
    ];

    private static readonly Gen<string> GenPiece = Gen.OneOf(Pieces);

    private static readonly Gen<string> GenValue = GenPiece.Array[0, 4].Select(p => string.Concat(p));

    private static readonly Gen<string> GenLine = Gen.OneOf(
        Gen.Select(Gen.OneOf(Keys), GenValue, (k, v) => $"{k}: {v}"),
        Gen.Select(Gen.OneOf("  - ", "- ", "\t- ", "  "), GenValue, (indent, v) => indent + v),
        GenValue);

    private static readonly Gen<string> GenBody = Gen.OneOf(MarkdownPieces).Array[0, 40].Select(p => string.Concat(p));

    private static readonly Gen<string> GenFile =
        Gen.Select(GenLine.Array[0, 12], Gen.OneOf("\n", "\r\n", "\r"), Gen.Bool, GenBody)
            .Select((lines, newline, closed, body) =>
            {
                var valid = ArticleFiles.Markdown().Split('\n')[1..4];
                var front = string.Join(newline, valid.Concat(lines));
                return "---" + newline + front + newline + (closed ? "---" + newline + newline : "") + body;
            });

    /// <summary>A generated file, then cut short, or with a stretch of random characters written over it.</summary>
    private static readonly Gen<string> GenMutated =
        Gen.Select(GenFile, Gen.Int[0, 3], Gen.Double.Unit, Gen.String[0, 20])
            .Select((file, how, where, noise) =>
            {
                var at = (int)(where * file.Length);
                return how switch
                {
                    0 => file[..at],
                    1 => file[..at] + noise + file[at..],
                    2 => file[..at] + noise + file[Math.Min(file.Length, at + noise.Length)..],
                    _ => file,
                };
            });

    [Fact]
    public void Parse_GeneratedFiles_GiveAnArticleOrErrorsOnRealLines()
    {
        GenFile.Sample(AssertWellFormed);
    }

    [Fact]
    public void Parse_MutatedFiles_GiveAnArticleOrErrorsOnRealLines()
    {
        GenMutated.Sample(AssertWellFormed);
    }

    [Fact]
    public void Parse_RandomText_GivesAnArticleOrErrorsOnRealLines()
    {
        Gen.String[0, 200].Select(s => "---\n" + s).Sample(AssertWellFormed);
    }

    [Fact]
    public void Parse_MutatedBytes_GiveAnArticleOrErrors()
    {
        Gen.Select(GenFile, Gen.Byte.Array[1, 4], Gen.Double.Unit)
            .Select((file, noise, where) =>
            {
                var bytes = Encoding.UTF8.GetBytes(file);
                var at = (int)(where * bytes.Length);
                return bytes[..at].Concat(noise).Concat(bytes[at..]).ToArray();
            })
            .Sample(bytes =>
            {
                var result = Parser.Parse("2024/test.md", bytes, "en");

                Assert.True(result.Article is null != result.Errors.IsEmpty);
                Assert.All(result.Errors, e => Assert.True(e.Line >= 1, e.ToString()));
            });
    }

    private static void AssertWellFormed(string markdown)
    {
        var result = Parser.Parse("2024/test.md", markdown, "en");

        var lines = TextLines.Count(markdown.TrimStart('\uFEFF'));
        Assert.True(result.Article is null != result.Errors.IsEmpty, "an article and errors, or neither");
        Assert.All(result.Errors, e => Assert.InRange(e.Line, 1, lines));
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        if (result.Article is { } article)
        {
            Assert.All(
                [article.Title, article.Summary, article.BodyHtml, article.Excerpt, article.Author ?? "", .. article.Tags.Select(t => t.Name)],
                text => Assert.Equal(-1, ForbiddenCharacters.IndexOf(text)));
        }
    }
}
