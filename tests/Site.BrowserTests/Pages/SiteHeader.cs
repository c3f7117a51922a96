using Microsoft.Playwright;

namespace Site.BrowserTests.Pages;

/// <summary>The top of every page: the skip link, the section navigation and the search form.</summary>
public sealed class SiteHeader(IPage page)
{
    public ILocator SkipLink => page.Locator(".skip-link");

    public ILocator Sections => page.Locator(".site-nav");

    /// <summary>Where each section link leads, in the order the header lists them.</summary>
    public Task<string[]> SectionPathsAsync() =>
        page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.site-nav a')].map(a => a.getAttribute('href'))");

    /// <summary>The focused section link: where it leads, whether the row shows it, its aria-current.</summary>
    public Task<SectionFocus> FocusedSectionAsync() =>
        page.EvaluateAsync<SectionFocus>(
            """
            () => {
              const e = document.activeElement;
              const box = e.getBoundingClientRect();
              const row = e.closest('.site-nav')?.getBoundingClientRect();
              const inRow = !!row && box.right > row.left && box.left < row.right;
              return { Href: e.getAttribute('href') ?? '', InView: inRow && box.right > 0 && box.left < innerWidth, Current: e.getAttribute('aria-current') ?? '' };
            }
            """);

    public Task<bool> SearchHasFocusAsync() =>
        page.EvaluateAsync<bool>("() => document.activeElement?.name === 'q' && !!document.activeElement.closest('header [role=search]')");
}
