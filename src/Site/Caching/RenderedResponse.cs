using System.Collections.Frozen;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Site.Caching;

/// <summary>
/// A response as it was sent: every header the pipeline set (security headers, validators,
/// <c>Vary</c>, <c>Content-Encoding</c>) and the encoded body. Written back, it is the same bytes.
/// </summary>
public sealed class RenderedResponse
{
    // Kestrel writes these itself for every response.
    private static readonly FrozenSet<string> Framing = new[]
    {
        HeaderNames.Date, HeaderNames.Server, HeaderNames.ContentLength, HeaderNames.TransferEncoding,
        HeaderNames.Connection, HeaderNames.KeepAlive,
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly KeyValuePair<string, StringValues>[] _headers;
    private readonly byte[] _body;
    private readonly EntityTagHeaderValue _etag;
    private readonly DateTimeOffset? _lastModified;

    private RenderedResponse(KeyValuePair<string, StringValues>[] headers, byte[] body, EntityTagHeaderValue etag, DateTimeOffset? lastModified)
    {
        _headers = headers;
        _body = body;
        _etag = etag;
        _lastModified = lastModified;
    }

    /// <summary>Bytes held: the body and, roughly, the headers.</summary>
    public long Size => _body.Length + _headers.Sum(header => header.Key.Length + header.Value.ToString().Length);

    /// <summary>The response just sent (its headers are final once it has started).</summary>
    public static RenderedResponse Of(HttpResponse response, SharedCachingResult sent) => new(
        [.. response.Headers.Where(header => !Framing.Contains(header.Key))],
        sent.Body,
        sent.ETag,
        response.GetTypedHeaders().LastModified);

    public Task WriteAsync(HttpContext context)
    {
        var response = context.Response;
        foreach (var (name, value) in _headers)
        {
            response.Headers[name] = value;
        }

        if (ConditionalRequest.IsConditional(context.Request) &&
            ConditionalRequest.IsNotModified(context.Request.GetTypedHeaders(), _etag, _lastModified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.Headers.ContentType = default;
            response.Headers.ContentEncoding = default;
            return Task.CompletedTask;
        }

        response.ContentLength = _body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(_body).AsTask();
    }
}
