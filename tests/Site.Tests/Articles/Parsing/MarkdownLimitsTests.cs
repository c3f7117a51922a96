using System.Diagnostics;
using Site.Articles.Parsing;
using Site.Tests.Infrastructure;

namespace Site.Tests.Articles.Parsing;

public sealed class MarkdownLimitsTests
{
    private static readonly ArticleParser Parser = TestParser.Parser;

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
    public void Parse_FileWithTooManyLinksInAll_IsRejectedAtTheLineThatGoesOver()
    {
        var paragraph = string.Concat(Enumerable.Repeat("[a](", 100));
        var body = string.Join("\n\n", Enumerable.Repeat(paragraph, 60));

        var error = Assert.Single(Parse(body).Errors);

        Assert.Equal(8 + (2 * 50), error.Line);
        Assert.Contains("the file has more than 5,000 links", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[a](", MarkdownLimits.LinkOpeners)]
    [InlineData("http://a.example ", MarkdownLimits.WebAddresses)]
    [InlineData("*a ", MarkdownLimits.EmphasisMarks)]
    [InlineData("http://a.example ", 40_000)]
    public void Parse_HalfAMegabyteOfCostlyParagraphs_EndsWithAnArticleOrErrors(string unit, int perParagraph)
    {
        // Not a timing assertion (the machine may be busy); the time is printed for the record.
        var paragraph = string.Concat(Enumerable.Repeat(unit, perParagraph)) + "\n\n";
        var body = string.Concat(Enumerable.Repeat(paragraph, Math.Max(1, 512 * 1024 / paragraph.Length)));
        var watch = Stopwatch.StartNew();

        var result = Parse(body);

        Assert.True(result.Article is not null || result.Errors.Length > 0);
        Console.WriteLine($"{body.Length / 1024} KB of '{unit}' x {perParagraph} a paragraph: {watch.ElapsedMilliseconds} ms, {result.Errors.Length} errors");
    }

    [Fact]
    public void Parse_HalfAMegabyteJustUnderEveryLimit_IsAccepted()
    {
        // The costliest file the limits let through, as far as they know: printed, not asserted.
        var costly = string.Concat(Enumerable.Repeat("[a]( *a http://a.example ", 199)) + "\n\n";
        var plain = string.Concat(Enumerable.Repeat("Plain words in a plain paragraph. ", 20)) + "\n\n";
        var body = string.Concat(Enumerable.Repeat(costly, 25)) + string.Concat(Enumerable.Repeat(plain, 400 * 1024 / plain.Length));
        var watch = Stopwatch.StartNew();

        var result = Parse(body);

        Assert.NotNull(result.Article);
        Console.WriteLine($"{body.Length / 1024} KB just under every limit: {watch.ElapsedMilliseconds} ms");
    }
}
