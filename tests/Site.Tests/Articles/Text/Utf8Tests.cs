using System.Text;
using Site.Articles.Parsing;
using Site.Tests.Infrastructure;

namespace Site.Tests.Articles.Text;

public sealed class Utf8Tests
{
    private static readonly ArticleParser Parser = TestParser.Parser;

    private static ArticleParseResult Parse(byte[] bytes) => Parser.Parse("2024/test.md", bytes, "en");

    [Fact]
    public void Parse_Utf8Bytes_GiveTheSameArticleAsTheText()
    {
        var markdown = ArticleFiles.Markdown(title: "Café in Россия");

        var article = Parse(Encoding.UTF8.GetBytes(markdown)).Article;

        Assert.Equal(Parser.Parse("2024/test.md", markdown, "en").Article, article);
    }

    [Fact]
    public void Parse_Utf8WithByteOrderMark_IsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ArticleFiles.Markdown())).ToArray();

        Assert.Equal("A test article", Parse(bytes).Article?.Title);
    }

    [Fact]
    public void Parse_Latin1File_IsRejectedAtTheLineOfTheFirstBadByte()
    {
        var bytes = Encoding.Latin1.GetBytes(ArticleFiles.Markdown(body: "Plain first paragraph.\r\n\r\nCafé crème."));

        var error = Assert.Single(Parse(bytes).Errors);

        Assert.Equal(10, error.Line);
        Assert.Equal("the file is not UTF-8 text (first bad byte on this line): save the file as UTF-8", error.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xE2, 0x82 })]
    public void Parse_SurrogatesOverlongFormsAndCutSequences_AreNotUtf8(byte[] bad)
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: ").Concat(bad).Concat(Encoding.UTF8.GetBytes("\n---\n")).ToArray();

        Assert.Equal(2, Assert.Single(Parse(bytes).Errors).Line);
    }
}
