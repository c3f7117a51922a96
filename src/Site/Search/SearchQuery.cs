using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace Site.Search;

/// <summary>
/// What a reader typed, cleaned: control characters gone, white space collapsed, and split into
/// words and "quoted phrases". Nothing in it is query syntax: operators, wildcards and field
/// names are only words, and the index builds its queries from these clauses itself.
/// </summary>
public sealed partial record SearchQuery
{
    public const int MaxLength = 200;

    private SearchQuery(string text, ImmutableArray<SearchClause> clauses)
    {
        Text = text;
        Clauses = clauses;
    }

    /// <summary>The cleaned text, to show back to the reader (always HTML-encoded when written).</summary>
    public string Text { get; }

    public ImmutableArray<SearchClause> Clauses { get; }

    public bool IsEmpty => Clauses.IsEmpty;

    /// <summary>Cleans and splits the text; the caller checks <see cref="MaxLength"/> first.</summary>
    public static SearchQuery Parse(string? text)
    {
        var cleaned = new StringBuilder(text?.Length ?? 0);
        foreach (var c in text ?? "")
        {
            cleaned.Append(char.IsControl(c) || char.IsWhiteSpace(c) ? ' ' : c);
        }

        var normalized = Spaces().Replace(cleaned.ToString(), " ").Trim();
        // A quote left open is taken as an ordinary character, so the words after it still count.
        var clauses = ClausePattern().Matches(normalized)
            .Select(m => m.Groups["phrase"].Success
                ? new SearchClause(m.Groups["phrase"].Value.Trim(), IsPhrase: true)
                : new SearchClause(m.Value, IsPhrase: false))
            .Where(c => c.Text.Length > 0)
            .ToImmutableArray();
        return new SearchQuery(normalized, clauses);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("\"(?<phrase>[^\"]*)\"|[^\\s\"]+")]
    private static partial Regex ClausePattern();
}
