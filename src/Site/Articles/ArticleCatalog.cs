using System.Collections.Concurrent;
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

    private readonly DateTimeOffset _settledAt;
    private readonly Dictionary<string, List<int>> _tagPositions;
    private readonly FrozenDictionary<string, int> _positions;
    private readonly ConcurrentDictionary<int, ImmutableArray<Article>> _related = new();

    private ArticleCatalog(
        ImmutableArray<Article> newestFirst,
        FrozenDictionary<string, Article> byPermalink,
        FrozenDictionary<string, Article> byAlias,
        ImmutableArray<ContentError> errors,
        DateTimeOffset loadedAt,
        Dictionary<Article, string> permalinks)
    {
        NewestFirst = newestFirst;
        ByPermalink = byPermalink;
        ByAlias = byAlias;
        Errors = errors;
        ByTag = newestFirst
            .SelectMany(a => a.Tags.Select(t => t.Slug).Distinct(StringComparer.Ordinal).Select(slug => (Slug: slug, Article: a)))
            .GroupBy(p => p.Slug, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Article).ToImmutableArray(), StringComparer.Ordinal);
        _settledAt = loadedAt;
        _tagPositions = RelatedArticles.TagPositions(newestFirst);
        _positions = Enumerable.Range(0, newestFirst.Length).ToFrozenDictionary(i => permalinks[newestFirst[i]], StringComparer.Ordinal);
    }

    public ImmutableArray<Article> NewestFirst { get; }

    /// <summary>Articles by their normalised permalink (see <see cref="Permalinks.Normalize"/>).</summary>
    public FrozenDictionary<string, Article> ByPermalink { get; }

    /// <summary>Articles by each normalised alias path.</summary>
    public FrozenDictionary<string, Article> ByAlias { get; }

    /// <summary>Articles by the slug of each of their tags, newest first.</summary>
    public FrozenDictionary<string, ImmutableArray<Article>> ByTag { get; }

    /// <summary>
    /// The article's related articles, ranked (see <see cref="RelatedArticles"/>): worked out once
    /// per catalog, when first asked, so a new catalog (start-up, an edit) is not held up by
    /// ranking every article, and a page that is kept in memory never asks again.
    /// </summary>
    /// <param name="permalink">The article's normalised permalink.</param>
    public ImmutableArray<Article> RelatedTo(string permalink) =>
        _positions.TryGetValue(permalink, out var position)
            ? _related.GetOrAdd(position, i => RelatedArticles.For(NewestFirst, _tagPositions, i, _settledAt))
            : [];

    public ImmutableArray<ContentError> Errors { get; }

    /// <summary>Counts the loads: every reload gives a new number, so caches can tell snapshots apart.</summary>
    public long Generation { get; private init; }

    /// <summary>When the snapshot was loaded: the newest any listing made from it can be.</summary>
    public DateTimeOffset LoadedAt { get; private init; }

    /// <summary>
    /// Indexes the articles. When two claim one path, the rule is: an article that held the
    /// permalink or alias in <paramref name="previous"/> keeps it; otherwise a published article
    /// beats a draft (a draft never displaces one), then the older (by date, then by file path) wins. Permalinks are settled
    /// before aliases, so no alias can take a permalink. A loser is left out with an error naming
    /// both files.
    /// </summary>
    public static ArticleCatalog Build(
        IEnumerable<Article> articles,
        IEnumerable<ContentError> errors,
        long generation = 0,
        DateTimeOffset loadedAt = default,
        ArticleCatalog? previous = null)
    {
        var allErrors = errors.ToList();
        var candidates = articles.ToList();
        var present = candidates.Select(a => a.SourcePath).ToHashSet(StringComparer.Ordinal);

        // Each normalised permalink worked out once: the rules below ask for it several times per article.
        var permalinks = new Dictionary<Article, string>(candidates.Count, ReferenceEqualityComparer.Instance);
        foreach (var article in candidates)
        {
            permalinks[article] = Permalinks.Normalize(article.Permalink);
        }

        bool Held(Article article, string path) =>
            previous is not null &&
            (previous.ByPermalink.GetValueOrDefault(path) ?? previous.ByAlias.GetValueOrDefault(path)) is { } holder &&
            holder.SourcePath == article.SourcePath;
        bool HeldByAnother(Article article, string path) =>
            previous?.ByAlias.GetValueOrDefault(path) is { } holder && holder.SourcePath != article.SourcePath && present.Contains(holder.SourcePath);

        var ordered = candidates
            .OrderBy(a => a.IsDraft)
            .ThenByDescending(a => Held(a, permalinks[a]))
            .ThenBy(a => a.Published)
            .ThenBy(a => a.SourcePath, StringComparer.Ordinal)
            .ToList();

        var byPermalink = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in ordered)
        {
            var permalink = permalinks[article];
            if (byPermalink.TryGetValue(permalink, out var owner))
            {
                allErrors.Add(new ContentError(article.SourcePath, 1,
                    $"permalink {article.Permalink} is already used by {owner.SourcePath}; {Why(owner)}: give this article another slug or date"));
            }
            else if (HeldByAnother(article, permalink))
            {
                allErrors.Add(new ContentError(article.SourcePath, 1,
                    $"permalink {article.Permalink} is already an alias of {previous!.ByAlias[permalink].SourcePath}, published first: give this article another slug or date"));
            }
            else
            {
                byPermalink[permalink] = article;
            }
        }

        var byAlias = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in ordered.Where(a => byPermalink.GetValueOrDefault(permalinks[a]) == a))
        {
            var clash = article.Aliases
                .Select(alias => (Alias: alias, Owner: byPermalink.GetValueOrDefault(alias) ?? byAlias.GetValueOrDefault(alias)))
                .FirstOrDefault(c => c.Owner is not null);
            if (clash.Owner is not null)
            {
                allErrors.Add(new ContentError(article.SourcePath, 1, clash.Owner == article
                    ? $"alias {clash.Alias} is this article's own permalink: remove it"
                    : $"alias {clash.Alias} is already used by {clash.Owner.SourcePath}: remove it or pick another path"));
                byPermalink.Remove(permalinks[article]);
                continue;
            }

            foreach (var alias in article.Aliases)
            {
                byAlias[alias] = article;
            }
        }

        string Why(Article owner) =>
            previous is not null && Held(owner, permalinks[owner]) ? "it was published first and keeps it"
            : !owner.IsDraft ? "the published article keeps it"
            : "the older article keeps it";

        return new ArticleCatalog(
            [.. byPermalink.Values.OrderByDescending(a => a.Published).ThenBy(a => a.Slug, StringComparer.Ordinal)],
            byPermalink.ToFrozenDictionary(StringComparer.Ordinal),
            byAlias.ToFrozenDictionary(StringComparer.Ordinal),
            [.. allErrors.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line)],
            loadedAt,
            permalinks)
        {
            Generation = generation,
            LoadedAt = loadedAt,
        };
    }
}
