using System.Diagnostics;
using Site.Articles;
using Site.Tests.Infrastructure;

namespace Site.Tests.Articles;

public sealed class MarkdownLimitsTests
{
    private static readonly ArticleParser Parser = new(new MarkdownRenderer(), TestImages.LeadImages);

    private static ArticleParseResult Parse(string body) => Parser.Parse("2024/test.md", ArticleFiles.Markdown(body: body), "en");

    [Theory]
    [InlineData("[a](", "more than 200 links")]
    [InlineData("![a](", "more than 200 links")]
    [InlineData("[", "more than 200 links")]
    [InlineData("http://a.example ", "more than 500 web addresses")]
    [InlineData("www.a.example ", "more than 500 web addresses")]
    [InlineData("*a ", "more than 300 emphasis marks")]
    [InlineData("_a ", "more than 300 emphasis marks")]
    public void Parse_ParagraphThatWouldTakeLongToRender_IsRejectedAtItsFirstLine(string unit, string expected)
    {
        var paragraph = string.Concat(Enumerable.Repeat(unit, 40_000));

        var error = Assert.Single(Parse("A fine paragraph.\n\n" + paragraph).Errors);

        Assert.Equal(10, error.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("split it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ListOfManyLinks_IsAcceptedBecauseEachItemIsItsOwnParagraph()
    {
        var list = string.Join('\n', Enumerable.Range(1, 400).Select(i => $"- [Link {i}](https://example.com/{i})"));

        Assert.NotNull(Parse(list).Article);
    }

    [Fact]
    public void Parse_DeeplyNestedQuotes_IsReportedNotThrown()
    {
        var error = Assert.Single(Parse(string.Concat(Enumerable.Repeat("> ", 10_000)) + "text").Errors);

        Assert.Contains("nested too deeply", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HalfAMegabyteOfParagraphsJustUnderTheLimits_Finishes()
    {
        // Not a timing assertion (the machine may be busy): the figures are in MarkdownLimits. This
        // shows such files are accepted and parsed, and prints how long they took.
        var paragraph = string.Concat(Enumerable.Repeat("[a](", MarkdownLimits.LinkOpeners)) + "\n\n";
        var body = string.Concat(Enumerable.Repeat(paragraph, 512 * 1024 / paragraph.Length));
        var watch = Stopwatch.StartNew();

        var result = Parse(body);

        Assert.NotNull(result.Article);
        Console.WriteLine($"512 KB of paragraphs with {MarkdownLimits.LinkOpeners} '[a](' each: {watch.ElapsedMilliseconds} ms");
    }
}
