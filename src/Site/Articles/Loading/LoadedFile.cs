using Site.Articles.Model;

namespace Site.Articles.Loading;

/// <summary>What was loaded from one file: the file as scanned, its article (or its last good one), and its errors.</summary>
public sealed record LoadedFile(ContentFile File, Article? Article, IReadOnlyList<ContentError> Errors);
