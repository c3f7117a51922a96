using Site.Sharing;

namespace Site.Pages;

/// <summary>What the layout writes into a page's head: title, description, canonical URL, language, and the link preview.</summary>
public sealed record PageHead(string Title, string Description, string CanonicalUrl, string Language)
{
    /// <summary>Open Graph, Twitter/X and JSON-LD for the page; none on error pages.</summary>
    public SharePreview? Preview { get; init; }
}
