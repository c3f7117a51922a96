namespace Site.Pages;

/// <summary>What the layout writes into a page's head: title, description, canonical URL, language.</summary>
public sealed record PageHead(string Title, string Description, string CanonicalUrl, string Language)
{
    public const string Key = nameof(PageHead);
}
