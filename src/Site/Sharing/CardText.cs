using System.Security.Cryptography;
using System.Text;

namespace Site.Sharing;

/// <summary>
/// Everything drawn on a card. Its hash names the card's URL, so a changed headline (or a
/// changed design, through <see cref="DesignVersion"/>) gives a new URL that no cache has seen.
/// </summary>
public sealed record CardText(string SiteName, string Headline, string Dateline, string? Source)
{
    /// <summary>Raise this when the drawing changes, so every card gets a new address.</summary>
    public const int DesignVersion = 1;

    public string Hash => HashOf(SiteName, Headline, Dateline, Source);

    /// <summary>The line under the headline: "13 August 2024 · Reuters".</summary>
    public string Footer => Source is null ? Dateline : $"{Dateline} · {Source}";

    private static string HashOf(params string?[] fields)
    {
        var text = string.Join('\n', [DesignVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), .. fields.Select(f => f ?? "")]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
