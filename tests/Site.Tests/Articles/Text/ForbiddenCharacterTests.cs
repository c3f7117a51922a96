using Site.Articles.Parsing;
using Site.Tests.Infrastructure;

namespace Site.Tests.Articles.Text;

public sealed class ForbiddenCharacterTests
{
    private const string File = "2024/test.md";

    private static readonly ArticleParser Parser = TestParser.Parser;

    private static ArticleParseResult Parse(string markdown) => Parser.Parse(File, markdown, "en");

    [Theory]
    [InlineData(0x0C, "U+000C (form feed)")]
    [InlineData(0x07, "U+0007 (bell)")]
    [InlineData(0x00, "U+0000 (null)")]
    [InlineData(0x1B, "U+001B (escape)")]
    [InlineData(0x7F, "U+007F (delete)")]
    [InlineData(0x85, "U+0085 (a control character)")]
    [InlineData(0xD800, "U+D800 (half of a surrogate pair)")]
    [InlineData(0xDC00, "U+DC00 (half of a surrogate pair)")]
    [InlineData(0xFDD0, "U+FDD0 (a Unicode noncharacter)")]
    [InlineData(0xFFFE, "U+FFFE (a Unicode noncharacter)")]
    [InlineData(0x1FFFF, "U+1FFFF (a Unicode noncharacter)")]
    public void Parse_CharacterNotAllowedInHtmlInTheBody_IsNamedOnItsLine(int codePoint, string name)
    {
        // Built here rather than written in the attribute, where a lone surrogate would not survive.
        var character = codePoint > 0xFFFF ? char.ConvertFromUtf32(codePoint) : ((char)codePoint).ToString();

        var result = Parse(ArticleFiles.Markdown(body: $"The first paragraph.\n\nThe second{character} paragraph."));

        Assert.Null(result.Article);
        var error = Assert.Single(result.Errors);
        Assert.Equal(10, error.Line);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains("delete it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ControlCharacterInTheFrontMatter_IsReportedOnItsLine()
    {
        var error = Assert.Single(Parse(ArticleFiles.Markdown(summary: "A summary\fwith a form feed.")).Errors);

        Assert.Equal(4, error.Line);
        Assert.Contains("U+000C (form feed)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Bell \\a\"", "U+0007 (bell)")]
    [InlineData("\"Null \\0\"", "U+0000 (null)")]
    [InlineData("\"Bell \\x07\"", "U+0007 (bell)")]
    [InlineData("\"Not a character \\uFFFE\"", "U+FFFE (a Unicode noncharacter)")]
    public void Parse_YamlEscapeThatMakesAForbiddenCharacter_IsReportedAtTheKeyLine(string title, string name)
    {
        var result = Parse(ArticleFiles.Markdown(title: title));

        Assert.Null(result.Article);
        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains("delete the escape", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_YamlEscapeOfALoneSurrogate_IsReportedAsAnEscapeYamlCannotRead()
    {
        var error = Assert.Single(Parse(ArticleFiles.Markdown(title: "\"Lone half \\uD800\"")).Errors);

        Assert.Equal(2, error.Line);
        Assert.Contains("escape YAML cannot read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ForbiddenCharacterInATagList_IsReportedAtTheItemLine()
    {
        var error = Assert.Single(Parse(ArticleFiles.Markdown(extra: "tags:\n  - fine\n  - \"bad \\b\"")).Errors);

        Assert.Equal(7, error.Line);
        Assert.Contains("U+0008 (backspace)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ManyLinesWithForbiddenCharacters_ListsTheFirstTenAndSaysThereAreMore()
    {
        var body = string.Join("\n\n", Enumerable.Repeat("Bell\a here.", 30));

        var errors = Parse(ArticleFiles.Markdown(body: body)).Errors;

        Assert.Equal(11, errors.Length);
        Assert.Equal(Enumerable.Range(0, 11).Select(i => 8 + (2 * i)), errors.Select(e => e.Line));
        Assert.Contains("only the first 10 lines are listed", errors[^1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tab\there is fine.")]
    [InlineData("Emoji 😀 and accents é are fine.")]
    [InlineData("Windows line ends\r\nare fine.")]
    public void Parse_OrdinaryText_HasNoCharacterErrors(string body)
    {
        Assert.NotNull(Parse(ArticleFiles.Markdown(body: body)).Article);
    }
}
