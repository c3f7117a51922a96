using Microsoft.Extensions.FileProviders;
using Site.Articles.Model;
using SkiaSharp;

namespace Site.Articles.Images;

/// <summary>
/// Checks a front matter <c>image</c> against the web root: the file must exist, be among the
/// files this build serves, and be wide enough for large link previews. Only the image header
/// is read, to learn its size.
/// </summary>
public sealed class LeadImages(IFileProvider webRoot, StaticAssetRoutes served)
{
    public const int MinimumWidth = 1200;

    /// <summary>The image's facts, or a message saying what is wrong with it.</summary>
    public (LeadImage? Image, string? Error) Read(string path, string alt)
    {
        if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal) || path.Contains("..", StringComparison.Ordinal))
        {
            return (null, $"image '{path}' must be a path under wwwroot starting with '/', such as /images/photo.jpg");
        }

        var file = webRoot.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory)
        {
            return (null, $"image '{path}' does not exist under wwwroot");
        }

        // The web root is read from disk, but only what the build listed is served.
        if (!served.Contains(path))
        {
            return (null, $"image '{path}' is not among the files this build serves: add it under wwwroot/ and rebuild");
        }

        using var stream = file.CreateReadStream();
        using var codec = SKCodec.Create(stream);
        if (codec is null)
        {
            return (null, $"image '{path}' is not a picture this site can read (use JPEG, PNG or WebP)");
        }

        if (codec.Info.Width < MinimumWidth)
        {
            return (null, $"image '{path}' is {codec.Info.Width} px wide; link previews need at least {MinimumWidth} px");
        }

        var mediaType = codec.EncodedFormat switch
        {
            SKEncodedImageFormat.Jpeg => "image/jpeg",
            SKEncodedImageFormat.Png => "image/png",
            SKEncodedImageFormat.Webp => "image/webp",
            SKEncodedImageFormat.Gif => "image/gif",
            _ => null,
        };
        return mediaType is null
            ? (null, $"image '{path}' is a {codec.EncodedFormat} file; use JPEG, PNG or WebP")
            : (new LeadImage(path, alt, codec.Info.Width, codec.Info.Height, mediaType), null);
    }
}
