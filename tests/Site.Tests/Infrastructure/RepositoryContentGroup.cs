namespace Site.Tests.Infrastructure;

/// <summary>The test classes that share one <see cref="RepositoryContentFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class RepositoryContentGroup : ICollectionFixture<RepositoryContentFixture>
{
    public const string Name = "Repository content";
}
