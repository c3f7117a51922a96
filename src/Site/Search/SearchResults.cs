namespace Site.Search;

/// <summary>One page of results, best first, and how many articles matched in all.</summary>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits);
