using Site.BrowserTests.Infrastructure;
using Site.BrowserTests.Pages;

namespace Site.BrowserTests;

[Trait(TestTiers.Category, TestTiers.Browser)]
[Collection(BrowserGroup.Name)]
public sealed class KeyboardTests(BrowserSiteFixture site)
{
    [BrowserTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task FirstTab_FocusesAVisibleSkipLink(string path)
    {
        await site.WithPageAsync("skip-link-" + path, async page =>
        {
            await page.GotoAsync(path);
            await page.Keyboard.PressAsync("Tab");

            var focused = await new SiteLayout(page).FocusedAsync();
            Assert.Equal("skip-link", focused.ClassName);
            Assert.Equal("#main", focused.Href);
            Assert.True(focused.Visible, "The focused skip link shows no focus indicator or is off screen.");
            if (path == BrowserSiteFixture.ArticlePath)
            {
                await Evidence.ScreenshotAsync(page, "article-skip-link-focused", fullPage: false);
            }
        });
    }

    [BrowserTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Tab_ReachesEveryLinkFieldAndButton_WithVisibleFocus(string path)
    {
        await site.WithPageAsync("tab-order-" + path, new(1280, 800), async page =>
        {
            await page.GotoAsync(path);
            var layout = new SiteLayout(page);
            // Links, the search fields, and the buttons (named by their text, some added by share.js), in document order.
            var controls = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('a[href], input, button')].filter(e => e.checkVisibility()).map(e => e.tagName + ' ' + (e.getAttribute('href') ?? e.textContent))");

            var reached = new List<string>();
            for (var i = 0; i < controls.Length; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                var focused = await layout.FocusedAsync();
                Assert.True(focused.Visible, $"Focus on {focused.Tag} {focused.Href} is not visible.");
                reached.Add(focused.Tag + " " + focused.Href);
            }

            Assert.Equal(controls, reached);
        });
    }

    [BrowserFact]
    public async Task Keyboard_FromTheSkipLink_ReachesTheHeaderSearch_AndSearches()
    {
        await site.WithPageAsync("keyboard-search", async page =>
        {
            await page.GotoAsync(SitePages.Index);
            var layout = new SiteLayout(page);

            // Skip link, site name, the nav's links, then the search box: a handful of presses at most.
            var presses = 0;
            do
            {
                await page.Keyboard.PressAsync("Tab");
                presses++;
            }
            while (presses < 10 && !await layout.Header.SearchHasFocusAsync());

            var focused = await layout.FocusedAsync();
            Assert.Equal("INPUT", focused.Tag);
            Assert.True(focused.Visible, "The focused search box shows no focus indicator or is off screen.");

            await page.Keyboard.TypeAsync("ferries");
            // The results page's count is there once it has arrived (a locator wait outlives the navigation).
            await page.Keyboard.PressAsync("Enter");
            var results = new SearchResultsPage(page);
            await results.Count.WaitForAsync(new() { Timeout = 90_000 });
            Assert.EndsWith("/search?q=ferries", page.Url, StringComparison.Ordinal);

            Assert.True(await results.Headlines.First.IsVisibleAsync());
        });
    }

    [BrowserFact]
    public async Task Tab_WalksTheSectionNavigation_InOrder_WithEachFocusedSectionInView_OnANarrowPhone()
    {
        await site.WithPageAsync("section-navigation", new(320, 640), async page =>
        {
            await page.GotoAsync(SitePages.Tag);
            var layout = new SiteLayout(page);
            var sections = await layout.Header.SectionPathsAsync();

            // The skip link, then the site's name, then the sections, each in view when it takes focus.
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Tab");
            var reached = new List<string>();
            foreach (var _ in sections)
            {
                await page.Keyboard.PressAsync("Tab");
                // Any scrolling that focus causes is done by the next frame.
                await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
                var focus = await layout.Header.FocusedSectionAsync();
                Assert.True(focus.InView, $"{focus.Href} has focus but is scrolled out of view.");
                reached.Add(focus.Href + (focus.Current.Length > 0 ? " " + focus.Current : ""));
            }

            Assert.True(sections.Length >= 3, "The repository's settings should list sections its articles have.");
            Assert.Equal([.. sections.Select(s => s == SitePages.Tag ? s + " page" : s)], reached);
            var (scroll, client) = await layout.WidthsAsync();
            Assert.Equal(0, scroll - client);
        });
    }
}
