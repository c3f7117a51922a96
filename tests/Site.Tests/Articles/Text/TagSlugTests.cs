using Site.Articles.Model;
using Site.Articles.Parsing;
using Site.Tests.Infrastructure;

namespace Site.Tests.Articles.Text;

public sealed class TagSlugTests
{
    private static readonly ArticleParser Parser = TestParser.Parser;

    private static ArticleParseResult Parse(string tags) =>
        Parser.Parse("2024/test.md", ArticleFiles.Markdown(extra: "tags:\n" + tags), "en");

    [Fact]
    public void Parse_TagInCyrillic_IsTransliterated()
    {
        var article = Parse("  - Россия").Article;

        Assert.NotNull(article);
        Assert.Equal(new Tag("Россия", "rossiya"), Assert.Single(article.Tags));
    }

    [Fact]
    public void Parse_CSharpAndCPlusPlus_GetTheirOwnPages()
    {
        var article = Parse("  - C#\n  - C++\n  - C").Article;

        Assert.NotNull(article);
        Assert.Equal(["/tags/c-sharp", "/tags/c-plus-plus", "/tags/c"], article.Tags.Select(t => t.Path));
    }

    [Fact]
    public void Parse_TwoDifferentTagsWithOneSlug_IsReportedAtTheSecond()
    {
        var result = Parse("  - Middle East\n  - Russia\n  - Middle-East");

        Assert.Null(result.Article);
        var error = Assert.Single(result.Errors);
        Assert.Equal(8, error.Line);
        Assert.Contains("tags 'Middle East' and 'Middle-East' would share one page, /tags/middle-east", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SameTagInAnotherCase_IsMergedSilently()
    {
        var article = Parse("  - Russia\n  - russia").Article;

        Assert.NotNull(article);
        Assert.Equal("Russia", Assert.Single(article.Tags).Name);
    }

    [Fact]
    public void Parse_TagWithNoLettersOrDigits_IsReportedAtItsLine()
    {
        var error = Assert.Single(Parse("  - Fine\n  - '!!!'").Errors);

        Assert.Equal(7, error.Line);
        Assert.Contains("tag '!!!' has no letters or digits", error.Message, StringComparison.Ordinal);
    }
}
