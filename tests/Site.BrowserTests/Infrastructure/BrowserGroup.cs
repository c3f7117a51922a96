namespace Site.BrowserTests.Infrastructure;

/// <summary>Every test class that shares the one server and the one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserSiteFixture>
{
    public const string Name = "Browser";
}
