using System.Net;
using Site.Tests.Infrastructure;

namespace Site.Tests.Hosting;

/// <summary>
/// Every kind of route times every method, in the way of martincostello/website's ResourceTests:
/// GET and HEAD get the page's own answer; any other method gets 405 with <c>Allow: GET, HEAD</c>
/// where the path is the site's, 404 where it is not; never a 5xx, never an internal detail in
/// the body, never an Error-level log entry.
/// </summary>
[Trait(TestTiers.Category, TestTiers.Sweep)]
public sealed class MethodSweepTests(SweepSiteFixture fixture) : IClassFixture<SweepSiteFixture>, IDisposable
{
    private readonly HttpClient _client = fixture.CreateClient();

    /// <summary>Paths the test resolves from the front page: the fingerprinted stylesheet and a generated card.</summary>
    private const string Stylesheet = "{stylesheet}";
    private const string Card = "{card}";

    private static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FROBNICATE"];

    /// <summary>Path, the status a GET gets, and the status any other method but HEAD gets.</summary>
    private static readonly (string Path, int Get, int Other)[] Routes =
    [
        ("/", 200, 405),
        ("/page/2", 200, 405),
        (SweepSiteFixture.Article, 200, 405),
        (SweepSiteFixture.Tag, 200, 405),
        (SweepSiteFixture.Tag + "/page/2", 200, 405),
        ("/tags", 200, 405),
        ("/2024", 200, 405),
        ("/2024/page/2", 200, 405),
        ("/2024/08", 200, 405),
        ("/2024/08/21", 200, 405),
        ("/2024/08/21/", 301, 405),
        ("/2024/08/22", 404, 405),
        ("/2024/13", 404, 405),
        ("/2024/8", 404, 404),
        (SweepSiteFixture.Alias, 301, 404),
        ("/feed.xml", 200, 405),
        ("/sitemap.xml", 200, 405),
        ("/robots.txt", 200, 405),
        ("/opensearch.xml", 200, 405),
        ("/search", 200, 405),
        ("/search?q=story", 200, 405),
        ("/search?q=story&page=2", 200, 405),
        ("/search?q=story&page=3", 404, 405),
        ("/search?q=" + new string('a', 201), 400, 405),
        (Card, 200, 405),
        (Stylesheet, 200, 405),
        ("/css/site.css", 200, 405),
        ("/favicon.svg", 200, 405),
        ("/apple-touch-icon.png", 200, 405),
        ("/site.webmanifest", 200, 405),
        ("/js/share.js", 200, 405),
        ("/healthz", 200, 405),
        ("/no-such-page", 404, 404),
        ("/tags/russia%2Fmore", 404, 405),
        ("/2024%2F08%2F21%2Fstory-21", 404, 404),
        ("/error", 404, 405),
    ];

    public static TheoryData<string, string> Requests()
    {
        var data = new TheoryData<string, string>();
        foreach (var (path, _, _) in Routes)
        {
            foreach (var method in Methods)
            {
                data.Add(method, path);
            }
        }

        return data;
    }

    public void Dispose() => _client.Dispose();

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task EveryRoute_AnswersEveryMethod_WithTheRightStatus(string method, string path)
    {
        var route = Routes.Single(r => r.Path == path);
        var expected = method is "GET" or "HEAD" ? route.Get : route.Other;
        var target = await ResolveAsync(path);
        fixture.Factory.Logs.Clear();

        using var request = new HttpRequestMessage(new HttpMethod(method), target);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new FormUrlEncodedContent([new("field", "value")]);
        }

        using var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(expected, (int)response.StatusCode);
        if (expected == 405)
        {
            Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
            Assert.Empty(body);
        }

        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.Empty(fixture.Factory.Logs.Failures);
        if (target != "/healthz" || expected >= 400)
        {
            // One line per request (a passing health probe is logged below Information).
            Assert.Single(await fixture.Factory.Logs.RequestLogsAsync(target));
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData(SweepSiteFixture.Article)]
    [InlineData("/feed.xml")]
    [InlineData("/no-such-page")]
    public async Task Head_GetsTheStatusAndHeadersOfGet_WithoutABody(string path)
    {
        using var get = await _client.GetAsync(path);
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Options_IsRefused_NotAnsweredWithAPage()
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(0, response.Content.Headers.ContentLength);
    }

    private async Task<string> ResolveAsync(string path)
    {
        if (path is not (Stylesheet or Card))
        {
            return path;
        }

        fixture.Factory.Logs.Clear();
        var page = await _client.GetDocumentAsync("/");

        // Its request line is written in the background: wait for it, so it is not taken for the swept request's.
        await fixture.Factory.Logs.RequestLogsAsync("/");
        return path == Stylesheet
            ? page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!
            : new Uri(page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!).AbsolutePath;
    }
}
