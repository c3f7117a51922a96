using System.Collections.Immutable;

namespace Site.Sharing;

/// <summary>A social card size: Open Graph's 1.91:1, and the 16:9, 4:3 and 1:1 images structured data asks for.</summary>
public sealed record CardFormat(string Name, int Width, int Height)
{
    public static readonly CardFormat OpenGraph = new("1200x630", 1200, 630);

    public static readonly CardFormat Wide = new("1200x675", 1200, 675);

    public static readonly CardFormat Standard = new("1200x900", 1200, 900);

    public static readonly CardFormat Square = new("1200x1200", 1200, 1200);

    /// <summary>The publisher logo structured data names: the site's name on a 600x60 strip.</summary>
    public static readonly CardFormat Logo = new("logo-600x60", 600, 60);

    public static readonly ImmutableArray<CardFormat> All = [OpenGraph, Wide, Standard, Square];

    /// <summary>The ratios search engines want for an article's image, widest first.</summary>
    public static readonly ImmutableArray<CardFormat> StructuredData = [Wide, Standard, Square];

    public static CardFormat? Find(string name) => name == Logo.Name ? Logo : All.FirstOrDefault(f => f.Name == name);
}
