using System.Net;
using AngleSharp.Dom;
using Site.Tests.Infrastructure;

namespace Site.Tests.Sharing;

[Collection(RepositoryContentGroup.Name)]
public sealed class CardEndpointTests(RepositoryContentFixture fixture)
{
    private readonly HttpClient _client = fixture.Factory.CreateRawClient();

    public static TheoryData<string> Images() => ["og:image", "ld:0", "ld:1", "ld:2", "logo"];

    [Theory]
    [MemberData(nameof(Images))]
    public async Task ArticleCard_IsAPngOfTheAdvertisedSize_UnderTheLimit_CachedForever(string which)
    {
        var page = await _client.GetDocumentAsync(SeedArticle.Permalink);
        var url = ImageUrl(page, which);

        using var response = await _client.GetAsync(url);
        var png = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var size = Png.Size(png);
        Assert.Matches($"/{(which == "logo" ? "logo-" : "")}{size.Width}x{size.Height}\\.png$", url);
        Assert.InRange(png.Length, 1, 300 * 1024);
        var cacheControl = response.Headers.CacheControl!;
        Assert.True(cacheControl.Public);
        Assert.Equal(TimeSpan.FromDays(365), cacheControl.MaxAge);
        Assert.Contains(cacheControl.Extensions, e => e.Name == "immutable");
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task ArticleCard_IsByteStable_AndAnswersIfNoneMatchWith304()
    {
        var page = await _client.GetDocumentAsync(SeedArticle.Permalink);
        var url = ImageUrl(page, "og:image");

        using var first = await _client.GetAsync(url);
        using var second = await _client.GetAsync(url);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await _client.SendAsync(conditional);

        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task SiteCard_IsServed()
    {
        var page = await _client.GetDocumentAsync("/");
        using var response = await _client.GetAsync(ImageUrl(page, "og:image"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((1200, 630), Png.Size(await response.Content.ReadAsByteArrayAsync()));
    }

    [Theory]
    [InlineData("/cards/0123456789abcdef/1200x630.png")]
    [InlineData("/cards/not-a-hash/1200x630.png")]
    [InlineData("/cards/0123456789abcdef/999x999.png")]
    public async Task UnknownCard_Returns404(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task KnownHash_InAnUnknownFormat_Returns404()
    {
        var page = await _client.GetDocumentAsync(SeedArticle.Permalink);
        var url = ImageUrl(page, "og:image").Replace("1200x630", "1200x631", StringComparison.Ordinal);

        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    internal static string ImageUrl(IDocument page, string which)
    {
        using var json = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var absolute = which switch
        {
            "og:image" => page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!,
            "logo" => json.RootElement.GetProperty("publisher").GetProperty("logo").GetProperty("url").GetString()!,
            _ => json.RootElement.GetProperty("image")[int.Parse(which[3..], System.Globalization.CultureInfo.InvariantCulture)].GetString()!,
        };
        return new Uri(absolute).PathAndQuery;
    }
}
