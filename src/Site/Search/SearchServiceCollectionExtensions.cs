using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Site.Caching;
using Site.Hosting;

namespace Site.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>The rate-limiting policy the results page runs under: <see cref="SearchOptions.ConcurrentSearches"/> at once.</summary>
    public const string ConcurrencyPolicy = "search";

    /// <summary>
    /// The in-memory index of the catalog, the background service that keeps it current, and the
    /// limits on what searches cost: a few words, a bounded depth, a few at a time.
    /// </summary>
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SearchOptions>, SearchOptionsValidator>();
        // One client sending costly searches must not take every core from the other readers:
        // past the places and the short queue, a search is answered 503 at once, with a page made
        // at start-up (BusyResponse), instead of waiting behind the others.
        services.AddSingleton<BusyResponse>();
        services.AddSingleton<SearchBudget>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SearchOptions>, BusyResponse, SearchBudget>((limiter, search, busy, budget) =>
        {
            // First the budget (how much searching a second), then the places (how many at once).
            limiter.GlobalLimiter = budget;
            limiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            limiter.OnRejected = (context, cancellationToken) => busy.WriteAsync(context.HttpContext, cancellationToken);
            limiter.AddConcurrencyLimiter(ConcurrencyPolicy, concurrency =>
            {
                concurrency.PermitLimit = search.Value.ConcurrentSearches;
                concurrency.QueueLimit = search.Value.QueuedSearches;
                concurrency.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
        });
        services.AddSingleton<FirstResponse>();
        services.AddSingleton<SearchAnalyzers>();
        services.AddSingleton<SearchIndex>();
        services.AddHostedService<SearchIndexer>();
        return services;
    }

    /// <summary>Notes the site's first response, which the first index build waits for (<see cref="SearchIndexer"/>).</summary>
    public static IApplicationBuilder UseFirstResponseSignal(this IApplicationBuilder app)
    {
        var firstResponse = app.ApplicationServices.GetRequiredService<FirstResponse>();
        return app.Use((context, next) =>
        {
            firstResponse.Watch(context);
            return next(context);
        });
    }

    /// <summary>/opensearch.xml; the results page itself is the Razor page /search.</summary>
    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/opensearch.xml", [HttpMethods.Get, HttpMethods.Head], (SiteUrls urls, IOptions<SiteOptions> options) =>
                Results.Bytes(
                    OpenSearchDescription.Write(options.Value.Title, urls.Absolute("/search"), urls.Absolute("/favicon.svg")),
                    OpenSearchDescription.MediaType + "; charset=utf-8"))
            .WithMetadata(new SharedCachingAttribute());
        return endpoints;
    }
}
