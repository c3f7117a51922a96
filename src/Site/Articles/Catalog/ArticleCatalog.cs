using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Site.Articles.Model;

namespace Site.Articles.Catalog;

/// <summary>
/// An immutable snapshot of every article that parsed, indexed for the pages, with the errors
/// of the files that did not. Visibility (drafts, scheduled articles) is decided by the reader.
/// </summary>
public sealed class ArticleCatalog
{
    public static readonly ArticleCatalog Empty = Build([], []);

    private readonly DateTimeOffset _settledAt;
    private readonly Dictionary<string, List<int>> _tagPositions;
    private readonly Dictionary<string, int> _positions;
    private readonly ConcurrentDictionary<int, ImmutableArray<Article>> _related = new();

    private ArticleCatalog(
        KeyValuePair<string, Article>[] newestFirst,
        Dictionary<string, Article> byPermalink,
        Dictionary<string, Article> byAlias,
        ImmutableArray<ContentError> errors,
        DateTimeOffset loadedAt)
    {
        NewestFirst = [.. newestFirst.Select(p => p.Value)];
        ByPermalink = byPermalink;
        ByAlias = byAlias;
        Errors = errors;
        _settledAt = loadedAt;
        _tagPositions = RelatedArticles.TagPositions(NewestFirst);
        var byTag = new Dictionary<string, ImmutableArray<Article>>(_tagPositions.Count, StringComparer.Ordinal);
        foreach (var (slug, positions) in _tagPositions)
        {
            byTag[slug] = [.. positions.Select(i => NewestFirst[i])];
        }

        ByTag = byTag;
        _positions = new(newestFirst.Length, StringComparer.Ordinal);
        for (var i = 0; i < newestFirst.Length; i++)
        {
            _positions[newestFirst[i].Key] = i;
        }
    }

    public ImmutableArray<Article> NewestFirst { get; }

    // Plain dictionaries, not frozen ones: freezing makes a lookup a little faster but the build
    // slower, and a catalog is built again at every edit while the pages made from it are kept.

    /// <summary>Articles by their normalised permalink (see <see cref="Permalinks.Normalize"/>).</summary>
    public IReadOnlyDictionary<string, Article> ByPermalink { get; }

    /// <summary>Articles by each normalised alias path.</summary>
    public IReadOnlyDictionary<string, Article> ByAlias { get; }

    /// <summary>Articles by the slug of each of their tags, newest first.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<Article>> ByTag { get; }

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

        // Each candidate with what the rules below ask of it (its normalised permalink, whether it
        // held that permalink before), worked out once, then in the order the rules give.
        var candidates = articles.Select((article, index) =>
        {
            var permalink = Permalinks.Normalize(article.Permalink);
            return new Candidate(article, permalink, Held(article, permalink), index);
        }).ToArray();
        Array.Sort(candidates, Candidate.Precedence);
        // The files still here, asked for only when an alias of the previous catalog is in the way.
        var present = previous is { ByAlias.Count: > 0 } ? candidates.Select(c => c.Article.SourcePath).ToHashSet(StringComparer.Ordinal) : null;

        bool Held(Article article, string path) =>
            previous is not null &&
            (previous.ByPermalink.GetValueOrDefault(path) ?? previous.ByAlias.GetValueOrDefault(path)) is { } holder &&
            holder.SourcePath == article.SourcePath;
        bool HeldByAnother(Article article, string path) =>
            previous?.ByAlias.GetValueOrDefault(path) is { } holder && holder.SourcePath != article.SourcePath && present!.Contains(holder.SourcePath);

        var byPermalink = new Dictionary<string, Article>(candidates.Length, StringComparer.Ordinal);
        foreach (var (article, permalink, _, _) in candidates)
        {
            if (byPermalink.TryGetValue(permalink, out var owner))
            {
                allErrors.Add(new ContentError(article.SourcePath, 1,
                    $"permalink {article.Permalink} is already used by {owner.SourcePath}{LookAlike(owner.SourcePath, article.SourcePath)}; {Why(owner)}: give this article another slug or date"));
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
        foreach (var (article, permalink, _, _) in candidates)
        {
            if (byPermalink.GetValueOrDefault(permalink) != article)
            {
                continue;
            }

            var clash = article.Aliases
                .Select(alias => (Alias: alias, Owner: byPermalink.GetValueOrDefault(alias) ?? byAlias.GetValueOrDefault(alias)))
                .FirstOrDefault(c => c.Owner is not null);
            if (clash.Owner is not null)
            {
                allErrors.Add(new ContentError(article.SourcePath, 1, clash.Owner == article
                    ? $"alias {clash.Alias} is this article's own permalink: remove it"
                    : $"alias {clash.Alias} is already used by {clash.Owner.SourcePath}: remove it or pick another path"));
                byPermalink.Remove(permalink);
                continue;
            }

            foreach (var alias in article.Aliases)
            {
                byAlias[alias] = article;
            }
        }

        string Why(Article owner) =>
            previous is not null && Held(owner, Permalinks.Normalize(owner.Permalink)) ? "it was published first and keeps it"
            : !owner.IsDraft ? "the published article keeps it"
            : "the older article keeps it";

        // café.md typed on one system and copied from another: two names that look the same.
        static string LookAlike(string owner, string claimant) =>
            owner != claimant && owner.Normalize(NormalizationForm.FormC) == claimant.Normalize(NormalizationForm.FormC)
                ? " (the two file names look the same but are spelt differently: one in Unicode's composed form, NFC, the other decomposed, NFD, as some systems save it; keep one)"
                : "";

        allErrors.AddRange(ShadowedAliases.Find(byAlias, byPermalink.Values));
        var newestFirst = byPermalink.ToArray();
        Array.Sort(newestFirst, static (x, y) =>
            y.Value.Published.CompareTo(x.Value.Published) is var byDate and not 0 ? byDate
            : string.CompareOrdinal(x.Value.Slug, y.Value.Slug) is var bySlug and not 0 ? bySlug
            : string.CompareOrdinal(x.Key, y.Key));
        return new ArticleCatalog(
            newestFirst,
            byPermalink,
            byAlias,
            [.. allErrors.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line)],
            loadedAt)
        {
            Generation = generation,
            LoadedAt = loadedAt,
        };
    }

    /// <summary>An article as the clash rules see it, with <see cref="Index"/> (its place in the input) settling any tie.</summary>
    private readonly record struct Candidate(Article Article, string Permalink, bool Held, int Index)
    {
        /// <summary>Published before drafts, then the holder of the path, then the older, then by file path.</summary>
        public static int Precedence(Candidate x, Candidate y) =>
            x.Article.IsDraft.CompareTo(y.Article.IsDraft) is var byDraft and not 0 ? byDraft
            : y.Held.CompareTo(x.Held) is var byHeld and not 0 ? byHeld
            : x.Article.Published.CompareTo(y.Article.Published) is var byDate and not 0 ? byDate
            : string.CompareOrdinal(x.Article.SourcePath, y.Article.SourcePath) is var byPath and not 0 ? byPath
            : x.Index.CompareTo(y.Index);
    }
}
