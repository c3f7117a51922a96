using Microsoft.Playwright;
using Site.BrowserTests.Infrastructure;

namespace Site.BrowserTests;

/// <summary>Pictures for people to review (artifacts/screenshots/); the checks live in the other classes.</summary>
[Trait(TestTiers.Category, TestTiers.Browser)]
[Collection(BrowserGroup.Name)]
public sealed class ScreenshotTests(BrowserSiteFixture site)
{
    public static TheoryData<string, string, int, int, ColorScheme, bool> Views => new()
    {
        { "article-mobile", BrowserSiteFixture.ArticlePath, 390, 844, ColorScheme.Light, false },
        { "article-desktop", BrowserSiteFixture.ArticlePath, 1280, 800, ColorScheme.Light, false },
        { "article-dark", BrowserSiteFixture.ArticlePath, 390, 844, ColorScheme.Dark, false },
        { "article-print", BrowserSiteFixture.RichArticlePath, 800, 1000, ColorScheme.Light, true },
        { "article-rich-mobile", BrowserSiteFixture.RichArticlePath, 390, 844, ColorScheme.Light, false },
        { "article-rich-desktop-dark", BrowserSiteFixture.RichArticlePath, 1280, 800, ColorScheme.Dark, false },
        { "index-desktop", SitePages.Index, 1280, 800, ColorScheme.Light, false },
        { "index-mobile-dark", SitePages.Index, 390, 844, ColorScheme.Dark, false },
        { "tag-mobile", SitePages.Tag, 390, 844, ColorScheme.Light, false },
        { "not-found-desktop", SitePages.Missing, 1280, 800, ColorScheme.Light, false },
        { "search-mobile", SitePages.SearchResults, 390, 844, ColorScheme.Light, false },
        { "search-desktop-dark", SitePages.SearchResults, 1280, 800, ColorScheme.Dark, false },
    };

    [BrowserTheory]
    [MemberData(nameof(Views))]
    public async Task Page_IsPhotographedForReview(string name, string path, int width, int height, ColorScheme scheme, bool print)
    {
        await site.WithPageAsync("screenshot-" + name, new(width, height, scheme), async page =>
        {
            await page.GotoAsync(path);
            if (print)
            {
                await page.EmulateMediaAsync(new() { Media = Media.Print });
            }

            var file = await Evidence.ScreenshotAsync(page, name);

            Assert.True(new FileInfo(file).Length > 0);
        });
    }
}
