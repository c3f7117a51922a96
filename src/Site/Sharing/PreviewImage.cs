namespace Site.Sharing;

/// <summary>The picture a link preview shows, at an absolute URL.</summary>
public sealed record PreviewImage(string Url, int Width, int Height, string MediaType, string Alt);
