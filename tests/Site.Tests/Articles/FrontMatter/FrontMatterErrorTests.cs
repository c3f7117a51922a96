using Site.Tests.Infrastructure;
using static Site.Tests.Infrastructure.TestParser;

namespace Site.Tests.Articles.FrontMatter;

public sealed class FrontMatterErrorTests
{
    [Theory]
    [InlineData("2025-02-30T10:00:00+00:00", "day 30 does not exist in February 2025, which has 28 days")]
    [InlineData("2023-04-31T10:00:00Z", "day 31 does not exist in April 2023, which has 30 days")]
    [InlineData("2024-13-01T10:00:00+03:00", "has month 13, but months run from 01 to 12")]
    [InlineData("0001-01-01T00:00:00+14:00", "year 0001 is not between 1900 and 2100")]
    [InlineData("9999-12-31T23:59:59-14:00", "year 9999 is not between 1900 and 2100")]
    [InlineData("2024-08-13T25:00:00+03:00", "time 25:00:00 does not exist")]
    [InlineData("2024-08-13T19:00:00+15:00", "offset +15:00 does not exist")]
    public void Parse_ImpossibleDate_SaysWhichPartIsWrong(string date, string expected)
    {
        var error = SingleError(ArticleFiles.Markdown(date: date));

        Assert.Equal(3, error.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LeapDay_IsAccepted()
    {
        Assert.NotNull(Parse(ArticleFiles.Markdown(date: "2024-02-29T10:00:00+03:00")).Article);
    }

    [Theory]
    [InlineData("---\ntitle: A\ndate: 2024-08-13T19:00:00+03:00\nsummary: S\n\nBody.\n")]
    [InlineData("---\r\ntitle: A\r\n")]
    [InlineData("---\n")]
    public void Parse_FrontMatterNeverClosed_SaysToCloseIt(string markdown)
    {
        var error = SingleError(markdown);

        Assert.Equal(1, error.Line);
        Assert.Equal("the front matter is not closed: add a '---' line after the last key", error.Message);
    }

    [Theory]
    [InlineData("Apple is #1", "", "title: 'Apple is #1'", 2)]
    [InlineData("Apple's #1 fan", "", "title: 'Apple''s #1 fan'", 2)]
    [InlineData("A test article", "Ten things #5 will surprise you", "summary: 'Ten things #5 will surprise you'", 4)]
    public void Parse_PlainValueCutByAComment_AsksForQuotes(string title, string summary, string advice, int line)
    {
        var markdown = summary.Length == 0 ? ArticleFiles.Markdown(title: title) : ArticleFiles.Markdown(title: title, summary: summary);

        var error = SingleError(markdown);

        Assert.Equal(line, error.Line);
        Assert.Contains("cut short at ' #'", error.Message, StringComparison.Ordinal);
        Assert.Contains(advice, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TagCutByAComment_AsksForQuotes()
    {
        var error = SingleError(ArticleFiles.Markdown(extra: "tags:\n  - C #1 language"));

        Assert.Equal(6, error.Line);
        Assert.Contains("the value would be 'C'", error.Message, StringComparison.Ordinal);
        Assert.Contains("- 'C #1 language'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'Apple is #1'", "")]
    [InlineData("\"Apple is #1\"", "")]
    [InlineData("C# in depth", "")]
    [InlineData("A test article", "draft: false # until Monday")]
    public void Parse_HashThatIsNotACutComment_IsAccepted(string title, string extra)
    {
        Assert.NotNull(Parse(ArticleFiles.Markdown(title: title, extra: extra)).Article);
    }

    [Fact]
    public void Parse_TabInIndentation_IsReportedOnTheLineWithTheTab()
    {
        var error = SingleError(ArticleFiles.Markdown(extra: "tags:\n  - one\n\t- two"));

        Assert.Equal(7, error.Line);
        Assert.Contains("YAML indentation must use spaces", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralYamlErrors_ReportsEachOnItsOwnLine()
    {
        var result = Parse("""
            ---
            title: "unclosed
            date: 2024-08-13T19:00:00+03:00
            summary: [also unclosed
            author: Jane
            tags: {broken
            ---

            Body.
            """);

        Assert.Null(result.Article);
        Assert.Equal([2, 4, 6], result.Errors.Select(e => e.Line));
        Assert.Contains("quoted value is not closed", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("list opened with '[' is not closed", result.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("'{' is not closed", result.Errors[2].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Parse_BrokenFlowListBeforeAnotherKey_SaysWhatIsWrongNotAnInternalMessage(string newline)
    {
        var markdown = string.Join(newline, "---", "title: A", "tags: [a, b", "date: 2024-08-13T19:00:00+03:00", "summary: S", "---", "", "Body.", "");

        var error = SingleError(markdown);

        Assert.Equal(3, error.Line);
        Assert.Equal("front matter is not valid YAML: a list opened with '[' is not closed: end it with ']', or write one '- item' per line", error.Message);
    }

    [Fact]
    public void Parse_MisspeltTitle_SuggestsTitle_OnTheLineOfTheTypo()
    {
        var result = Parse("---\ntitel: A test article\ndate: 2024-08-13T19:00:00+03:00\nsummary: S\n---\n\nBody.\n");

        var unknown = Assert.Single(result.Errors, e => e.Message.StartsWith("unknown key", StringComparison.Ordinal));
        Assert.Equal(2, unknown.Line);
        Assert.StartsWith("unknown key 'titel': did you mean 'title'? (allowed: title, date,", unknown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Date: x", "date")]
    [InlineData("tag: x", "tags")]
    [InlineData("alias: x", "aliases")]
    [InlineData("imagealt: x", "image_alt")]
    [InlineData("sumary: x", "summary")]
    public void Parse_UnknownKeyCloseToAKnownOne_SuggestsIt(string extra, string suggested)
    {
        var error = SingleError(ArticleFiles.Markdown(extra: extra));

        Assert.Contains($": did you mean '{suggested}'? (allowed:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("colour: red")]
    [InlineData("description: x")]
    public void Parse_UnknownKeyFarFromEveryKnownOne_SuggestsNothing(string extra)
    {
        var error = SingleError(ArticleFiles.Markdown(extra: extra));

        Assert.StartsWith("unknown key ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateKey_IsReportedAtTheSecondOne()
    {
        var error = SingleError(ArticleFiles.Markdown(extra: "title: Again"));

        Assert.Equal(5, error.Line);
        Assert.Contains("key 'title' appears twice", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("author: a: b")]
    [InlineData("author: *nothing")]
    [InlineData("author: @jane")]
    [InlineData("  author: indented")]
    public void Parse_OtherBrokenYaml_NeverShowsYamlDotNetWording(string extra)
    {
        var error = SingleError(ArticleFiles.Markdown(extra: extra));

        Assert.StartsWith("front matter is not valid YAML: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("While ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("scalar", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Line, 2, 5);
    }

    [Theory]
    [InlineData("tags: ", "[")]
    [InlineData("tags: ", "[a, ")]
    [InlineData("source: ", "{name: ")]
    [InlineData("tags:\n", "- ")]
    [InlineData("tags:\n", "? ")]
    public void Parse_BracketsNestedDeeperThanYamlCanTake_AreReportedWithoutLoadingTheYaml(string key, string opener)
    {
        // 100,000 levels overflow YamlDotNet's stack and would end the process.
        var error = SingleError(ArticleFiles.Markdown(extra: key + string.Concat(Enumerable.Repeat(opener, 100_000))));

        Assert.Equal(key.EndsWith('\n') ? 6 : 5, error.Line);
        Assert.Contains("more than 20 deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BracketsInsideQuotes_DoNotCountAsNesting()
    {
        Assert.NotNull(Parse(ArticleFiles.Markdown(title: "'Brackets " + new string('[', 50) + "'")).Article);
    }

    [Fact]
    public void Parse_AliasesOfAliases_AreRefusedWithoutExpandingThem()
    {
        var laughs = string.Concat(Enumerable.Range(1, 12).Select(i => $"  - &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]\n"));

        var result = Parse(ArticleFiles.Markdown(extra: "tags:\n  - &l0 lol\n" + laughs.TrimEnd()));

        Assert.Null(result.Article);
        Assert.Equal(13, result.Errors.Length);
        Assert.All(result.Errors, e => Assert.Contains("anchors and aliases", e.Message, StringComparison.Ordinal));
    }
}
