using Microsoft.Playwright;
using Site.BrowserTests.Infrastructure;
using Site.Tests.Infrastructure;

namespace Site.BrowserTests;

[Collection(BrowserGroup.Name)]
public sealed class PrintTests(BrowserSiteFixture site)
{
    [BrowserFact]
    public async Task ArticleInPrint_ShowsCanonicalUrlBylineAndDates_WithoutNavigation()
    {
        var page = await site.NewPageAsync(800, 1000);
        try
        {
            await page.GotoAsync(BrowserSiteFixture.RichArticlePath);
            await page.EmulateMediaAsync(new() { Media = Media.Print });

            await Evidence.OnFailureAsync(page, "print", async () =>
            {
                Assert.False(await page.Locator(".site-nav").IsVisibleAsync());
                Assert.False(await page.Locator(".skip-link").IsVisibleAsync());
                Assert.False(await page.Locator(".site-footer").IsVisibleAsync());
                Assert.True(await page.Locator("article .byline").IsVisibleAsync());
                Assert.Equal(2, await page.Locator("article .dateline time:visible").CountAsync());

                var printed = page.Locator("article .print-only");
                Assert.True(await printed.IsVisibleAsync());
                Assert.Contains(SiteFactory.BaseUrl + BrowserSiteFixture.RichArticlePath, await printed.TextContentAsync(), StringComparison.Ordinal);

                var expanded = await page.EvaluateAsync<string>(
                    "() => getComputedStyle(document.querySelector('.article-body a[href^=\"http\"]'), '::after').content");
                Assert.Contains("https://example.org/timetables/winter", expanded, StringComparison.Ordinal);
            });
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task ArticleOnScreen_HidesThePrintOnlyAddress()
    {
        var page = await site.NewPageAsync();
        try
        {
            await page.GotoAsync(BrowserSiteFixture.RichArticlePath);

            await Evidence.OnFailureAsync(page, "print-only-on-screen", async () =>
                Assert.False(await page.Locator("article .print-only").IsVisibleAsync()));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
