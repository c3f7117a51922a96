using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Site.Articles;

/// <summary>
/// An immutable snapshot of every article that parsed, indexed for the pages, with the errors
/// of the files that did not. Visibility (drafts, scheduled articles) is decided by the reader.
/// </summary>
public sealed class ArticleCatalog
{
    public static readonly ArticleCatalog Empty = Build([], []);

    private ArticleCatalog(
        ImmutableArray<Article> newestFirst,
        FrozenDictionary<string, Article> byPermalink,
        FrozenDictionary<string, Article> byAlias,
        ImmutableArray<ContentError> errors)
    {
        NewestFirst = newestFirst;
        ByPermalink = byPermalink;
        ByAlias = byAlias;
        Errors = errors;
    }

    public ImmutableArray<Article> NewestFirst { get; }

    /// <summary>Articles by their normalised permalink (see <see cref="Permalinks.Normalize"/>).</summary>
    public FrozenDictionary<string, Article> ByPermalink { get; }

    /// <summary>Articles by each normalised alias path.</summary>
    public FrozenDictionary<string, Article> ByAlias { get; }

    public ImmutableArray<ContentError> Errors { get; }

    /// <summary>Counts the loads: every reload gives a new number, so caches can tell snapshots apart.</summary>
    public long Generation { get; private init; }

    /// <summary>When the snapshot was loaded: the newest any listing made from it can be.</summary>
    public DateTimeOffset LoadedAt { get; private init; }

    /// <summary>
    /// Indexes the articles in path order; an article whose permalink or alias is already taken
    /// by an earlier file is left out with an error naming both files.
    /// </summary>
    public static ArticleCatalog Build(
        IEnumerable<Article> articles, IEnumerable<ContentError> errors, long generation = 0, DateTimeOffset loadedAt = default)
    {
        var allErrors = errors.ToList();
        var byPermalink = new Dictionary<string, Article>(StringComparer.Ordinal);
        var byAlias = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in articles.OrderBy(a => a.SourcePath, StringComparer.Ordinal))
        {
            var permalink = Permalinks.Normalize(article.Permalink);
            var clash = Owner(permalink);
            var aliasClash = article.Aliases.Select(a => (Alias: a, Owner: Owner(a)))
                .FirstOrDefault(a => a.Owner is not null || a.Alias == permalink);
            if (clash is not null)
            {
                allErrors.Add(new ContentError(article.SourcePath, 1,
                    $"duplicate permalink {article.Permalink}: already used by {clash.SourcePath}"));
                continue;
            }

            if (aliasClash.Alias is not null)
            {
                allErrors.Add(new ContentError(article.SourcePath, 1,
                    $"alias {aliasClash.Alias} is already used by {aliasClash.Owner?.SourcePath ?? "this article's own permalink"}"));
                continue;
            }

            byPermalink[permalink] = article;
            foreach (var alias in article.Aliases)
            {
                byAlias[alias] = article;
            }
        }

        return new ArticleCatalog(
            [.. byPermalink.Values.OrderByDescending(a => a.Published).ThenBy(a => a.Slug, StringComparer.Ordinal)],
            byPermalink.ToFrozenDictionary(StringComparer.Ordinal),
            byAlias.ToFrozenDictionary(StringComparer.Ordinal),
            [.. allErrors.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line)])
        {
            Generation = generation,
            LoadedAt = loadedAt,
        };

        Article? Owner(string path) =>
            byPermalink.GetValueOrDefault(path) ?? byAlias.GetValueOrDefault(path);
    }
}
