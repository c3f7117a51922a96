using Microsoft.Playwright;

namespace Site.BrowserTests.Pages;

/// <summary>What every page shares through the layout: the header, main, the footer; and what has keyboard focus.</summary>
public sealed class SiteLayout(IPage page)
{
    public SiteHeader Header { get; } = new(page);

    public ILocator Headings => page.Locator("h1");

    public ILocator MainLinks => page.Locator("main a[href]");

    public ILocator Footer => page.Locator(".site-footer");

    /// <summary>What has keyboard focus, and whether a sighted reader can see that it has.</summary>
    public Task<FocusedElement> FocusedAsync() =>
        page.EvaluateAsync<FocusedElement>(
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
            """);

    /// <summary>The document's scrolling width beside the viewport's: wider means the page scrolls sideways.</summary>
    public async Task<(int Scroll, int Client)> WidthsAsync()
    {
        var widths = await page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        return (widths[0], widths[1]);
    }

    public Task<string> BackgroundAsync() => page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
}
