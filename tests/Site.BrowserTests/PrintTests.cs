using Microsoft.Playwright;
using Site.BrowserTests.Infrastructure;
using Site.BrowserTests.Pages;

namespace Site.BrowserTests;

[Trait(TestTiers.Category, TestTiers.Browser)]
[Collection(BrowserGroup.Name)]
public sealed class PrintTests(BrowserSiteFixture site)
{
    [BrowserFact]
    public async Task ArticleInPrint_ShowsCanonicalUrlBylineAndDates_WithoutNavigation()
    {
        await site.WithPageAsync("print", new(800, 1000), async page =>
        {
            await page.GotoAsync(BrowserSiteFixture.RichArticlePath);
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            var layout = new SiteLayout(page);
            var article = new ArticlePage(page);

            Assert.False(await layout.Header.Sections.IsVisibleAsync());
            Assert.False(await layout.Header.SkipLink.IsVisibleAsync());
            Assert.False(await layout.Footer.IsVisibleAsync());
            Assert.True(await article.Byline.IsVisibleAsync());
            Assert.Equal(2, await article.DatelineTimes.Filter(new() { Visible = true }).CountAsync());

            Assert.True(await article.PrintOnlyAddress.IsVisibleAsync());
            Assert.Contains(SiteFactory.BaseUrl + BrowserSiteFixture.RichArticlePath, await article.PrintOnlyAddress.TextContentAsync(), StringComparison.Ordinal);

            Assert.Contains("https://example.org/timetables/winter", await article.AfterFirstOutsideLinkAsync(), StringComparison.Ordinal);
        });
    }

    [BrowserFact]
    public async Task ArticleOnScreen_HidesThePrintOnlyAddress()
    {
        await site.WithPageAsync("print-only-on-screen", async page =>
        {
            await page.GotoAsync(BrowserSiteFixture.RichArticlePath);

            Assert.False(await new ArticlePage(page).PrintOnlyAddress.IsVisibleAsync());
        });
    }
}
