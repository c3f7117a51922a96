using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Site.Hosting;
using Site.Search;

namespace Site.Pages;

/// <summary>
/// /search?q=…&amp;page=n. Not output-cached: every query would be a new entry, so any client
/// could fill the cache's memory; a search costs a few milliseconds instead. Results are
/// <c>private, max-age=60</c>: a reader's back button needs no new request, and shared caches
/// (Varnish, a CDN) keep no copy per query either. Answers the site cannot give (a query too
/// long, two queries, the index not built yet) say why on the page, with a 4xx or 503 and
/// <c>no-store</c>; a page number that is not one, or past the last page, is a 404 as for
/// the front page's pages. A search's cost is bounded (<see cref="SearchOptions"/>): only its
/// first words are searched for, and the page says which were left out; a page deeper than
/// <see cref="SearchOptions.MaxPage"/> is a 400 that says why, answered without searching; only
/// a few searches run at once (<see cref="SearchServiceCollectionExtensions.ConcurrencyPolicy"/>);
/// and a replica does only so much searching a second (<see cref="SearchBudget"/>).
/// </summary>
[EnableRateLimiting(SearchServiceCollectionExtensions.ConcurrencyPolicy)]
public sealed class SearchModel(SearchIndex index, IOptions<SearchOptions> searchOptions, SiteUrls urls, IOptions<SiteOptions> options) : SitePageModel(urls, options)
{
    private readonly SearchOptions _limits = searchOptions.Value;

    public const string ResultsCacheControl = "private, max-age=60";

    /// <summary>The cleaned query, to show back (Razor encodes it).</summary>
    public string Query { get; private set; } = "";

    /// <summary>Why the query was not run, in words for the reader; null when it was.</summary>
    public string? Problem { get; private set; }

    public SearchResults? Results { get; private set; }

    public SearchPages? Pages { get; private set; }

    /// <summary>The words left out of the search, past <see cref="SearchOptions.MaxWords"/>; empty when none was.</summary>
    public string Dropped { get; private set; } = "";

    public int MaxWords => _limits.MaxWords;

    /// <summary>How many of the matches can be paged to, when there are more: null when every one can.</summary>
    public int? Shown { get; private set; }

    public IActionResult OnGet()
    {
        Head = new PageHead($"Search: {Site.Title}", $"Search {Site.Title}.", Urls.Absolute("/search"), Site.Language);
        var values = Request.Query["q"];
        if (values.Count > 1)
        {
            return Refuse(StatusCodes.Status400BadRequest, "Search for one thing at a time: this address asks for several searches at once.");
        }

        if (values.ToString().Length > SearchQuery.MaxLength)
        {
            return Refuse(StatusCodes.Status400BadRequest, $"Searches are limited to {SearchQuery.MaxLength} characters. Try a few distinctive words.");
        }

        if (PageNumber() is not { } number)
        {
            return NotFound();
        }

        var query = SearchQuery.Parse(values.ToString(), _limits.MaxWords);
        Query = query.Text;
        Dropped = query.Dropped;
        if (number > _limits.MaxPage)
        {
            // Collecting every hit down to a page this deep costs as much as the whole result set.
            return Refuse(StatusCodes.Status400BadRequest, $"Results go no further than page {_limits.MaxPage}. Add a word or two to narrow the search.");
        }

        Response.Headers.CacheControl = ResultsCacheControl;
        if (query.IsEmpty)
        {
            return number == 1 ? Page() : NotFound();
        }

        if (index.Search(query, number) is not { } results)
        {
            Response.Headers.RetryAfter = "5";
            return Refuse(StatusCodes.Status503ServiceUnavailable, "Search is getting ready. Please try again in a few seconds.");
        }

        var count = Math.Min(_limits.MaxPage, Math.Max(1, (results.Total + SearchIndex.PageSize - 1) / SearchIndex.PageSize));
        if (number > count)
        {
            return NotFound();
        }

        Results = results;
        Shown = results.Total > count * SearchIndex.PageSize ? count * SearchIndex.PageSize : null;
        Pages = new SearchPages(query.Text, number, count);
        var title = number == 1 ? $"Search results for {query.Text}" : $"Search results for {query.Text}, page {number}";
        Head = Head with { Title = $"{title}: {Site.Title}" };
        return Page();
    }

    /// <summary>The page asked for: 1 when absent; null when it is not a whole number from 1 up, or asked for twice.</summary>
    private int? PageNumber()
    {
        var values = Request.Query["page"];
        if (values.Count == 0)
        {
            return 1;
        }

        return values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 ? number : null;
    }

    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Refuse(int status, string problem)
    {
        Response.StatusCode = status;
        Response.Headers.CacheControl = "no-store";
        Problem = problem;
        return Page();
    }
}
