using Microsoft.Playwright;
using Site.BrowserTests.Infrastructure;
using Site.BrowserTests.Pages;

namespace Site.BrowserTests;

/// <summary>The reader's settings win: dark mode, reduced motion, and no JavaScript at all.</summary>
[Trait(TestTiers.Category, TestTiers.Browser)]
[Collection(BrowserGroup.Name)]
public sealed class ReaderPreferenceTests(BrowserSiteFixture site)
{
    [BrowserFact]
    public async Task DarkScheme_PaintsADarkPage_AndDeclaresBothSchemesBeforeTheStylesheet()
    {
        await site.WithPageAsync("light-scheme", new(Scheme: ColorScheme.Light), async light =>
        {
            await light.GotoAsync(BrowserSiteFixture.ArticlePath);

            Assert.Equal("rgb(251, 250, 247)", await new SiteLayout(light).BackgroundAsync());
        });

        await site.WithPageAsync("dark-scheme", new(Scheme: ColorScheme.Dark), async dark =>
        {
            await dark.GotoAsync(BrowserSiteFixture.ArticlePath);

            Assert.Equal("rgb(23, 24, 26)", await new SiteLayout(dark).BackgroundAsync());
            // The meta tag precedes the stylesheet, so the browser paints the right canvas at once.
            Assert.Equal("light dark", await dark.Locator("meta[name=color-scheme]").GetAttributeAsync("content"));
            Assert.Equal(1, await dark.Locator("meta[name=color-scheme] ~ link[rel=stylesheet]").CountAsync());
            Assert.Equal(2, await dark.Locator("meta[name=theme-color][media]").CountAsync());
        });
    }

    [BrowserFact]
    public async Task ReducedMotion_TurnsOffSmoothScrolling()
    {
        await site.WithPageAsync("reduced-motion", new(Motion: ReducedMotion.Reduce), async page =>
        {
            await page.GotoAsync(BrowserSiteFixture.ArticlePath);

            Assert.Equal("auto", await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).scrollBehavior"));
        });
    }

    [BrowserTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Page_WithJavaScriptOff_IsComplete(string path)
    {
        await site.WithPageAsync("no-javascript-" + path, new(JavaScript: false), async page =>
        {
            var response = await page.GotoAsync(path);
            var layout = new SiteLayout(page);

            Assert.Equal(SitePages.StatusOf(path), response?.Status);
            await Assertions.Expect(layout.Headings).ToHaveCountAsync(1);
            await Assertions.Expect(layout.MainLinks.First).ToBeVisibleAsync();
            if (path is BrowserSiteFixture.ArticlePath or BrowserSiteFixture.RichArticlePath)
            {
                var article = new ArticlePage(page);
                Assert.True(await article.Paragraphs.CountAsync() >= 3);
                Assert.True(await article.DatelineTimes.First.IsVisibleAsync());
            }
        });
    }
}
