using Site.Articles.Model;

namespace Site.Articles.Loading;

/// <summary>
/// One file in the article cache: its path, its size and time when the cache was written, and its
/// article. For a file that was broken then, <see cref="IsLastGood"/> is set and the article is its
/// last good version: kept to be served through a restart, never taken as the file's parse.
/// </summary>
public sealed record ArticleCacheEntry(string RelativePath, long Length, DateTime LastWriteUtc, Article Article, bool IsLastGood = false);
