using Site.Articles.Images;

namespace Site.Tests.Articles.Images;

public sealed class StaticAssetRoutesTests : IDisposable
{
    private readonly string _manifest = Path.Combine(Path.GetTempPath(), $"site-tests-{Guid.NewGuid():N}.staticwebassets.endpoints.json");

    public void Dispose() => File.Delete(_manifest);

    [Fact]
    public void FromManifest_ListsEachRoute_ComparedExactlyAndWithOrWithoutALeadingSlash()
    {
        File.WriteAllText(_manifest, """
            {
              "Version": 1,
              "ManifestType": "Build",
              "Endpoints": [
                { "Route": "images/photo.jpg", "AssetFile": "images/photo.jpg" },
                { "Route": "images/photo.abc123.jpg", "AssetFile": "images/photo.jpg" }
              ]
            }
            """);

        var routes = StaticAssetRoutes.FromManifest(_manifest);

        Assert.True(routes.Contains("/images/photo.jpg"));
        Assert.True(routes.Contains("images/photo.jpg"));
        Assert.False(routes.Contains("/images/Photo.jpg"));
        Assert.False(routes.Contains("/images/other.jpg"));
    }

    [Fact]
    public void FromManifest_NoManifest_ServesNothing()
    {
        Assert.False(StaticAssetRoutes.FromManifest(_manifest).Contains("/css/site.css"));
    }

    [Fact]
    public void ForApplication_ReadsTheManifestTheSiteBuildWroteBesideTheApp()
    {
        Assert.True(StaticAssetRoutes.ForApplication("Site").Contains("/css/site.css"));
    }
}
