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

    /// <summary>
    /// The space between the bottom of what main shows and the top of the footer; the bare band
    /// left under the footer, if any; and the room the viewport has beyond the content and the
    /// footer's own lines (more than zero when the page is shorter than the screen).
    /// </summary>
    public async Task<(double Gap, double BelowFooter, double Room)> FooterPlacementAsync()
    {
        var figures = await page.EvaluateAsync<double[]>(
            """
            () => {
              const content = Math.max(...[...document.querySelectorAll('main > *')].map(e => e.getBoundingClientRect().bottom));
              const footer = document.querySelector('.site-footer');
              const box = footer.getBoundingClientRect();
              const lines = footer.lastElementChild.getBoundingClientRect().bottom - box.top;
              return [box.top - content, innerHeight - box.bottom, innerHeight - content - lines];
            }
            """);
        return (figures[0], figures[1], figures[2]);
    }

    public Task<string> BackgroundAsync() => page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
}
