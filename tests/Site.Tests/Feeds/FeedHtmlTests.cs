using Site.Articles.Parsing;
using Site.Feeds;
using Site.Tests.Infrastructure;

namespace Site.Tests.Feeds;

public sealed class FeedHtmlTests
{
    private static readonly Uri Page = new("https://news.example.com/2024/08/13/story");
    private static readonly MarkdownRenderer Renderer = new();

    private static AngleSharp.Dom.IDocument Feed(string markdown) =>
        Html.Parse(FeedHtml.For(Renderer.ToHtml(Renderer.Parse(markdown)), Page));

    [Theory]
    [InlineData("[a](/tags/russia)", "https://news.example.com/tags/russia")]
    [InlineData("[a](#note)", "https://news.example.com/2024/08/13/story#note")]
    [InlineData("[a](other?x=1&y=2)", "https://news.example.com/2024/08/13/other?x=1&y=2")]
    [InlineData("[a](https://example.org/x)", "https://example.org/x")]
    [InlineData("[a](mailto:desk@example.com)", "mailto:desk@example.com")]
    public void Links_BecomeAbsolute_AndAbsoluteOnesAreKept(string markdown, string expected)
    {
        Assert.Equal(expected, Feed(markdown).QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public void Images_BecomeAbsolute()
    {
        Assert.Equal("https://news.example.com/images/x.jpg", Feed("![alt](/images/x.jpg)").QuerySelector("img")?.GetAttribute("src"));
    }

    [Fact]
    public void ParagraphAnchors_AreLeftOut_AndParagraphIdsKept()
    {
        var html = Feed("One.\n\nTwo.");

        Assert.Empty(html.QuerySelectorAll("a"));
        Assert.Equal(["One.", "Two."], html.QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.All(html.QuerySelectorAll("p"), p => Assert.StartsWith("p-", p.Id, StringComparison.Ordinal));
    }
}
