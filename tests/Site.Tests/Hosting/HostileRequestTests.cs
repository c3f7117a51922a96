using System.Text;
using Site.Tests.Infrastructure;

namespace Site.Tests.Hosting;

/// <summary>
/// Requests nobody sends by accident, as raw bytes to the real server: each gets the status the
/// HTTP standard gives it, reflects nothing unescaped, and leaves no Error-level log entry.
/// </summary>
[Trait(TestTiers.Category, TestTiers.Sweep)]
public sealed class HostileRequestTests(SweepSiteFixture fixture) : IClassFixture<SweepSiteFixture>
{
    private const string Script = "<script>alert(1)</script>";

    public static TheoryData<string, string, string, int> Requests() => new()
    {
        // Traversal, in every spelling: the site serves no file outside what it maps.
        { "traversal", "GET", "/../../etc/passwd", 404 },
        { "traversal, encoded dots", "GET", "/%2e%2e/%2e%2e/etc/passwd", 404 },
        { "traversal, encoded slash", "GET", "/css/..%2f..%2fappsettings.json", 404 },
        { "traversal, backslash", "GET", "/css/..%5c..%5cappsettings.json", 404 },
        { "traversal, double-encoded", "GET", "/%252e%252e/appsettings.json", 404 },
        { "traversal, overlong UTF-8 dot", "GET", "/%C0%AE%C0%AE/appsettings.json", 404 },
        { "the app's own files", "GET", "/appsettings.json", 404 },
        { "the app's assembly", "GET", "/Site.dll", 404 },
        { "the content folder", "GET", "/content/2024/story-01.md", 404 },
        { "a dot-file", "GET", "/.env", 404 },

        // Route values that are empty, blank, control characters or out of range.
        { "encoded NUL", "GET", "/tags/%00", 400 },
        { "encoded bell", "GET", "/tags/%07", 404 },
        { "encoded newline", "GET", "/tags/%0A", 404 },
        { "encoded tab", "GET", "/tags/%09", 404 },
        { "blank tag", "GET", "/tags/%20", 404 },
        { "no-break space tag", "GET", "/tags/%C2%A0", 404 },
        { "empty tag: the list of tags", "GET", "/tags/", 301 },
        { "invalid UTF-8 tag", "GET", "/tags/%FF%FE", 404 },
        { "raw invalid UTF-8", "GET", "/tags/\u00ff\u00fe", 400 },
        { "page zero", "GET", "/page/0", 404 },
        { "negative page", "GET", "/page/-1", 404 },
        { "page past int", "GET", "/page/99999999999", 404 },
        { "page not a number", "GET", "/page/two", 404 },
        { "tag page past int", "GET", "/tags/russia/page/99999999999", 404 },
        { "tag page past the end", "GET", "/tags/russia/page/3", 404 },
        { "month 13", "GET", "/2024/13/01/story-01", 404 },
        { "day 45", "GET", "/2024/08/45/story-01", 404 },
        { "year 0", "GET", "/0000/00/00/story-01", 404 },
        { "archive of month 13", "GET", "/2024/13", 404 },
        { "archive of 30 February", "GET", "/2024/02/30", 404 },
        { "archive of year 0", "GET", "/0000", 404 },
        { "archive of a one-digit month", "GET", "/2024/8", 404 },
        { "archive of a signed year", "GET", "/+202", 404 },
        { "archive in other digits", "GET", "/%D9%A2%D9%A0%D9%A2%D9%A4", 404 },
        { "archive page past int", "GET", "/2024/08/page/99999999999", 404 },
        { "archive page past the end", "GET", "/2024/08/21/page/2", 404 },
        { "unknown card", "GET", "/cards/zzzz/1200x630.png", 404 },
        { "sitemap part of a small site", "GET", "/sitemaps/1.xml", 404 },
        { "sitemap part past int", "GET", "/sitemaps/99999999999.xml", 404 },
        { "unknown card format", "GET", "/cards/abc/99x99.png", 404 },
        { "markup in a tag", "GET", "/tags/%3Cscript%3Ealert(1)%3C%2Fscript%3E", 404 },
        { "markup in a path", "GET", "/%3Cscript%3Ealert(1)%3C/script%3E", 404 },
        { "markup in the query", "GET", "/?q=%3Cscript%3Ealert(1)%3C/script%3E", 200 },
        { "markup in a search", "GET", "/search?q=%3Cscript%3Ealert(1)%3C/script%3E", 200 },
        { "markup closing the search box", "GET", "/search?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E", 200 },
        { "a search over 200 characters", "GET", "/search?q=" + new string('a', 201), 400 },
        { "two searches at once", "GET", "/search?q=a&q=%3Cscript%3Ealert(1)%3C/script%3E", 400 },
        { "control characters in a search", "GET", "/search?q=%00%01%1B%7Fstory", 200 },
        { "query syntax in a search", "GET", "/search?q=title%3Astory%20AND%20st*r?%20~2%20%5E4%20NEAR%2F3%20%22open", 200 },
        { "a search page past int", "GET", "/search?q=story&page=99999999999", 404 },

        // Sizes: Kestrel's limits answer before the site is involved.
        { "long path", "GET", "/" + new string('a', 7000), 404 },
        { "path over the request-line limit", "GET", "/" + new string('a', 9000), 414 },
        { "long query", "GET", "/?" + new string('q', 6000), 200 },
        { "thousands of query parameters", "GET", "/?" + string.Join('&', Enumerable.Repeat("a=1", 1500)), 200 },

        // Methods no page takes, and request-target forms no page has. ASP.NET Core compares
        // methods without regard to case, so "get" is a GET.
        { "CONNECT", "CONNECT", "127.0.0.1:443", 400 },
        { "OPTIONS *", "OPTIONS", "*", 405 },
        { "lower-case get", "get", "/", 200 },
        { "an invented method", "BREW", "/", 405 },
        { "a long invented method", new string('X', 2000), "/", 405 },
    };

    public static TheoryData<string, string, string, string, int> HeaderRequests() => new()
    {
        { "oversized header", "GET", "/", $"X-Big: {new string('b', 40_000)}\r\n", 431 },
        { "a second Host", "GET", "/", "Host: evil.example\r\n", 400 },
        { "more headers than the server takes", "GET", "/", string.Concat(Enumerable.Repeat("X-Many: 1\r\n", 200)), 431 },
        { "a control character in an unused header", "GET", "/", "X-Odd: a\u0001b\r\n", 200 },
        { "Content-Length and chunked together", "POST", "/", "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n", 405 },
        { "Accept-Encoding fifty times", "GET", "/", string.Concat(Enumerable.Repeat("Accept-Encoding: gzip\r\n", 50)), 200 },
        { "Accept-Encoding with broken weights", "GET", "/", "Accept-Encoding: br;q=abc, gzip;q=-1, *;q=0\r\n", 200 },
        { "Accept-Encoding refusing identity", "GET", "/", "Accept-Encoding: identity;q=0, *;q=0\r\n", 200 },
        { "Accept-Encoding of nonsense", "GET", SweepSiteFixture.Article, "Accept-Encoding: x, , ;;, br;q=, gzip;;q=1\r\n", 200 },
        { "Accept-Encoding not ASCII", "GET", SweepSiteFixture.Article, "Accept-Encoding: \u00ff\u00fe\r\n", 400 },
        { "Range on a page", "GET", SweepSiteFixture.Article, "Range: bytes=0-10\r\n", 200 },
        { "Range past the end of the stylesheet", "GET", "/css/site.css", "Range: bytes=999999-\r\n", 416 },
        { "malformed Range", "GET", "/css/site.css", "Range: bytes=z-y\r\n", 200 },
        { "If-None-Match of any", "GET", "/feed.xml", "If-None-Match: *\r\n", 304 },
        { "malformed If-Modified-Since", "GET", "/", "If-Modified-Since: yesterday\r\n", 200 },
        { "malformed If-Range", "GET", "/css/site.css", "Range: bytes=0-1\r\nIf-Range: ???\r\n", 206 },
        { "markup in a header", "GET", "/", $"Referer: {Script}\r\nUser-Agent: {Script}\r\n", 200 },
    };

    [Theory]
    [MemberData(nameof(HeaderRequests))]
    public async Task HostileHeaders_GetTheirStatus_ReflectNothing_LogNoError(string name, string method, string target, string headers, int status)
    {
        fixture.Factory.Logs.Clear();

        var response = await RawHttp.SendAsync(fixture.Address, RawHttp.Request(method, target, headers));

        Assert.True(status == response.Status, $"{name}: expected {status}, got {response.Status}");
        Assert.DoesNotContain(Script, response.Body, StringComparison.Ordinal);
        Assert.Empty(fixture.Factory.Logs.Failures);
    }

    [Fact]
    public async Task PostOfTenThousandFormFields_IsRefused_WithoutReadingTheBody()
    {
        var form = Encoding.ASCII.GetBytes(string.Join('&', Enumerable.Range(0, 10_000).Select(i => $"f{i}=v")));
        var headers = $"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {form.Length}\r\n";

        var response = await RawHttp.SendAsync(fixture.Address, RawHttp.Request("POST", "/", headers, body: form));

        Assert.Equal(405, response.Status);
        Assert.Equal("GET, HEAD", response.Header("Allow"));
        Assert.Empty(fixture.Factory.Logs.Failures);
    }

    [Fact]
    public async Task PostOfFiftyMegabytes_ToAnUnknownPath_IsAnswered404_BeforeTheBodyIsSent()
    {
        // Only the first megabyte is sent: the answer must not wait for the rest.
        var headers = $"Content-Type: application/octet-stream\r\nContent-Length: {50 * 1024 * 1024}\r\n";

        var response = await RawHttp.SendAsync(fixture.Address, RawHttp.Request("POST", "/upload", headers, body: new byte[1024 * 1024]));

        Assert.Equal(404, response.Status);
        Assert.Empty(fixture.Factory.Logs.Failures);
    }

    [Fact]
    public async Task Head_OverTheWire_HasHeadersButNoBody()
    {
        var response = await RawHttp.SendAsync(fixture.Address, RawHttp.Request("HEAD", SweepSiteFixture.Article));

        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/html", response.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Empty(response.Body);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task HostileRequest_GetsItsStatus_ReflectsNothing_LogsNoError(string name, string method, string target, int status)
    {
        fixture.Factory.Logs.Clear();

        var response = await RawHttp.SendAsync(fixture.Address, RawHttp.Request(method, target));

        Assert.True(status == response.Status, $"{name}: expected {status}, got {response.Status}");
        Assert.DoesNotContain(Script, response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", response.Body, StringComparison.Ordinal);
        Assert.Empty(fixture.Factory.Logs.Failures);
    }
}
