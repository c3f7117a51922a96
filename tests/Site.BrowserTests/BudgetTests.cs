using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Site.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace Site.BrowserTests;

/// <summary>The first round trip: what a phone on a shared link downloads before it can show the story.</summary>
[Trait(TestTiers.Category, TestTiers.Browser)]
[Collection(BrowserGroup.Name)]
public sealed partial class BudgetTests(BrowserSiteFixture site, ITestOutputHelper output)
{
    private const int HtmlBudget = 14 * 1024;
    private const int CssBudget = 10 * 1024;
    private const int RequestBudget = 4;
    private static readonly string[] Compressed = ["br", "gzip"];

    public static TheoryData<string> FrontDoors => new()
    {
        SitePages.Index,
        BrowserSiteFixture.ArticlePath,
        BrowserSiteFixture.RichArticlePath,
    };

    [Theory]
    [MemberData(nameof(FrontDoors))]
    public async Task Html_AsServedCompressed_FitsIn14KB(string path)
    {
        using var client = site.CreateRawClient();

        var (bytes, encoding) = await GetOnTheWireAsync(client, path);
        output.WriteLine($"{path}: {bytes} bytes ({encoding})");

        Assert.Contains(encoding, Compressed);
        Assert.True(bytes <= HtmlBudget, $"{path} is {bytes} bytes compressed ({encoding}); the budget is {HtmlBudget}.");
    }

    [Fact]
    public async Task Css_AsServedCompressed_FitsIn10KB()
    {
        using var client = site.CreateRawClient();
        var html = await client.GetStringAsync(BrowserSiteFixture.ArticlePath);
        var sheets = Stylesheet().Matches(html).Select(m => m.Groups["href"].Value).ToList();
        Assert.NotEmpty(sheets);

        var total = 0L;
        foreach (var sheet in sheets)
        {
            var (bytes, encoding) = await GetOnTheWireAsync(client, sheet);
            Assert.Contains(encoding, Compressed);
            total += bytes;
            output.WriteLine($"{sheet}: {bytes} bytes ({encoding})");
        }

        Assert.True(total <= CssBudget, $"The CSS is {total} bytes compressed; the budget is {CssBudget}.");
    }

    [BrowserTheory]
    [MemberData(nameof(FrontDoors))]
    public async Task FirstView_MakesAtMostFourRequests_AllToTheSite(string path)
    {
        await site.WithPageAsync("requests-" + path, async page =>
        {
            var requests = new List<string>();
            page.Request += (_, request) => requests.Add(request.Url);
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
            output.WriteLine($"{requests.Count} requests: {string.Join(", ", requests)}");

            Assert.True(requests.Count <= RequestBudget, $"{requests.Count} requests: {string.Join(", ", requests)}");
            Assert.All(requests, url => Assert.Equal(site.BaseAddress.Authority, new Uri(url).Authority));
        });
    }

    [BrowserTheory]
    [MemberData(nameof(FrontDoors))]
    public async Task FirstView_HasNoRenderBlockingScript_NoUnsizedImage_AndNoLayoutShift(string path)
    {
        await site.WithPageAsync("first-view-" + path, async page =>
        {
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });

            Assert.Equal(0, await page.Locator("script:not([src]):not([type=\"application/ld+json\"]), script[src]:not([defer]):not([async]):not([type=module])").CountAsync());
            Assert.Equal(0, await page.Locator("img:not([width][height])").CountAsync());
            var shift = await page.EvaluateAsync<double>(
                """
                () => new Promise(resolve => {
                  let total = 0;
                  new PerformanceObserver(list => {
                    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
                  }).observe({ type: 'layout-shift', buffered: true });
                  setTimeout(() => resolve(total), 300);
                })
                """);
            Assert.Equal(0, shift);
        });
    }

    private static async Task<(long Bytes, string Encoding)> GetOnTheWireAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync();
        return (body.LongLength, string.Join(",", response.Content.Headers.ContentEncoding));
    }

    [GeneratedRegex("""<link rel="stylesheet" href="(?<href>[^"]+)">""")]
    private static partial Regex Stylesheet();
}
