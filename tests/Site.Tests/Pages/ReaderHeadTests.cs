using System.Buffers.Binary;
using System.Net;
using System.Text.Json;
using Site.Tests.Infrastructure;

namespace Site.Tests.Pages;

/// <summary>What the layout promises browsers and home screens: icons, manifest, themes, and nothing inline.</summary>
[Collection(RepositoryContentGroup.Name)]
public sealed class ReaderHeadTests(RepositoryContentFixture fixture)
{
    private readonly HttpClient _client = fixture.Factory.CreateRawClient();

    [Theory]
    [InlineData("link[rel=icon]", @"^/favicon\.[a-z0-9]+\.svg$", "image/svg+xml")]
    [InlineData("link[rel=apple-touch-icon]", @"^/apple-touch-icon\.[a-z0-9]+\.png$", "image/png")]
    [InlineData("link[rel=manifest]", @"^/site\.[a-z0-9]+\.webmanifest$", "application/manifest+json")]
    public async Task Layout_LinksFingerprintedAsset_ServedWithItsType(string selector, string pattern, string mediaType)
    {
        var page = await _client.GetDocumentAsync(SeedArticle.Permalink);
        var href = page.QuerySelector(selector)?.GetAttribute("href");

        Assert.Matches(pattern, href);
        using var response = await _client.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AppleTouchIcon_IsA180PixelSquarePng()
    {
        var png = await _client.GetByteArrayAsync("/apple-touch-icon.png");

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(180, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(180, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Fact]
    public async Task Manifest_NamesTheSite_AndEveryIconIsServed()
    {
        using var manifest = JsonDocument.Parse(await _client.GetStringAsync("/site.webmanifest"));

        Assert.Equal("The Meridian", manifest.RootElement.GetProperty("name").GetString());
        foreach (var icon in manifest.RootElement.GetProperty("icons").EnumerateArray())
        {
            using var response = await _client.GetAsync(icon.GetProperty("src").GetString());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(icon.GetProperty("type").GetString(), response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Layout_DeclaresBothColourSchemes_AndAThemeColourForEach()
    {
        var page = await _client.GetDocumentAsync("/");

        Assert.Equal("light dark", page.QuerySelector("meta[name=color-scheme]")?.GetAttribute("content"));
        Assert.Equal(
            ["(prefers-color-scheme: light)", "(prefers-color-scheme: dark)"],
            page.QuerySelectorAll("meta[name=theme-color]").Select(m => m.GetAttribute("media")));
    }

    [Fact]
    public async Task ArticlePage_CarriesItsCanonicalAddressForPrint()
    {
        var page = await _client.GetDocumentAsync(SeedArticle.Permalink);

        Assert.Contains(SiteFactory.BaseUrl + SeedArticle.Permalink, page.QuerySelector("article .print-only")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData(SeedArticle.Permalink)]
    [InlineData("/tags/russia")]
    public async Task Pages_HaveNoInlineStyleOrScript_WhichTheCspWouldBlock(string path)
    {
        var page = await _client.GetDocumentAsync(path);

        // JSON-LD is data, not script: the CSP does not apply to it.
        Assert.Empty(page.QuerySelectorAll("[style], style, script:not([src]):not([type='application/ld+json'])"));
    }
}
