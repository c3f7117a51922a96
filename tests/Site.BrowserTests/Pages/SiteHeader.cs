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

    /// <summary>How many pixels of the section row are scrolled out of sight (0 when it does not scroll).</summary>
    public Task<int> SectionRowOverflowAsync() =>
        page.EvaluateAsync<int>("() => { const nav = document.querySelector('.site-nav'); return nav.scrollWidth - nav.clientWidth; }");

    /// <summary>Where each section link leads that the reader cannot see whole: cut by the row's edge or the screen's.</summary>
    public Task<string[]> SectionsCutOffAsync() =>
        page.EvaluateAsync<string[]>(
            """
            () => {
              const row = document.querySelector('.site-nav').getBoundingClientRect();
              const left = Math.max(row.left, 0), right = Math.min(row.right, document.documentElement.clientWidth);
              return [...document.querySelectorAll('.site-nav a')]
                .filter(a => { const box = a.getBoundingClientRect(); return box.left < left || box.right > right; })
                .map(a => a.getAttribute('href'));
            }
            """);

    /// <summary>The header's search box, found as a screen reader finds it: by its role and accessible name.</summary>
    public ILocator SearchBox => page.Locator("header").GetByRole(AriaRole.Searchbox, new() { Name = "Search the site", Exact = true });

    /// <summary>What a sighted reader is shown about the search box: its label if the label is on screen, else its placeholder.</summary>
    public Task<string> SearchPromptAsync() =>
        page.EvaluateAsync<string>(
            """
            () => {
              const input = document.querySelector('header [role=search] input[name=q]');
              const label = input.labels[0];
              const box = label?.getBoundingClientRect();
              const shown = !!label && label.checkVisibility() && box.width > 1 && box.height > 1;
              return (shown ? label.textContent : input.placeholder ?? '').trim();
            }
            """);

    public Task<bool> SearchHasFocusAsync() =>
        page.EvaluateAsync<bool>("() => document.activeElement?.name === 'q' && !!document.activeElement.closest('header [role=search]')");
}
