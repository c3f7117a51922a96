namespace Site.TestSupport;

/// <summary>
/// The slow tiers, as xunit traits (<c>[Trait(TestTiers.Category, TestTiers.Browser)]</c>), so the
/// fast loop can leave them out: <c>dotnet test --filter "Category!=Published&amp;Category!=Sweep&amp;Category!=Browser"</c>.
/// </summary>
public static class TestTiers
{
    public const string Category = "Category";

    /// <summary>Tests that run a real <c>dotnet publish</c> and start its output as a process.</summary>
    public const string Published = "Published";

    /// <summary>Sweeps of every route and method against the site on a real port.</summary>
    public const string Sweep = "Sweep";

    /// <summary>Chromium through Playwright: axe, the Nu checker, Lighthouse, keyboard, print, screenshots.</summary>
    public const string Browser = "Browser";
}
