using Microsoft.Playwright;
using Site.BrowserTests.Infrastructure;
using Site.BrowserTests.Pages;

namespace Site.BrowserTests;

[Trait(TestTiers.Category, TestTiers.Browser)]
[Collection(BrowserGroup.Name)]
public sealed class PageHealthTests(BrowserSiteFixture site)
{
    [BrowserTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Page_LoadsWithoutConsoleErrorsOrFailedRequests(string path)
    {
        await site.WithPageAsync("health-" + path, async page =>
        {
            var problems = new List<string>();
            page.Console += (_, message) =>
            {
                // The 404 page's own status is the one error the browser is right to log.
                var expected404 = path == SitePages.Missing && message.Text.Contains("status of 404", StringComparison.Ordinal);
                if (message.Type == "error" && !expected404)
                {
                    problems.Add("console: " + message.Text);
                }
            };
            page.PageError += (_, error) => problems.Add("page error: " + error);
            page.RequestFailed += (_, request) => problems.Add($"failed: {request.Url} {request.Failure}");
            page.Response += (_, response) =>
            {
                if (response.Status >= 400 && response.Url != new Uri(site.BaseAddress, path).AbsoluteUri)
                {
                    problems.Add($"HTTP {response.Status}: {response.Url}");
                }
            };

            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });

            Assert.Empty(problems);
        });
    }

    [BrowserTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Page_At320Pixels_DoesNotScrollSideways(string path)
    {
        await site.WithPageAsync("overflow-" + path, new(320, 640), async page =>
        {
            await page.GotoAsync(path);

            var (scroll, client) = await new SiteLayout(page).WidthsAsync();
            Assert.True(scroll <= client, $"The page is {scroll}px wide in a {client}px viewport.");
        });
    }

    [BrowserFact]
    public async Task ArticleBody_IsSetForLongReading()
    {
        await site.WithPageAsync("typography", new(1280, 800), async page =>
        {
            await page.GotoAsync(BrowserSiteFixture.ArticlePath);

            var (fontSize, lineHeight, measure) = await new ArticlePage(page).BodyTypeAsync();
            Assert.InRange(fontSize, 17, 20);
            Assert.InRange(lineHeight, 1.5, 1.7);
            Assert.InRange(measure, 60, 72);
        });
    }
}
