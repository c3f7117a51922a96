using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Site.Search;

/// <summary>
/// What a reader typed, cleaned: control characters gone, white space collapsed, and split into
/// words and "quoted phrases". Nothing in it is query syntax: operators, wildcards and field
/// names are only words, and the index builds its queries from these clauses itself. A search's
/// cost grows with its words, so only the first few are kept (<see cref="SearchOptions.MaxWords"/>),
/// counted as the index splits them: "wi-fi" is two words, a stop word counts, a phrase counts each of its words.
/// </summary>
public sealed partial record SearchQuery
{
    public const int MaxLength = 200;

    private SearchQuery(string text, ImmutableArray<SearchClause> clauses, string dropped)
    {
        Text = text;
        Clauses = clauses;
        Dropped = dropped;
    }

    /// <summary>The cleaned text that is searched for, to show back to the reader (always HTML-encoded when written).</summary>
    public string Text { get; }

    public ImmutableArray<SearchClause> Clauses { get; }

    /// <summary>The words left out, past the budget, as typed (without quotes); empty when none was.</summary>
    public string Dropped { get; }

    public bool IsEmpty => Clauses.IsEmpty;

    /// <summary>Cleans and splits the text, keeping its first <paramref name="maxWords"/> words; the caller checks <see cref="MaxLength"/> first.</summary>
    public static SearchQuery Parse(string? text, int maxWords = SearchOptions.DefaultMaxWords)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWords, 1);
        var cleaned = new StringBuilder(text?.Length ?? 0);
        foreach (var c in text ?? "")
        {
            cleaned.Append(char.IsControl(c) || char.IsWhiteSpace(c) ? ' ' : c);
        }

        var normalized = Spaces().Replace(cleaned.ToString(), " ").Trim();
        var clauses = ImmutableArray.CreateBuilder<SearchClause>();
        using var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, TextReader.Null);
        var words = 0;
        // A quote left open is taken as an ordinary character, so the words after it still count.
        foreach (Match match in ClausePattern().Matches(normalized))
        {
            var phrase = match.Groups["phrase"];
            Group part = phrase.Success ? phrase : match;
            var found = Words(tokenizer, part.Value, maxWords - words + 1);
            if (words + found.Count <= maxWords)
            {
                words += found.Count;
                if (part.Value.Trim() is { Length: > 0 } clause)
                {
                    clauses.Add(new SearchClause(clause, phrase.Success));
                }

                continue;
            }

            // Over the budget: keep this clause's words up to it, and leave out everything after.
            var keep = maxWords - words;
            var cut = keep > 0 ? part.Index + found[keep - 1].End : match.Index;
            if (keep > 0)
            {
                clauses.Add(new SearchClause(part.Value[..found[keep - 1].End].Trim(), phrase.Success));
            }

            // A phrase cut short is closed again, so the text shown (and linked to) is what was searched.
            var kept = normalized[..cut].TrimEnd() + (keep > 0 && phrase.Success ? "\"" : "");
            var rest = keep > 0 ? part.Index + found[keep].Start : match.Index;
            var dropped = Spaces().Replace(normalized[rest..].Replace("\"", " ", StringComparison.Ordinal), " ").Trim();
            return new SearchQuery(kept, clauses.ToImmutable(), dropped);
        }

        return new SearchQuery(normalized, clauses.ToImmutable(), "");
    }

    /// <summary>Where each of the first <paramref name="most"/> words of the text starts and ends, split as the index splits text.</summary>
    private static List<(int Start, int End)> Words(StandardTokenizer tokenizer, string text, int most)
    {
        var words = new List<(int Start, int End)>();
        tokenizer.SetReader(new StringReader(text));
        var offsets = tokenizer.GetAttribute<IOffsetAttribute>();
        tokenizer.Reset();
        while (words.Count < most && tokenizer.IncrementToken())
        {
            words.Add((offsets.StartOffset, offsets.EndOffset));
        }

        tokenizer.End();
        tokenizer.Dispose();
        return words;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("\"(?<phrase>[^\"]*)\"|[^\\s\"]+")]
    private static partial Regex ClausePattern();
}
