namespace Site.Search;

/// <summary>
/// <c>Site:Search</c>: what one search may cost, and how many run at once. Validated at start-up
/// by <see cref="SearchOptionsValidator"/>.
/// </summary>
public sealed class SearchOptions
{
    public const string Section = "Site:Search";

    public const int DefaultMaxWords = 8;

    /// <summary>Words searched for; the rest of a query is left out, and the results page says so.</summary>
    public int MaxWords { get; set; } = DefaultMaxWords;

    /// <summary>
    /// The deepest result a reader can page to (rounded down to whole pages of
    /// <see cref="SearchIndex.PageSize"/>): a page past it is refused without searching, so no
    /// request collects more hits than this.
    /// </summary>
    public int MaxResults { get; set; } = 1000;

    /// <summary>Searches that run at once; the rest wait in the queue, or get a 503.</summary>
    public int ConcurrentSearches { get; set; } = Environment.ProcessorCount;

    /// <summary>Searches that may wait for one of those places; a search that finds the queue full gets a 503 with Retry-After.</summary>
    public int QueuedSearches { get; set; } = 2 * Environment.ProcessorCount;

    /// <summary>
    /// Units of searching a second (<see cref="SearchBudget"/>): a search costs one and one per
    /// word, about a millisecond of a core each for common words at 10,000 articles.
    /// </summary>
    public int CostPerSecond { get; set; } = 150 * Environment.ProcessorCount;

    /// <summary>The last page of results anyone can ask for.</summary>
    public int MaxPage => Math.Max(1, MaxResults / SearchIndex.PageSize);
}
