using Site.BrowserTests.Infrastructure;
using Site.BrowserTests.Pages;

namespace Site.BrowserTests;

/// <summary>How the header sits on a phone.</summary>
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
}
