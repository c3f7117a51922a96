using System.Globalization;

namespace Site.Articles.Model;

/// <summary>Builds and normalises the site's permanent paths.</summary>
public static class Permalinks
{
    /// <summary>The list of every topic.</summary>
    public const string Tags = "/tags";

    public static string For(DateTimeOffset published, string slug) =>
        string.Create(CultureInfo.InvariantCulture, $"/{published:yyyy}/{published:MM}/{published:dd}/{slug}");

    /// <summary>
    /// The form a path is looked up by: lower case, without a trailing slash ("/" stays "/").
    /// Two paths that differ only by case or a trailing slash normalise to the same key.
    /// </summary>
    public static string Normalize(string path)
    {
        var trimmed = path.Length > 1 ? path.TrimEnd('/') : path;
        return trimmed.Length == 0 ? "/" : trimmed.ToLowerInvariant();
    }
}
