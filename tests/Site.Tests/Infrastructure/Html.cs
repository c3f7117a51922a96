using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Site.Tests.Infrastructure;

public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>A paragraph's words as a reader sees them, without its "¶" permalink anchor.</summary>
    public static string TextWithoutParagraphLink(IElement paragraph)
    {
        var copy = (IElement)paragraph.Clone(deep: true);
        foreach (var link in copy.QuerySelectorAll("a.para-link"))
        {
            link.Remove();
        }

        return copy.TextContent;
    }

    /// <summary>GETs a page, asserts the status, and returns its parsed DOM.</summary>
    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string path, int expectedStatus = 200)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(expectedStatus, (int)response.StatusCode);
        return Parse(await response.Content.ReadAsStringAsync());
    }
}
