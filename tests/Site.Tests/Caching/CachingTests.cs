using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Site.Articles.Catalog;
using Site.Articles.Loading;
using Site.Caching;
using Site.Tests.Infrastructure;

namespace Site.Tests.Caching;

/// <summary>What the kept responses, compression and conditional requests promise readers and crawlers.</summary>
public sealed class CachingTests : IDisposable
{
    private readonly ContentFolder _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/")]
    [InlineData("/2024/08/13/a-test-article")]
    public async Task Head_IsAnsweredLikeGet(string path)
    {
        _content.Write("a-test-article.md", ArticleFiles.Markdown());
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A response answered from memory is the one first sent: every header but Date, and every byte.</summary>
    [Theory]
    [InlineData("/2024/08/13/a-test-article", null)]
    [InlineData("/2024/08/13/a-test-article", "gzip")]
    [InlineData("/", "br")]
    [InlineData("/feed.xml", "gzip")]
    public async Task KeptResponse_IsTheFirstOne_HeadersAndBytes(string path, string? encoding)
    {
        _content.Write("a-test-article.md", ArticleFiles.Markdown());
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();
        async Task<(string Headers, byte[] Body)> GetAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (encoding is not null)
            {
                request.Headers.AcceptEncoding.ParseAdd(encoding);
            }

            using var response = await client.SendAsync(request);
            var headers = response.Headers.Concat(response.Content.Headers)
                .Where(header => header.Key != "Date")
                .OrderBy(header => header.Key, StringComparer.Ordinal)
                .Select(header => $"{header.Key}: {string.Join(", ", header.Value)}");
            return (string.Join("\n", headers), await response.Content.ReadAsByteArrayAsync());
        }

        var first = await GetAsync();
        var kept = await GetAsync();

        Assert.Equal(first.Headers, kept.Headers);
        Assert.Equal(first.Body, kept.Body);
        Assert.Contains("Content-Security-Policy", first.Headers, StringComparison.Ordinal);
        Assert.Contains("ETag", first.Headers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryStrings_ShareOneKeptResponse_SoTheyCannotFillMemory()
    {
        _content.Write("a-test-article.md", ArticleFiles.Markdown());
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        for (var i = 0; i < 50; i++)
        {
            using var response = await client.GetAsync($"/?page={i}&utm_source={i}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var cache = site.Services.GetRequiredService<RenderedResponseCache>();
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public async Task Head_OnACard_IsAnsweredLikeGet()
    {
        _content.Write("a-test-article.md", ArticleFiles.Markdown());
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();
        var page = await client.GetDocumentAsync("/2024/08/13/a-test-article");
        var card = new Uri(page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!).AbsolutePath;

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, card));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>
    /// Last-Modified is the content's own date, so a back-dated article does not move it; a
    /// browser or cache revalidates with the ETag too, and that does change.
    /// </summary>
    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/")]
    public async Task Revalidation_AfterABackDatedArticleIsAdded_GetsTheNewBody(string path)
    {
        _content.Write("recent-story.md", ArticleFiles.Markdown(title: "Recent story"));
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();
        using var first = await client.GetAsync(path);
        var lastModified = first.Content.Headers.LastModified;
        var etag = first.Headers.ETag!;

        _content.Write("back-dated-story.md", ArticleFiles.Markdown(title: "Back-dated story", date: "2020-01-01T10:00:00+00:00"));
        site.Time.Advance(TimeSpan.FromMinutes(1));
        site.Services.GetRequiredService<ArticleLoader>().Load();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfModifiedSince = lastModified;
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("back-dated-story", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_IsCompressed()
    {
        _content.Write("a-test-article.md", ArticleFiles.Markdown());
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feed.xml");
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        using var response = await client.SendAsync(request);

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Theory]
    [InlineData("/", null)]
    [InlineData("/", "gzip")]
    [InlineData("/2024/08/13/a-test-article", null)]
    [InlineData("/2024/08/13/a-test-article", "br")]
    [InlineData("/feed.xml", null)]
    [InlineData("/sitemap.xml", null)]
    [InlineData("/robots.txt", null)]
    [InlineData("/no-such-page", null)]
    [InlineData("/css/site.css", null)]
    public async Task CompressibleResponse_VariesByAcceptEncoding_CompressedOrNot_CachedOrNot(string path, string? encoding)
    {
        _content.Write("a-test-article.md", ArticleFiles.Markdown());
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (encoding is not null)
            {
                request.Headers.AcceptEncoding.ParseAdd(encoding);
            }

            using var response = await client.SendAsync(request);

            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            Assert.Equal(encoding is null ? [] : [encoding], response.Content.Headers.ContentEncoding);
        }
    }

    [Fact]
    public async Task Card_DoesNotVaryByAcceptEncoding()
    {
        _content.Write("a-test-article.md", ArticleFiles.Markdown());
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();
        var page = await client.GetDocumentAsync("/2024/08/13/a-test-article");

        using var response = await client.GetAsync(new Uri(page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!).AbsolutePath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Accept-Encoding", response.Headers.Vary);
    }

    [Fact]
    public async Task EditedArticle_IsServedFresh_EvenIfTheOldPageWasCached()
    {
        var file = _content.Write("a-test-article.md", ArticleFiles.Markdown(body: "Old wording."));
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();
        await client.GetDocumentAsync("/2024/08/13/a-test-article");

        File.WriteAllText(file, ArticleFiles.Markdown(body: "New wording."));
        site.Services.GetRequiredService<ArticleLoader>().Load();
        var page = await client.GetDocumentAsync("/2024/08/13/a-test-article");

        Assert.Contains("New wording.", page.QuerySelector(".article-body")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tags")]
    [InlineData("/2024")]
    [InlineData("/2024/08")]
    [InlineData("/2024/08/13")]
    [InlineData("/2024/08/13/first-story")]
    public async Task ListingsAndRelatedStories_AreServedFresh_AfterAnArticleIsAdded(string path)
    {
        _content.Write("first-story.md", ArticleFiles.Markdown(title: "First story", extra: "tags:\n  - Russia"));
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();
        var before = await client.GetDocumentAsync(path);

        _content.Write("second-story.md", ArticleFiles.Markdown(title: "Second story", extra: "tags:\n  - Russia\n  - Second topic"));
        site.Services.GetRequiredService<ArticleLoader>().Load();
        var after = await client.GetDocumentAsync(path);

        Assert.DoesNotContain("Second", before.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Second", after.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void VisibilityKey_ChangesWithEachReload_AndWhenAScheduledArticleGoesLive()
    {
        _content.Write("a-test-article.md", ArticleFiles.Markdown(date: "2026-01-01T15:00:00+00:00"));
        using var site = new SiteFactory(_content.Path);
        var repository = site.Services.GetRequiredService<ArticleRepository>();
        (long, int) Key() => RenderedResponseCache.Visibility(repository.Catalog, site.Time.GetUtcNow());

        var before = Key();
        site.Time.Advance(TimeSpan.FromHours(4));
        var live = Key();
        _content.Write("b.md", ArticleFiles.Markdown(title: "Another"));
        site.Services.GetRequiredService<ArticleLoader>().Load();
        var reloaded = Key();

        Assert.Equal(3, new[] { before, live, reloaded }.Distinct().Count());
    }
}
