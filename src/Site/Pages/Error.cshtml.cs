using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using Site.Articles.Catalog;
using Site.Articles.Model;
using Site.Hosting;

namespace Site.Pages;

/// <summary>
/// The page for every error status: a helpful 404, and a 500 that shows no internals. The status
/// code and exception handlers re-execute it with the request's own method, so it is set up for
/// any method, before whichever handler (or none) runs; it has no handlers of its own.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(ArticleRepository articles, SiteUrls urls, IOptions<SiteOptions> options) : SitePageModel(urls, options)
{
    private readonly HttpCacheOptions _cache = options.Value.Cache;

    public int Status { get; private set; } = StatusCodes.Status500InternalServerError;

    public IReadOnlyList<Article> Latest { get; private set; } = [];

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        // Re-executed, the response already carries the status being explained. Asked for
        // directly, /error is not a page of the site.
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null ||
            HttpContext.Features.Get<IExceptionHandlerFeature>() is not null;
        Status = reExecuted && Response.StatusCode is >= 400 and < 600 ? Response.StatusCode : StatusCodes.Status404NotFound;
        Response.StatusCode = Status;

        // A missing page may appear soon, so only briefly; a failure must never be kept.
        Response.Headers.CacheControl = Status == StatusCodes.Status404NotFound ? _cache.ForNotFound() : "no-store";
        Latest = articles.Latest(5);
        var title = Status switch
        {
            StatusCodes.Status404NotFound => "Page not found",
            StatusCodes.Status503ServiceUnavailable => "Busy just now",
            _ => "Something went wrong",
        };
        Head = new PageHead($"{title}: {Site.Title}", title, Urls.Absolute("/"), Site.Language);
    }
}
