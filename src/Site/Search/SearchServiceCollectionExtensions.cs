using Microsoft.Extensions.Options;
using Site.Caching;
using Site.Hosting;

namespace Site.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>The in-memory index of the catalog and the background service that keeps it current.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
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
