
namespace Site.Sharing;

/// <summary>What a page tells link previews and search engines: Open Graph, Twitter/X card and JSON-LD.</summary>
public sealed record SharePreview
{
    /// <summary>Open Graph type: "article" or "website".</summary>
    public required string Type { get; init; }
    public required string SiteName { get; init; }

    /// <summary>Open Graph locale, such as "en" or "en_GB".</summary>
    public required string Locale { get; init; }
    public required PreviewImage Image { get; init; }
    public ArticleFacts? Article { get; init; }

    /// <summary>The page's JSON-LD, already serialised so that it cannot close its script element.</summary>
    public required string JsonLd { get; init; }
}
