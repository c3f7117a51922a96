using Microsoft.Net.Http.Headers;

namespace Site.Caching;

/// <summary>
/// Answers GET and HEAD for a page, feed or sitemap already sent from <see cref="RenderedResponseCache"/>,
/// conditional requests included, before anything else runs: the cost of a popular page is close
/// to writing its bytes. It sits inside request logging, so every response is still logged, and
/// outside everything else; a kept response already carries the headers they set. Anything not
/// kept goes down the pipeline, and a 200 that <see cref="SharedCachingMiddleware"/> validated is
/// kept on the way back.
/// </summary>
public sealed class RenderedResponseCacheMiddleware(RequestDelegate next, RenderedResponseCache cache, RenderedResponseMetrics metrics)
{
    public Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        var get = HttpMethods.IsGet(method);
        if (!get && !HttpMethods.IsHead(method))
        {
            return next(context);
        }

        var key = cache.KeyFor(context);
        if (cache.Get(key) is { } kept)
        {
            metrics.Hits.Add(1);
            return kept.WriteAsync(context);
        }

        return get ? SendAndKeepAsync(context, key) : next(context);
    }

    private async Task SendAndKeepAsync(HttpContext context, RenderedResponseKey key)
    {
        await next(context);
        var response = context.Response;
        if (context.Features.Get<SharedCachingResult>() is { } sent &&
            response.StatusCode == StatusCodes.Status200OK &&
            !response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            metrics.Misses.Add(1);
            cache.Keep(key, RenderedResponse.Of(response, sent));
        }
    }
}
