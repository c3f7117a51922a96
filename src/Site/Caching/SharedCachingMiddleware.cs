using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Site.Hosting;

namespace Site.Caching;

/// <summary>
/// For endpoints marked <see cref="SharedCachingAttribute"/>: buffers the response as it will be
/// sent (it sits outside compression, so once per encoding), gives a
/// 200 a strong ETag from those bytes and the configured <c>Cache-Control</c>, and answers a
/// matching <c>If-None-Match</c> (or, without one, <c>If-Modified-Since</c>) with 304. What it
/// sent is left as a <see cref="SharedCachingResult"/> for <see cref="RenderedResponseCacheMiddleware"/>,
/// which answers later requests, conditional or not, without rendering. The same content gives
/// the same bytes, so every replica, before and after a restart, gives the same validators.
/// </summary>
public sealed class SharedCachingMiddleware(RequestDelegate next, IOptions<SiteOptions> options)
{
    private readonly string _cacheControl = options.Value.Cache.ForContent();

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<SharedCachingAttribute>() is null)
        {
            await next(context);
            return;
        }

        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        if (response.StatusCode == StatusCodes.Status200OK)
        {
            var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..32]}\"");
            response.Headers.ETag = etag.ToString();
            response.Headers.CacheControl = _cacheControl;
            if (ConditionalRequest.IsConditional(context.Request) &&
                ConditionalRequest.IsNotModified(context.Request.GetTypedHeaders(), etag, response.GetTypedHeaders().LastModified))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.ContentType = default;
                return;
            }

            response.ContentLength = buffer.Length;
            if (HttpMethods.IsGet(context.Request.Method))
            {
                context.Features.Set(new SharedCachingResult(buffer.ToArray(), etag));
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }
}
