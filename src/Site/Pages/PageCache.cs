namespace Site.Pages;

/// <summary>The output cache's names for pages and the responses made like them (feeds, sitemap).</summary>
public static class PageCache
{
    public const string Policy = "pages";

    /// <summary>Every entry made from the article catalog, evicted together when it changes.</summary>
    public const string Tag = "articles";
}
