namespace Site.Articles.Loading;

/// <summary>
/// What the articles in a cache file were parsed under: the build of the site and its parsing
/// libraries, the content folder as resolved, and the default language.
/// </summary>
public sealed record ArticleCacheKey(string Build, string Root, string Language);
