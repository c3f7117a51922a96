using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Site.Articles.Model;

namespace Site.Articles.Catalog;

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

    /// <summary>Positions (in the newest-first list) of the articles with each tag slug, in order.</summary>
    public static Dictionary<string, List<int>> TagPositions(ImmutableArray<Article> newestFirst)
    {
        // Positions in the newest-first list stand for the articles, so "newest" is "lowest".
        var byTag = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < newestFirst.Length; i++)
        {
            var tags = newestFirst[i].Tags.AsSpan();
            for (var t = 0; t < tags.Length; t++)
            {
                if (!RepeatsAnEarlierTag(tags, t))
                {
                    (CollectionsMarshal.GetValueRefOrAddDefault(byTag, tags[t].Slug, out _) ??= []).Add(i);
                }
            }
        }

        return byTag;
    }

    /// <summary>Whether the tag at <paramref name="t"/> has the slug of one before it (each tag counts once per article, even if written twice).</summary>
    private static bool RepeatsAnEarlierTag(ReadOnlySpan<Tag> tags, int t)
    {
        for (var earlier = 0; earlier < t; earlier++)
        {
            if (tags[earlier].Slug == tags[t].Slug)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The ranked candidates of the article at position <paramref name="i"/> of
    /// <paramref name="newestFirst"/> (tags as in <paramref name="byTag"/>), with articles due by
    /// <paramref name="settledAt"/> (the catalog's load) counted as settled; empty when it shares no tag.
    /// </summary>
    public static ImmutableArray<Article> For(ImmutableArray<Article> newestFirst, Dictionary<string, List<int>> byTag, int i, DateTimeOffset settledAt)
    {
        bool Settled(int j) => !newestFirst[j].IsDraft && newestFirst[j].Published <= settledAt;
        var lists = newestFirst[i].Tags.Select(t => t.Slug).Distinct(StringComparer.Ordinal).Select(slug => byTag[slug]).ToArray();
        return [.. Candidates(i, lists, Settled).Select(j => newestFirst[j])];
    }

    /// <summary>
    /// The other articles in the article's tag lists (each in newest-first order), most shared
    /// tags first, then newest first, up to the <see cref="Shown"/>th settled one. An article
    /// sharing s of k tags must be in one of the k - s + 1 shortest lists, so the lists are taken
    /// shortest first, each member counted by a lookup in the longer ones; once Shown settled
    /// articles share as many tags as any not yet counted could, the rest is never read. A common
    /// tag is walked only as far as its newest articles.
    /// </summary>
    private static int[] Candidates(int self, List<int>[] lists, Func<int, bool> settled)
    {
        var byLength = lists.OrderBy(list => list.Count).ToArray();
        var k = byLength.Length;
        var shares = new Dictionary<int, int>();
        var tiers = new List<int>?[k + 1];
        var settledInTier = new int[k + 1];
        var complete = k + 1; // every article sharing at least this many tags has been counted
        for (var p = 0; p < k - 1 && SettledFrom(settledInTier, complete) < Shown; p++)
        {
            foreach (var candidate in byLength[p])
            {
                if (candidate == self || shares.ContainsKey(candidate))
                {
                    continue;
                }

                var shared = 1;
                for (var q = p + 1; q < k; q++)
                {
                    if (byLength[q].BinarySearch(candidate) >= 0)
                    {
                        shared++;
                    }
                }

                shares[candidate] = shared;
                if (Keep(tiers[shared] ??= [], candidate, settled) && settled(candidate))
                {
                    settledInTier[shared]++;
                }
            }

            complete = k - p;
        }

        var result = new List<int>();
        var settledTaken = 0;
        for (var shared = k; shared >= Math.Max(complete, 2) && settledTaken < Shown; shared--)
        {
            var tier = tiers[shared];
            if (tier is null)
            {
                continue;
            }

            foreach (var candidate in tier)
            {
                result.Add(candidate);
                if (settled(candidate) && ++settledTaken == Shown)
                {
                    break;
                }
            }
        }

        // Articles sharing one tag: the newest across all the lists, until enough are settled.
        if (settledTaken < Shown && complete <= 2)
        {
            var heads = new int[k];
            while (settledTaken < Shown)
            {
                var next = int.MaxValue;
                for (var q = 0; q < k; q++)
                {
                    if (heads[q] < byLength[q].Count)
                    {
                        next = Math.Min(next, byLength[q][heads[q]]);
                    }
                }

                if (next == int.MaxValue)
                {
                    break;
                }

                for (var q = 0; q < k; q++)
                {
                    if (heads[q] < byLength[q].Count && byLength[q][heads[q]] == next)
                    {
                        heads[q]++;
                    }
                }

                if (next != self && shares.GetValueOrDefault(next, 1) == 1)
                {
                    result.Add(next);
                    if (settled(next))
                    {
                        settledTaken++;
                    }
                }
            }
        }

        return [.. result];
    }

    /// <summary>
    /// Puts the candidate in its tier, kept newest first and cut after the <see cref="Shown"/>th
    /// settled article (nothing older in a tier is ever shown); false when it falls past the cut.
    /// </summary>
    private static bool Keep(List<int> tier, int candidate, Func<int, bool> settled)
    {
        var settledBefore = 0;
        var at = 0;
        for (; at < tier.Count && tier[at] < candidate; at++)
        {
            if (settled(tier[at]) && ++settledBefore == Shown)
            {
                return false;
            }
        }

        tier.Insert(at, candidate);
        var settledSoFar = 0;
        for (var i = 0; i < tier.Count; i++)
        {
            if (settled(tier[i]) && ++settledSoFar == Shown)
            {
                tier.RemoveRange(i + 1, tier.Count - i - 1);
                break;
            }
        }

        return true;
    }

    /// <summary>Settled articles counted so far that share at least this many tags.</summary>
    private static int SettledFrom(int[] settledInTier, int shared)
    {
        var total = 0;
        for (var tier = Math.Max(shared, 1); tier < settledInTier.Length; tier++)
        {
            total += settledInTier[tier];
        }

        return total;
    }
}
