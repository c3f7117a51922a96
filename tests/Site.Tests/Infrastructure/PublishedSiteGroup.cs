namespace Site.Tests.Infrastructure;

/// <summary>The test classes that share one <see cref="PublishedSite"/> (publishing takes a while).</summary>
[CollectionDefinition(Name)]
public sealed class PublishedSiteGroup : ICollectionFixture<PublishedSite>
{
    public const string Name = "Published site";
}
