using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using Site.Sharing;
using Site.Tests.Infrastructure;

namespace Site.Tests.Sharing;

/// <summary>The head of each page as link previews and search engines read it.</summary>
[Collection(RepositoryContentGroup.Name)]
public sealed class PreviewMetadataTests(RepositoryContentFixture fixture)
{
    private const string Headline = "Putin voices strong support for Palestinian statehood in Abbas talks";
    private const string CardUrl = @"^https://news\.example\.com/cards/[0-9a-f]{16}/";

    private readonly HttpClient _client = fixture.Factory.CreateRawClient();

    [Fact]
    public async Task ArticlePage_HasTitleDescriptionCanonicalAndRobots()
    {
        var page = await _client.GetDocumentAsync(SeedArticle.Permalink);

        Assert.Equal(Headline, page.Title);
        Assert.StartsWith("Meeting Mahmoud Abbas", Meta(page, "name", "description"), StringComparison.Ordinal);
        Assert.Equal(SiteFactory.BaseUrl + SeedArticle.Permalink, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("max-image-preview:large", Meta(page, "name", "robots"));
    }

    [Fact]
    public async Task ArticlePage_HasOpenGraphWithAnAbsoluteCardImage()
    {
        var page = await _client.GetDocumentAsync(SeedArticle.Permalink);

        Assert.Equal("article", Meta(page, "property", "og:type"));
        Assert.Equal(Headline, Meta(page, "property", "og:title"));
        Assert.StartsWith("Meeting Mahmoud Abbas", Meta(page, "property", "og:description"), StringComparison.Ordinal);
        Assert.Equal(SiteFactory.BaseUrl + SeedArticle.Permalink, Meta(page, "property", "og:url"));
        Assert.Equal("The Meridian", Meta(page, "property", "og:site_name"));
        Assert.Equal("en_US", Meta(page, "property", "og:locale"));
        Assert.Matches(CardUrl + "1200x630\\.png$", Meta(page, "property", "og:image"));
        Assert.Equal("1200", Meta(page, "property", "og:image:width"));
        Assert.Equal("630", Meta(page, "property", "og:image:height"));
        Assert.Equal("image/png", Meta(page, "property", "og:image:type"));
        Assert.Contains(Headline, Meta(page, "property", "og:image:alt"), StringComparison.Ordinal);
        Assert.Equal("2024-08-13T19:00:00+03:00", Meta(page, "property", "article:published_time"));
        Assert.Equal("2024-08-13T19:00:00+03:00", Meta(page, "property", "article:modified_time"));
        Assert.Equal("Reuters", Meta(page, "property", "article:author"));
        Assert.Equal("Russia", Meta(page, "property", "article:section"));
        Assert.Equal(
            ["Russia", "Palestine", "Gaza", "Middle East", "Vladimir Putin", "Mahmoud Abbas"],
            page.QuerySelectorAll("meta[property='article:tag']").Select(m => m.GetAttribute("content")));
    }

    [Fact]
    public async Task ArticlePage_HasTwitterCardAndSlackLabels()
    {
        var page = await _client.GetDocumentAsync(SeedArticle.Permalink);

        Assert.Equal("summary_large_image", Meta(page, "name", "twitter:card"));
        Assert.Equal(Headline, Meta(page, "name", "twitter:title"));
        Assert.StartsWith("Meeting Mahmoud Abbas", Meta(page, "name", "twitter:description"), StringComparison.Ordinal);
        Assert.Equal(Meta(page, "property", "og:image"), Meta(page, "name", "twitter:image"));
        Assert.Equal(Meta(page, "property", "og:image:alt"), Meta(page, "name", "twitter:image:alt"));
        Assert.Equal("Written by", Meta(page, "name", "twitter:label1"));
        Assert.Equal("Reuters", Meta(page, "name", "twitter:data1"));
        Assert.Equal("Reading time", Meta(page, "name", "twitter:label2"));
        Assert.Matches(@"^\d+ min read$", Meta(page, "name", "twitter:data2"));
    }

    [Fact]
    public async Task ArticlePage_HasNewsArticleJsonLd()
    {
        var page = await _client.GetDocumentAsync(SeedArticle.Permalink);
        using var json = JsonLd(page);
        var data = json.RootElement;

        Assert.Equal("https://schema.org", data.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", data.GetProperty("@type").GetString());
        Assert.Equal(Headline, data.GetProperty("headline").GetString());
        Assert.StartsWith("Meeting Mahmoud Abbas", data.GetProperty("description").GetString(), StringComparison.Ordinal);
        var images = data.GetProperty("image").EnumerateArray().Select(i => i.GetString()).ToList();
        Assert.Collection(images,
            i => Assert.Matches(CardUrl + "1200x675\\.png$", i),
            i => Assert.Matches(CardUrl + "1200x900\\.png$", i),
            i => Assert.Matches(CardUrl + "1200x1200\\.png$", i));
        Assert.Equal("2024-08-13T19:00:00+03:00", data.GetProperty("datePublished").GetString());
        Assert.Equal("2024-08-13T19:00:00+03:00", data.GetProperty("dateModified").GetString());
        Assert.Equal(TimeSpan.FromHours(3), DateTimeOffset.Parse(data.GetProperty("datePublished").GetString()!, CultureInfo.InvariantCulture).Offset);
        Assert.Equal("Organization", data.GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal("Reuters", data.GetProperty("author").GetProperty("name").GetString());
        var publisher = data.GetProperty("publisher");
        Assert.Equal("Organization", publisher.GetProperty("@type").GetString());
        Assert.Equal("The Meridian", publisher.GetProperty("name").GetString());
        Assert.Equal("ImageObject", publisher.GetProperty("logo").GetProperty("@type").GetString());
        Assert.Matches(CardUrl + "logo-600x60\\.png$", publisher.GetProperty("logo").GetProperty("url").GetString());
        Assert.Equal(600, publisher.GetProperty("logo").GetProperty("width").GetInt32());
        Assert.Equal(60, publisher.GetProperty("logo").GetProperty("height").GetInt32());
        Assert.Equal(SiteFactory.BaseUrl + SeedArticle.Permalink, data.GetProperty("mainEntityOfPage").GetProperty("@id").GetString());
        Assert.Equal("en", data.GetProperty("inLanguage").GetString());
        Assert.Contains("Middle East", data.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.InRange(data.GetProperty("wordCount").GetInt32(), 300, 600);
        Assert.True(data.GetProperty("isAccessibleForFree").GetBoolean());
    }

    [Fact]
    public async Task HomePage_HasWebSiteJsonLdAndASiteCard()
    {
        var page = await _client.GetDocumentAsync("/");
        using var json = JsonLd(page);

        Assert.Equal("WebSite", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal(SiteFactory.BaseUrl + "/", json.RootElement.GetProperty("url").GetString());
        Assert.Equal("website", Meta(page, "property", "og:type"));
        Assert.Equal(SiteFactory.BaseUrl + "/", Meta(page, "property", "og:url"));
        Assert.Matches(CardUrl + "1200x630\\.png$", Meta(page, "property", "og:image"));
        Assert.Equal("summary_large_image", Meta(page, "name", "twitter:card"));
        Assert.Null(page.QuerySelector("meta[property='article:published_time']"));
    }

    [Fact]
    public async Task TagPage_HasCollectionPageJsonLdListingItsArticles()
    {
        var page = await _client.GetDocumentAsync("/tags/middle-east");
        using var json = JsonLd(page);
        var data = json.RootElement;

        Assert.Equal("CollectionPage", data.GetProperty("@type").GetString());
        Assert.Equal(SiteFactory.BaseUrl + "/tags/middle-east", data.GetProperty("url").GetString());
        var items = data.GetProperty("mainEntity").GetProperty("itemListElement").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, items.Count), items.Select(i => i.GetProperty("position").GetInt32()));
        Assert.Contains(SiteFactory.BaseUrl + SeedArticle.Permalink, items.Select(i => i.GetProperty("url").GetString()));
        Assert.Equal(SiteFactory.BaseUrl + "/tags/middle-east", Meta(page, "property", "og:url"));
        Assert.Matches(CardUrl + "1200x630\\.png$", Meta(page, "property", "og:image"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/tags/russia")]
    [InlineData(SeedArticle.Permalink)]
    public async Task EveryPage_LinksItsFeed_AndNamesNoOtherHostThanBaseUrl(string path)
    {
        // A site of its own: the page must be rendered for this request, not come from the cache.
        using var site = new SiteFactory(SiteFactory.RepositoryContent);
        using var client = site.CreateRawClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "evil.example";
        using var response = await client.SendAsync(request);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(SiteFactory.BaseUrl + "/feed.xml", page.QuerySelector("link[rel=alternate][type='application/atom+xml']")?.GetAttribute("href"));
        Assert.DoesNotContain("evil.example", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        var absolute = page.QuerySelectorAll("meta[content^='http'], link[href^='http']")
            .Select(e => e.GetAttribute("content") ?? e.GetAttribute("href"))
            .Concat(JsonLd(page).RootElement.ToString().Split('"').Where(s => s.StartsWith("http", StringComparison.Ordinal) && s != "https://schema.org"))
            .ToList();
        Assert.NotEmpty(absolute);
        Assert.All(absolute, url => Assert.StartsWith(SiteFactory.BaseUrl + "/", url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ArticlePage_HasPlainShareLinksWithTheEncodedPermalink()
    {
        var page = await _client.GetDocumentAsync(SeedArticle.Permalink);
        var encoded = Uri.EscapeDataString(SiteFactory.BaseUrl + SeedArticle.Permalink);

        var links = page.QuerySelectorAll("article .share a.share-link").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(6, links.Count);
        Assert.Contains($"https://www.facebook.com/sharer/sharer.php?u={encoded}", links);
        Assert.Contains(links, l => l.StartsWith("https://x.com/intent/post?url=" + encoded + "&text=Putin%20voices", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("https://www.linkedin.com/", StringComparison.Ordinal) && l.Contains(encoded, StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("https://t.me/share/url?url=" + encoded, StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("https://wa.me/?text=", StringComparison.Ordinal) && l.Contains(encoded, StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("mailto:?subject=Putin%20voices", StringComparison.Ordinal) && l.Contains(encoded, StringComparison.Ordinal));
        Assert.All(page.QuerySelectorAll("script[src]"), s => Assert.StartsWith("/js/", s.GetAttribute("src"), StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
        Assert.NotNull(page.QuerySelector("script[src^='/js/share.'][defer]"));
    }

    [Fact]
    public async Task PermissionsPolicy_LetsThisSiteUseTheShareSheet_AndStillDeniesTheCamera()
    {
        using var response = await _client.GetAsync(SeedArticle.Permalink);

        var policy = string.Join(", ", response.Headers.GetValues("Permissions-Policy"));
        Assert.Contains("web-share=self", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("web-share=()", policy, StringComparison.Ordinal);
        Assert.Contains("camera=()", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShareScript_IsServedFromThisSite()
    {
        var page = await _client.GetDocumentAsync(SeedArticle.Permalink);
        using var response = await _client.GetAsync(page.QuerySelector("script[src^='/js/share.']")!.GetAttribute("src"));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("navigator.clipboard", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string? Meta(IDocument page, string attribute, string name)
    {
        var matches = page.Head!.QuerySelectorAll($"meta[{attribute}='{name}']");
        Assert.True(matches.Length == 1, $"expected one meta {attribute}={name}, found {matches.Length}");
        return matches[0].GetAttribute("content");
    }

    private static JsonDocument JsonLd(IDocument page) =>
        JsonDocument.Parse(Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']")).TextContent);

    [Theory]
    [InlineData("en", "en_US")]
    [InlineData("en-GB", "en_GB")]
    [InlineData("ru", "ru_RU")]
    [InlineData("pt-BR", "pt_BR")]
    public void Locale_IsLanguageAndTerritory(string language, string expected)
    {
        Assert.Equal(expected, SharePreviews.Locale(language));
    }
}
