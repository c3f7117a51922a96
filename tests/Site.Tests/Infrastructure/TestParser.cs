using Site.Articles.Model;
using Site.Articles.Parsing;

namespace Site.Tests.Infrastructure;

/// <summary>The site's parser over the test web root, and the shortcuts the parser tests share.</summary>
public static class TestParser
{
    public const string TestPath = "2024/test.md";

    public static ArticleParser Parser { get; } = new(new MarkdownRenderer(), TestImages.LeadImages);

    public static ArticleParseResult Parse(string markdown, string path = TestPath) => Parser.Parse(path, markdown, "en");

    /// <summary>Parses a file that must fail with exactly one error, and returns it.</summary>
    public static ContentError SingleError(string markdown)
    {
        var result = Parse(markdown);
        Assert.Null(result.Article);
        return Assert.Single(result.Errors);
    }
}
