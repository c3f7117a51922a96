using Site.BrowserTests.Infrastructure;

namespace Site.BrowserTests;

[Collection(BrowserGroup.Name)]
public sealed class KeyboardTests(BrowserSiteFixture site)
{
    private const string DescribeFocus =
        """
        () => {
          const e = document.activeElement;
          const style = getComputedStyle(e);
          const box = e.getBoundingClientRect();
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          const shadow = style.boxShadow !== 'none';
          const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0;
          return { Tag: e.tagName, Href: e.getAttribute('href') ?? e.textContent, ClassName: e.className, Visible: (outline || shadow) && onScreen };
        }
        """;

    [BrowserTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task FirstTab_FocusesAVisibleSkipLink(string path)
    {
        var page = await site.NewPageAsync(390, 844);
        try
        {
            await page.GotoAsync(path);
            await page.Keyboard.PressAsync("Tab");

            await Evidence.OnFailureAsync(page, "skip-link-" + path, async () =>
            {
                var focused = await page.EvaluateAsync<FocusedElement>(DescribeFocus);
                Assert.Equal("skip-link", focused.ClassName);
                Assert.Equal("#main", focused.Href);
                Assert.True(focused.Visible, "The focused skip link shows no focus indicator or is off screen.");
                if (path == BrowserSiteFixture.ArticlePath)
                {
                    await Evidence.ScreenshotAsync(page, "article-skip-link-focused", fullPage: false);
                }
            });
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Tab_ReachesEveryLinkFieldAndButton_WithVisibleFocus(string path)
    {
        var page = await site.NewPageAsync(1280, 800);
        try
        {
            await page.GotoAsync(path);
            // Links, the search fields, and the buttons (named by their text, some added by share.js), in document order.
            var controls = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('a[href], input, button')].filter(e => e.checkVisibility()).map(e => e.tagName + ' ' + (e.getAttribute('href') ?? e.textContent))");

            var reached = new List<string>();
            await Evidence.OnFailureAsync(page, "tab-order-" + path, async () =>
            {
                for (var i = 0; i < controls.Length; i++)
                {
                    await page.Keyboard.PressAsync("Tab");
                    var focused = await page.EvaluateAsync<FocusedElement>(DescribeFocus);
                    Assert.True(focused.Visible, $"Focus on {focused.Tag} {focused.Href} is not visible.");
                    reached.Add(focused.Tag + " " + focused.Href);
                }

                Assert.Equal(controls, reached);
            });
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task Keyboard_FromTheSkipLink_ReachesTheHeaderSearch_AndSearches()
    {
        var page = await site.NewPageAsync(390, 844);
        try
        {
            await page.GotoAsync(SitePages.Index);
            var presses = 0;
            await Evidence.OnFailureAsync(page, "keyboard-search", async () =>
            {
                // Skip link, site name, the nav's links, then the search box: a handful of presses at most.
                do
                {
                    await page.Keyboard.PressAsync("Tab");
                    presses++;
                }
                while (presses < 10 && !await page.EvaluateAsync<bool>("() => document.activeElement?.name === 'q' && !!document.activeElement.closest('header [role=search]')"));

                var focused = await page.EvaluateAsync<FocusedElement>(DescribeFocus);
                Assert.Equal("INPUT", focused.Tag);
                Assert.True(focused.Visible, "The focused search box shows no focus indicator or is off screen.");

                await page.Keyboard.TypeAsync("ferries");
                // The results page's count is there once it has arrived (a selector wait outlives the navigation).
                await page.Keyboard.PressAsync("Enter");
                await page.WaitForSelectorAsync(".search-count", new() { Timeout = 90_000 });
                Assert.EndsWith("/search?q=ferries", page.Url, StringComparison.Ordinal);

                Assert.True(await page.Locator("main .story h2 a").First.IsVisibleAsync());
            });
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task Tab_WalksTheSectionNavigation_InOrder_WithEachFocusedSectionInView_OnANarrowPhone()
    {
        var page = await site.NewPageAsync(320, 640);
        try
        {
            await page.GotoAsync(SitePages.Tag);
            var sections = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.site-nav a')].map(a => a.getAttribute('href'))");

            await Evidence.OnFailureAsync(page, "section-navigation", async () =>
            {
                // The skip link, then the site's name, then the sections. A section the row hides
                // entirely is scrolled into view when it takes focus; Chromium leaves one that is
                // partly in view where it is, which is enough for its focus to be seen.
                await page.Keyboard.PressAsync("Tab");
                await page.Keyboard.PressAsync("Tab");
                var reached = new List<string>();
                foreach (var _ in sections)
                {
                    await page.Keyboard.PressAsync("Tab");
                    // Any scrolling that focus causes is done by the next frame.
                    await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
                    var focus = await page.EvaluateAsync<SectionFocus>(
                        """
                        () => {
                          const e = document.activeElement;
                          const box = e.getBoundingClientRect();
                          const row = e.closest('.site-nav')?.getBoundingClientRect();
                          const inRow = !!row && box.right > row.left && box.left < row.right;
                          return { Href: e.getAttribute('href') ?? '', InView: inRow && box.right > 0 && box.left < innerWidth, Current: e.getAttribute('aria-current') ?? '' };
                        }
                        """);
                    Assert.True(focus.InView, $"{focus.Href} has focus but is scrolled out of view.");
                    reached.Add(focus.Href + (focus.Current.Length > 0 ? " " + focus.Current : ""));
                }

                Assert.True(sections.Length >= 3, "The repository's settings should list sections its articles have.");
                Assert.Equal([.. sections.Select(s => s == SitePages.Tag ? s + " page" : s)], reached);
                Assert.Equal(0, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"));
            });
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
