using System.Xml.Linq;
using Site.Tests.Infrastructure;

namespace Site.Tests.Pages;

/// <summary>Browsers find the site's search from any page, at the public address.</summary>
public sealed class OpenSearchTests : IDisposable
{
    private static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";
    private readonly ContentFolder _content = new();

    public OpenSearchTests() => _content.Write("2024/story.md", ArticleFiles.Markdown());

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task OpenSearchDescription_PointsAtSearch_WithAbsoluteUrlsFromTheBaseUrl()
    {
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        using var response = await client.GetAsync("/opensearch.xml");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/opensearchdescription+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("The Meridian", xml.Root?.Element(OpenSearch + "ShortName")?.Value);
        var url = xml.Root?.Element(OpenSearch + "Url");
        Assert.Equal("text/html", url?.Attribute("type")?.Value);
        Assert.Equal(SiteFactory.BaseUrl + "/search?q={searchTerms}", url?.Attribute("template")?.Value);
    }

    [Theory]
    [InlineData("/", 200)]
    [InlineData("/2024/08/13/story", 200)]
    [InlineData("/search?q=test", 200)]
    [InlineData("/no-such-page", 404)]
    public async Task EveryPage_LinksTheDescription_AndHasTheSearchForm(string path, int status)
    {
        using var site = new SiteFactory(_content.Path);
        await site.WaitForSearchAsync();
        using var client = site.CreateRawClient();

        var page = await client.GetDocumentAsync(path, status);

        var link = page.QuerySelector("head link[rel=search]");
        Assert.Equal("application/opensearchdescription+xml", link?.GetAttribute("type"));
        Assert.Equal(SiteFactory.BaseUrl + "/opensearch.xml", link?.GetAttribute("href"));
        var form = page.QuerySelector("header form[role=search]");
        Assert.Equal("/search", form?.GetAttribute("action"));
        Assert.Equal("get", form?.GetAttribute("method"));
        var input = form?.QuerySelector("input[name=q]");
        Assert.NotNull(form?.QuerySelector($"label[for='{input?.Id}']"));
        Assert.Equal("Search the site", input?.GetAttribute("placeholder"));
    }
}
