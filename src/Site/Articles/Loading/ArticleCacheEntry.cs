using Site.Articles.Model;

namespace Site.Articles.Loading;

/// <summary>One cleanly parsed file in the article cache: its path, the size and time it was parsed at, and its article.</summary>
public sealed record ArticleCacheEntry(string RelativePath, long Length, DateTime LastWriteUtc, Article Article);
