using Microsoft.Playwright;

namespace Site.BrowserTests.Pages;

/// <summary>The results of a search that found something: the count, then a headline per article.</summary>
public sealed class SearchResultsPage(IPage page)
{
    /// <summary>The count above the results; it is there once the results page has arrived.</summary>
    public ILocator Count => page.Locator(".search-count");

    public ILocator Headlines => page.Locator("main .story h2 a");
}
