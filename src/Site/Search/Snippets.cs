using System.Collections.Immutable;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Site.Search;

/// <summary>
/// Cuts a passage of about <see cref="Length"/> characters around the densest run of matching
/// words, from the offsets the index recorded, and marks them. Lucene's Highlighter analyses
/// each result's whole text again, which at 20 results of 4 KB made a search five times slower.
/// </summary>
public static class Snippets
{
    public const int Length = 220;
    private const int Lead = 60;

    /// <summary>The passage of <paramref name="text"/> (the text indexed in <paramref name="field"/>), or null when none of the terms is in it.</summary>
    public static ImmutableArray<SnippetPart>? Cut(AtomicReader segment, int doc, string field, IReadOnlyList<BytesRef> terms, string text)
    {
        var matches = Matches(segment, doc, field, terms, text.Length);
        if (matches.Count == 0)
        {
            return null;
        }

        // The window that holds the most matches.
        int best = 0, bestCount = 0, first = 0;
        for (var last = 0; last < matches.Count; last++)
        {
            while (matches[last].End - matches[first].Start > Length - Lead)
            {
                first++;
            }

            if (last - first + 1 > bestCount)
            {
                (best, bestCount) = (first, last - first + 1);
            }
        }

        var start = WordStart(text, Math.Max(0, matches[best].Start - Lead), matches[best].Start);
        var end = WordEnd(text, Math.Min(text.Length, start + Length));
        var parts = ImmutableArray.CreateBuilder<SnippetPart>();
        // The indexed text has a space where each paragraph began; a snippet does not start or end with one.
        while (start < matches[best].Start && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        parts.Add(new SnippetPart(text.AsSpan(0, start).IsWhiteSpace() ? "" : "…", false));
        var position = start;
        foreach (var (matchStart, matchEnd) in matches)
        {
            if (matchStart < position || matchEnd > end)
            {
                continue;
            }

            parts.Add(new SnippetPart(text[position..matchStart], false));
            parts.Add(new SnippetPart(text[matchStart..matchEnd], true));
            position = matchEnd;
        }

        parts.Add(new SnippetPart(text[position..end] + (text.AsSpan(end).IsWhiteSpace() ? "" : "…"), false));
        return parts.Where(p => p.Text.Length > 0).ToImmutableArray();
    }

    /// <summary>The whole text, unmarked: for a result that matched only in its headline.</summary>
    public static ImmutableArray<SnippetPart> Plain(string text) => [new SnippetPart(text, false)];

    private static List<(int Start, int End)> Matches(AtomicReader segment, int doc, string field, IReadOnlyList<BytesRef> terms, int textLength)
    {
        var matches = new List<(int Start, int End)>();
        var termsEnum = segment.GetTerms(field)?.GetEnumerator();
        if (termsEnum is null)
        {
            return matches;
        }

        foreach (var term in terms)
        {
            if (!termsEnum.SeekExact(term) ||
                termsEnum.DocsAndPositions(segment.LiveDocs, null, DocsAndPositionsFlags.OFFSETS) is not { } postings ||
                postings.Advance(doc) != doc)
            {
                continue;
            }

            for (var i = 0; i < postings.Freq; i++)
            {
                postings.NextPosition();
                // Offsets come from the text indexed; a guard all the same, should they ever disagree.
                if (postings.StartOffset >= 0 && postings.EndOffset <= textLength && postings.StartOffset < postings.EndOffset)
                {
                    matches.Add((postings.StartOffset, postings.EndOffset));
                }
            }
        }

        matches.Sort();
        return matches;
    }

    /// <summary>Moves a cut forward to the start of a word, unless that would pass the first match.</summary>
    private static int WordStart(string text, int start, int limit)
    {
        if (start == 0 || char.IsWhiteSpace(text[start - 1]))
        {
            return start;
        }

        var space = text.IndexOf(' ', start, limit - start);
        return space < 0 ? start : space + 1;
    }

    /// <summary>Moves a cut back to the end of a word, when there is one to go back to.</summary>
    private static int WordEnd(string text, int end)
    {
        if (end >= text.Length || char.IsWhiteSpace(text[end]))
        {
            return end;
        }

        var space = text.LastIndexOf(' ', end - 1, Math.Min(end, Lead));
        return space <= 0 ? end : space;
    }
}
