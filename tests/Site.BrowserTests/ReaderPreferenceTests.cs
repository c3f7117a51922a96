using Microsoft.Playwright;
using Site.BrowserTests.Infrastructure;

namespace Site.BrowserTests;

/// <summary>The reader's settings win: dark mode, reduced motion, and no JavaScript at all.</summary>
[Collection(BrowserGroup.Name)]
public sealed class ReaderPreferenceTests(BrowserSiteFixture site)
{
    private const string Background = "() => getComputedStyle(document.body).backgroundColor";

    [BrowserFact]
    public async Task DarkScheme_PaintsADarkPage_AndDeclaresBothSchemesBeforeTheStylesheet()
    {
        var light = await site.NewPageAsync(scheme: ColorScheme.Light);
        var dark = await site.NewPageAsync(scheme: ColorScheme.Dark);
        try
        {
            await light.GotoAsync(BrowserSiteFixture.ArticlePath);
            await dark.GotoAsync(BrowserSiteFixture.ArticlePath);

            await Evidence.OnFailureAsync(dark, "dark-scheme", async () =>
            {
                Assert.Equal("rgb(251, 250, 247)", await light.EvaluateAsync<string>(Background));
                Assert.Equal("rgb(23, 24, 26)", await dark.EvaluateAsync<string>(Background));
                // The meta tag precedes the stylesheet, so the browser paints the right canvas at once.
                Assert.Equal("light dark", await dark.Locator("meta[name=color-scheme]").GetAttributeAsync("content"));
                Assert.Equal(1, await dark.Locator("meta[name=color-scheme] ~ link[rel=stylesheet]").CountAsync());
                Assert.Equal(2, await dark.Locator("meta[name=theme-color][media]").CountAsync());
            });
        }
        finally
        {
            await light.Context.CloseAsync();
            await dark.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task ReducedMotion_TurnsOffSmoothScrolling()
    {
        var page = await site.NewPageAsync(motion: ReducedMotion.Reduce);
        try
        {
            await page.GotoAsync(BrowserSiteFixture.ArticlePath);

            await Evidence.OnFailureAsync(page, "reduced-motion", async () =>
                Assert.Equal("auto", await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).scrollBehavior")));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Page_WithJavaScriptOff_IsComplete(string path)
    {
        var page = await site.NewPageAsync(javaScript: false);
        try
        {
            var response = await page.GotoAsync(path);

            await Evidence.OnFailureAsync(page, "no-javascript-" + path, async () =>
            {
                Assert.Equal(SitePages.StatusOf(path), response?.Status);
                await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1);
                await Assertions.Expect(page.Locator("main a[href]").First).ToBeVisibleAsync();
                if (path is BrowserSiteFixture.ArticlePath or BrowserSiteFixture.RichArticlePath)
                {
                    Assert.True(await page.Locator("article .article-body > p").CountAsync() >= 3);
                    Assert.True(await page.Locator("article .dateline time").First.IsVisibleAsync());
                }
            });
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
