using System.Net;
using Serilog.Events;
using Site.Tests.Infrastructure;

namespace Site.Tests.Hosting;

/// <summary>Behind a TLS-terminating proxy: whose forwarded headers are believed, and what an https site tells browsers.</summary>
public sealed class ProxyTests : IDisposable
{
    private readonly ContentFolder _content = new();

    public ProxyTests() => _content.Write("2024/one.md", ArticleFiles.Markdown(extra: "slug: one"));

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("127.0.0.1", "203.0.113.7")]
    [InlineData("", "127.0.0.1")]
    public async Task ForwardedFor_IsBelieved_OnlyFromAKnownProxy(string knownProxy, string logged)
    {
        using var site = new SiteFactory(_content.Path);
        site.Settings["Serilog:MinimumLevel:Default"] = "Information";
        if (knownProxy.Length > 0)
        {
            site.Settings["Site:KnownProxies:0"] = knownProxy;
        }

        site.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        site.StartServer();
        using var client = new HttpClient { BaseAddress = site.ClientOptions.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/2024/08/13/one");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await client.SendAsync(request);
        var line = Assert.Single(await site.Logs.RequestLogsAsync("/2024/08/13/one"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(logged, (line.Properties["ClientAddress"] as ScalarValue)?.Value);
        Assert.Equal(LogEventLevel.Information, line.Level);
    }

    [Theory]
    [InlineData("https://news.example.com", true)]
    [InlineData("http://news.example.com", false)]
    public async Task HttpsSite_SendsHsts_AndUpgradesInsecureRequests(string baseUrl, bool expected)
    {
        using var site = new SiteFactory(_content.Path);
        site.Settings["Site:BaseUrl"] = baseUrl;
        using var client = site.CreateClient(new() { BaseAddress = new Uri(baseUrl), AllowAutoRedirect = false });

        using var response = await client.GetAsync("/");
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));

        Assert.Equal(expected, response.Headers.TryGetValues("Strict-Transport-Security", out var hsts) && hsts.Single() == "max-age=31536000");
        Assert.Equal(expected, csp.Contains("upgrade-insecure-requests", StringComparison.Ordinal));
    }
}
