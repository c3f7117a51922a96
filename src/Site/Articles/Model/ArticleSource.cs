namespace Site.Articles.Model;

/// <summary>Where a report comes from: a news agency or publication, with an optional link.</summary>
public sealed record ArticleSource(string Name, Uri? Url);
