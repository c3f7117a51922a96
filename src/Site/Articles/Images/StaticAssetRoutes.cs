using System.Collections.Frozen;
using System.Text.Json;

namespace Site.Articles.Images;

/// <summary>
/// The files MapStaticAssets serves: the routes of the endpoints manifest the build (or publish)
/// wrote beside the app. A file put under wwwroot after the build is on disk but not among them,
/// and is answered with 404. Routes are compared exactly, without a leading slash.
/// </summary>
public sealed class StaticAssetRoutes(IEnumerable<string> routes)
{
    private readonly FrozenSet<string> _routes = routes.ToFrozenSet(StringComparer.Ordinal);

    /// <param name="path">A site path such as /images/photo.jpg.</param>
    public bool Contains(string path) => _routes.Contains(path.TrimStart('/'));

    /// <summary>The manifest MapStaticAssets reads by default: {ApplicationName}.staticwebassets.endpoints.json in the app's base directory.</summary>
    public static StaticAssetRoutes ForApplication(string applicationName) =>
        FromManifest(Path.Combine(AppContext.BaseDirectory, $"{applicationName}.staticwebassets.endpoints.json"));

    /// <summary>
    /// Reads the routes of a manifest once. Without a manifest nothing is served, so nothing is
    /// listed and every lead image is reported rather than published as a broken link.
    /// </summary>
    public static StaticAssetRoutes FromManifest(string manifestPath)
    {
        if (!File.Exists(manifestPath))
        {
            return new StaticAssetRoutes([]);
        }

        using var stream = File.OpenRead(manifestPath);
        using var manifest = JsonDocument.Parse(stream);
        return new StaticAssetRoutes(
            manifest.RootElement.GetProperty("Endpoints").EnumerateArray()
                .Select(endpoint => endpoint.GetProperty("Route").GetString())
                .OfType<string>());
    }
}
