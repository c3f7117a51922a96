namespace Site.Tests.Infrastructure;

/// <summary>One site over the repository's own content/, shared by the tests that only read it.</summary>
public sealed class RepositoryContentFixture : IDisposable
{
    public SiteFactory Factory { get; } = new(SiteFactory.RepositoryContent);

    public void Dispose() => Factory.Dispose();
}
