using Site.BrowserTests.Infrastructure;
using Site.BrowserTests.Pages;

namespace Site.BrowserTests;

/// <summary>How the header and the footer sit on a phone, and on a page shorter than the screen.</summary>
[Trait(TestTiers.Category, TestTiers.Browser)]
[Collection(BrowserGroup.Name)]
public sealed class LayoutTests(BrowserSiteFixture site)
{
    [BrowserTheory]
    [InlineData(320, 640)]
    [InlineData(375, 667)]
    public async Task SectionNavigation_OnAPhone_ShowsEverySectionWhole_WithoutScrolling(int width, int height)
    {
        await site.WithPageAsync($"section-row-{width}", new(width, height), async page =>
        {
            await page.GotoAsync(SitePages.Tag);
            var header = new SiteLayout(page).Header;

            Assert.Equal(0, await header.SectionRowOverflowAsync());
            Assert.Empty(await header.SectionsCutOffAsync());
        });
    }

    [BrowserFact]
    public async Task HeaderSearch_SaysWhatItIsFor_OnScreen_AndKeepsItsAccessibleName()
    {
        await site.WithPageAsync("search-prompt", new(375, 667), async page =>
        {
            await page.GotoAsync(SitePages.Index);
            var header = new SiteLayout(page).Header;

            Assert.Contains("Search", await header.SearchPromptAsync(), StringComparison.Ordinal);
            Assert.Equal(1, await header.SearchBox.CountAsync());
        });
    }

    [BrowserTheory]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task FrontPageWithOneArticle_PutsTheFooterRightAfterTheContent_ReachingTheScreensFoot(int width, int height)
    {
        await using var oneArticle = new OneArticleSite();
        await site.WithPageAsync($"short-page-footer-{width}", new(width, height), async page =>
        {
            await page.GotoAsync(oneArticle.BaseAddress.AbsoluteUri);

            var (gap, belowFooter, room) = await new SiteLayout(page).FooterPlacementAsync();
            Assert.True(room > 100, $"The page should be shorter than the screen for this check; it leaves {room}px.");
            Assert.True(gap < 100, $"{gap}px of empty page between the content and the footer.");
            Assert.True(belowFooter <= 0, $"{belowFooter}px of bare page under the footer.");
        });
    }
}
