using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Site.Articles.Catalog;
using Site.Articles.Loading;
using Site.Tests.Infrastructure;

namespace Site.Tests.Sharing;

/// <summary>Cards and previews over content each test writes: edits, hostile titles, drafts, own images.</summary>
public sealed class CardContentTests : IDisposable
{
    private readonly ContentFolder _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task ChangedHeadline_GivesTheCardANewUrl_AndTheOldOneGoes()
    {
        _content.Write("a.md", ArticleFiles.Markdown(title: "First headline", extra: "slug: story"));
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();
        var before = CardEndpointTests.ImageUrl(await client.GetDocumentAsync("/2024/08/13/story"), "og:image");
        using (var response = await client.GetAsync(before))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        _content.Write("a.md", ArticleFiles.Markdown(title: "Second headline", extra: "slug: story"));
        site.Services.GetRequiredService<ArticleLoader>().Load();
        var after = CardEndpointTests.ImageUrl(await client.GetDocumentAsync("/2024/08/13/story"), "og:image");
        using var old = await client.GetAsync(before);
        using var current = await client.GetAsync(after);

        Assert.NotEqual(before, after);
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
    }

    [Fact]
    public async Task ScriptEndTagInTheTitle_CannotBreakOutOfTheJsonLd()
    {
        const string Title = "Evil </script><script>alert(1)</script> & <!-- \"quotes\"";
        _content.Write("a.md", ArticleFiles.Markdown(title: $"'{Title}'", extra: "slug: evil\nauthor: </script>Mallory"));
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        var html = await client.GetStringAsync("/2024/08/13/evil");
        var page = Html.Parse(html);

        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Equal(Title, json.RootElement.GetProperty("headline").GetString());
        Assert.Equal("</script>Mallory", json.RootElement.GetProperty("author").GetProperty("name").GetString());
        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("<script type=\"application/ld+json\">{", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NamedAuthor_IsAPersonInJsonLd_AndTheWriterInSlackLabels()
    {
        _content.Write("a.md", ArticleFiles.Markdown(extra: "slug: story\nauthor: Jane Reporter\nupdated: 2024-08-14T09:30:00+03:00"));
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        var page = await client.GetDocumentAsync("/2024/08/13/story");
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);

        Assert.Equal("Person", json.RootElement.GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal("Jane Reporter", json.RootElement.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("2024-08-14T09:30:00+03:00", json.RootElement.GetProperty("dateModified").GetString());
        Assert.Equal("2024-08-14T09:30:00+03:00", page.QuerySelector("meta[property='article:modified_time']")?.GetAttribute("content"));
        Assert.Equal("Jane Reporter", page.QuerySelector("meta[name='twitter:data1']")?.GetAttribute("content"));
    }

    [Fact]
    public async Task ScheduledArticle_HasNoCardUntilItIsPublished()
    {
        _content.Write("soon.md", ArticleFiles.Markdown(title: "Soon", date: "2026-01-01T15:00:00+00:00"));
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();
        var article = site.Services.GetRequiredService<ArticleRepository>().Catalog.NewestFirst.Single();
        var cards = site.Services.GetRequiredService<Site.Sharing.SocialCards>();
        var path = Site.Sharing.SocialCards.PathOf(cards.ForArticle(article), Site.Sharing.CardFormat.OpenGraph);

        using var before = await client.GetAsync(path);
        site.Time.Advance(TimeSpan.FromHours(4));
        using var after = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task OwnImage_IsThePreviewImage_WithItsSizeTypeAndAlt_InPageAndFeed()
    {
        _content.Write("a.md", ArticleFiles.Markdown(extra: "slug: story\nimage: /images/photo.jpg\nimage_alt: Two men shaking hands"));
        using var site = new SiteFactory(_content.Path);
        using var withImages = site.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton(TestImages.LeadImages)));
        using var client = withImages.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri(SiteFactory.BaseUrl) });
        const string Url = SiteFactory.BaseUrl + "/images/photo.jpg";

        var page = await client.GetDocumentAsync("/2024/08/13/story");
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var feed = await client.GetStringAsync("/feed.xml");

        Assert.Equal(Url, page.QuerySelector("meta[property='og:image']")?.GetAttribute("content"));
        Assert.Equal("1600", page.QuerySelector("meta[property='og:image:width']")?.GetAttribute("content"));
        Assert.Equal("900", page.QuerySelector("meta[property='og:image:height']")?.GetAttribute("content"));
        Assert.Equal("image/jpeg", page.QuerySelector("meta[property='og:image:type']")?.GetAttribute("content"));
        Assert.Equal("Two men shaking hands", page.QuerySelector("meta[property='og:image:alt']")?.GetAttribute("content"));
        Assert.Equal(Url, page.QuerySelector("meta[name='twitter:image']")?.GetAttribute("content"));
        Assert.Equal([Url], json.RootElement.GetProperty("image").EnumerateArray().Select(i => i.GetString()));
        Assert.Contains($"href=\"{Url}\"", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingImage_IsAContentErrorNamingTheFileAndLine()
    {
        _content.Write("2024/a.md", ArticleFiles.Markdown(extra: "image: /images/nowhere.jpg\nimage_alt: Nothing"));
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        await client.GetDocumentAsync("/");

        var error = Assert.Single(site.Services.GetRequiredService<ArticleRepository>().Catalog.Errors);
        Assert.Equal("2024/a.md:5: image '/images/nowhere.jpg' does not exist under wwwroot", error.ToString());
    }
}
