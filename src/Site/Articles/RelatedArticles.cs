using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Site.Articles;

/// <summary>
/// For every article, the others that share a tag with it, ranked once per catalog: most shared
/// tags first, then newest first. Which of them a reader may see is decided at read time, so each
/// list runs on past the first <see cref="Shown"/> articles until it holds that many that are
/// <em>settled</em> (published, not drafts, and due by the time the catalog was loaded: visible to
/// every reader from then on). Whatever becomes visible later, the first <see cref="Shown"/>
/// visible ones are always within the list, and a page never looks past it.
/// </summary>
public static class RelatedArticles
{
    public const int Shown = 4;

    /// <param name="newestFirst">The catalog's articles, newest first.</param>
    /// <param name="settledAt">When the catalog was loaded.</param>
    /// <returns>The ranked candidates by normalised permalink; articles that share no tag are absent.</returns>
    public static FrozenDictionary<string, ImmutableArray<Article>> Rank(ImmutableArray<Article> newestFirst, DateTimeOffset settledAt)
    {
        // Positions in the newest-first list stand for the articles, so "newest" is "lowest".
        var byTag = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < newestFirst.Length; i++)
        {
            foreach (var slug in newestFirst[i].Tags.Select(t => t.Slug).Distinct(StringComparer.Ordinal))
            {
                if (!byTag.TryGetValue(slug, out var list))
                {
                    byTag[slug] = list = [];
                }

                list.Add(i);
            }
        }

        bool Settled(int i) => !newestFirst[i].IsDraft && newestFirst[i].Published <= settledAt;

        var ranked = new Dictionary<string, ImmutableArray<Article>>(StringComparer.Ordinal);
        for (var i = 0; i < newestFirst.Length; i++)
        {
            var lists = newestFirst[i].Tags.Select(t => t.Slug).Distinct(StringComparer.Ordinal).Select(slug => byTag[slug]).ToArray();
            var candidates = Candidates(i, lists, Settled);
            if (candidates.Length > 0)
            {
                ranked[Permalinks.Normalize(newestFirst[i].Permalink)] = [.. candidates.Select(j => newestFirst[j])];
            }
        }

        return ranked.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// Merges the article's tag lists (each in newest-first order) so that every other article
    /// comes out once, newest first, with the number of lists it is in: the tags it shares.
    /// </summary>
    private static int[] Candidates(int self, List<int>[] lists, Func<int, bool> settled)
    {
        var heads = new int[lists.Length];
        var bySharedTags = new List<int>?[lists.Length + 1];
        var settledSharingAll = 0;

        // Once enough settled articles share every tag, nothing later can rank above them.
        while (settledSharingAll < Shown)
        {
            var next = int.MaxValue;
            for (var k = 0; k < lists.Length; k++)
            {
                if (heads[k] < lists[k].Count && lists[k][heads[k]] < next)
                {
                    next = lists[k][heads[k]];
                }
            }

            if (next == int.MaxValue)
            {
                break;
            }

            var shared = 0;
            for (var k = 0; k < lists.Length; k++)
            {
                if (heads[k] < lists[k].Count && lists[k][heads[k]] == next)
                {
                    shared++;
                    heads[k]++;
                }
            }

            if (next == self)
            {
                continue;
            }

            (bySharedTags[shared] ??= []).Add(next);
            if (shared == lists.Length && settled(next))
            {
                settledSharingAll++;
            }
        }

        var result = new List<int>();
        var settledTaken = 0;
        for (var shared = lists.Length; shared >= 1 && settledTaken < Shown; shared--)
        {
            foreach (var candidate in bySharedTags[shared] ?? [])
            {
                result.Add(candidate);
                if (settled(candidate) && ++settledTaken == Shown)
                {
                    break;
                }
            }
        }

        return [.. result];
    }
}
