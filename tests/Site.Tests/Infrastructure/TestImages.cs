using Microsoft.Extensions.FileProviders;
using Site.Articles.Images;
using SkiaSharp;

namespace Site.Tests.Infrastructure;

/// <summary>
/// A web root for parser tests, drawn once per run beside the test binaries:
/// /images/photo.jpg (1600x900, wide enough for previews) and /images/narrow.jpg (800x600, not),
/// both served; /images/unbuilt.jpg is on disk but, like a file added after the build, not served.
/// </summary>
public static class TestImages
{
    public static string WebRoot { get; } = Create();

    /// <summary>What the test web root's build would serve: every image but unbuilt.jpg.</summary>
    public static StaticAssetRoutes Routes { get; } =
        new(["images/photo.jpg", "images/narrow.jpg", "images/not-a-picture.jpg"]);

    public static LeadImages LeadImages { get; } = new(new PhysicalFileProvider(WebRoot), Routes);

    /// <summary>The images of the repository's own wwwroot and the routes the site's build wrote, for checking the shipped content.</summary>
    public static LeadImages Repository { get; } = new(
        new PhysicalFileProvider(Path.Combine(RepositoryRoot.Path, "wwwroot")),
        StaticAssetRoutes.ForApplication("Site"));

    public static byte[] Jpeg(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(0x33, 0x66, 0x99));
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }

    private static string Create()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "test-wwwroot");
        Directory.CreateDirectory(Path.Combine(root, "images"));
        File.WriteAllBytes(Path.Combine(root, "images", "photo.jpg"), Jpeg(1600, 900));
        File.WriteAllBytes(Path.Combine(root, "images", "narrow.jpg"), Jpeg(800, 600));
        File.WriteAllBytes(Path.Combine(root, "images", "unbuilt.jpg"), Jpeg(1600, 900));
        File.WriteAllText(Path.Combine(root, "images", "not-a-picture.jpg"), "plain text");
        return root;
    }
}
