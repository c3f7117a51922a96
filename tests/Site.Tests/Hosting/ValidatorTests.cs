using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Site.Tests.Infrastructure;

namespace Site.Tests.Hosting;

/// <summary>
/// What lets a CDN or Varnish carry the traffic: every page, the feed and the sitemap carry a
/// strong ETag from the bytes sent, Last-Modified from their content and a Cache-Control for
/// shared caches, answer revalidation with 304 without rendering, and say the same on every
/// replica, whenever it started.
/// </summary>
public sealed class ValidatorTests : IDisposable
{
    private const string Article = "/2024/08/13/one";

    private readonly ContentFolder _content = new();
    private readonly List<IDisposable> _sites = [];

    public ValidatorTests()
    {
        _content.Write("2024/one.md", ArticleFiles.Markdown(title: "One", extra: "slug: one\nupdated: 2024-08-14T08:00:00+03:00\ntags:\n  - Russia"));
        _content.Write("2024/two.md", ArticleFiles.Markdown(title: "Two", date: "2024-08-10T10:00:00+00:00", extra: "slug: two\ntags:\n  - Russia"));
    }

    public static TheoryData<string> Paths() => ["/", Article, "/tags/russia", "/tags", "/2024", "/2024/08", "/2024/08/13", "/feed.xml", "/sitemap.xml", "/robots.txt"];

    public void Dispose()
    {
        _sites.ForEach(site => site.Dispose());
        _content.Dispose();
    }

    /// <summary>Counts page renders, so a test can tell a 304 from the cache from one that rendered.</summary>
    private sealed class RenderCounter : IPageFilter
    {
        public int Count;

        public void OnPageHandlerSelected(PageHandlerSelectedContext context) => Interlocked.Increment(ref Count);

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }
    }

    private SiteFactory Site(DateTimeOffset? now = null)
    {
        var site = new SiteFactory(_content.Path);
        if (now is { } time)
        {
            site.Time.SetUtcNow(time);
        }

        _sites.Add(site);
        return site;
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string? encoding = null, Action<HttpRequestMessage>? conditions = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(encoding);
        }

        conditions?.Invoke(request);
        return await client.SendAsync(request);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Response_CarriesAStrongETag_CacheControl_AndAnswersRevalidationWith304(string path)
    {
        using var client = Site().CreateRawClient();

        using var first = await GetAsync(client, path);
        using var byTag = await GetAsync(client, path, conditions: r => r.Headers.IfNoneMatch.Add(first.Headers.ETag!));
        using var byDate = await GetAsync(client, path, conditions: r => r.Headers.IfModifiedSince = first.Content.Headers.LastModified ?? DateTimeOffset.UtcNow);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.ETag!.IsWeak);
        Assert.Equal("public, max-age=60, stale-while-revalidate=600, stale-if-error=86400", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, byTag.StatusCode);
        Assert.Empty(await byTag.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, byTag.Headers.ETag);
        // robots.txt has no modification date (it follows the configuration), so a date alone
        // cannot show it unchanged (RFC 9110 13.1.3).
        Assert.Equal(first.Content.Headers.LastModified is null ? HttpStatusCode.OK : HttpStatusCode.NotModified, byDate.StatusCode);
    }

    [Theory]
    [InlineData(Article, "2024-08-14T05:00:00+00:00")]
    [InlineData("/", "2024-08-14T05:00:00+00:00")]
    [InlineData("/tags", "2024-08-14T05:00:00+00:00")]
    [InlineData("/2024/08", "2024-08-14T05:00:00+00:00")]
    [InlineData("/2024/08/10", "2024-08-10T10:00:00+00:00")]
    [InlineData("/feed.xml", "2024-08-14T05:00:00+00:00")]
    public async Task LastModified_IsTheNewestChangeOfWhatIsShown(string path, string expected)
    {
        using var client = Site().CreateRawClient();

        using var response = await GetAsync(client, path);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), response.Content.Headers.LastModified);
    }

    [Fact]
    public async Task EachEncoding_HasItsOwnETag_AndOnlyItsOwnGetsA304()
    {
        using var client = Site().CreateRawClient();

        using var identity = await GetAsync(client, Article);
        using var gzip = await GetAsync(client, Article, "gzip");
        using var brotli = await GetAsync(client, Article, "br");
        using var gzipWithBrotliTag = await GetAsync(client, Article, "gzip", r => r.Headers.IfNoneMatch.Add(brotli.Headers.ETag!));
        using var gzipWithItsTag = await GetAsync(client, Article, "gzip", r => r.Headers.IfNoneMatch.Add(gzip.Headers.ETag!));

        Assert.Equal(3, new[] { identity, gzip, brotli }.Select(r => r.Headers.ETag!.Tag).Distinct().Count());
        Assert.Equal(HttpStatusCode.OK, gzipWithBrotliTag.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, gzipWithItsTag.StatusCode);
    }

    [Fact]
    public async Task Revalidation_OfACachedPage_IsAnsweredWithoutRendering()
    {
        var counter = new RenderCounter();
        var counted = Site().WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.Configure<MvcOptions>(options => options.Filters.Add(counter))));
        _sites.Add(counted);
        using var client = counted.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri(SiteFactory.BaseUrl) });
        using var first = await GetAsync(client, Article);
        var rendered = counter.Count;

        using var again = await GetAsync(client, Article, conditions: r => r.Headers.IfNoneMatch.Add(first.Headers.ETag!));

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(rendered, counter.Count);
    }

    [Fact]
    public async Task TwoReplicas_StartedAtDifferentTimes_SendTheSameBytesAndValidators()
    {
        using var early = Site(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero)).CreateRawClient();
        using var late = Site(new DateTimeOffset(2026, 3, 1, 18, 30, 0, TimeSpan.Zero)).CreateRawClient();

        foreach (var path in Paths())
        {
            foreach (var encoding in new string?[] { null, "gzip", "br" })
            {
                using var a = await GetAsync(early, path, encoding);
                using var b = await GetAsync(late, path, encoding);

                Assert.Equal(await a.Content.ReadAsByteArrayAsync(), await b.Content.ReadAsByteArrayAsync());
                Assert.Equal(a.Headers.ETag, b.Headers.ETag);
                Assert.Equal(a.Content.Headers.LastModified, b.Content.Headers.LastModified);
            }
        }
    }

    [Fact]
    public async Task NotFound_IsCachedBriefly_AndCacheControlIsConfigurable()
    {
        var site = Site();
        site.Settings["Site:Cache:MaxAgeSeconds"] = "5";
        site.Settings["Site:Cache:NotFoundMaxAgeSeconds"] = "7";
        using var client = site.CreateRawClient();

        using var page = await GetAsync(client, Article);
        using var missing = await GetAsync(client, "/no-such-page");

        Assert.StartsWith("public, max-age=5,", page.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("public, max-age=7", missing.Headers.CacheControl?.ToString());
    }
}
