
namespace Site.BrowserTests.Infrastructure;

/// <summary>One address for every page type a reader can land on.</summary>
public static class SitePages
{
    public const string Index = "/";

    public const string Tag = "/tags/russia";

    public const string Tags = "/tags";

    /// <summary>A month archive: the fixture articles of November 2025.</summary>
    public const string Archive = "/2025/11";

    public const string Missing = "/2024/08/13/no-such-story";

    public const string SearchResults = "/search?q=ferries";

    public const string SearchWithoutResults = "/search?q=volcano";

    public static IReadOnlyList<string> Paths { get; } =
        [Index, BrowserSiteFixture.ArticlePath, BrowserSiteFixture.RichArticlePath, Tag, Tags, Archive, Missing, SearchResults, SearchWithoutResults];

    public static TheoryData<string> All => new(Paths);

    public static int StatusOf(string path) => path == Missing ? 404 : 200;
}
