using System.Collections.Frozen;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Site.Caching;

/// <summary>
/// Marks every response of a type the compression middleware compresses with
/// <c>Vary: Accept-Encoding</c>, compressed or not. The middleware adds it only when the client
/// asked for compression, so an identity body would otherwise reach a shared cache unmarked and
/// could be stored as the only variant. Responses kept in memory keep the header it added.
/// </summary>
public sealed class VaryByEncodingMiddleware
{
    private readonly RequestDelegate _next;
    private readonly FrozenSet<string> _compressible;
    private readonly Func<object, Task> _onStarting;

    public VaryByEncodingMiddleware(RequestDelegate next, IOptions<ResponseCompressionOptions> options)
    {
        _next = next;
        _compressible = options.Value.MimeTypes.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _onStarting = AddVary;
    }

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(_onStarting, context.Response);
        return _next(context);
    }

    private Task AddVary(object state)
    {
        var response = (HttpResponse)state;
        var contentType = response.ContentType;
        if (contentType is null)
        {
            return Task.CompletedTask;
        }

        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        var mediaType = (semicolon < 0 ? contentType : contentType[..semicolon]).Trim();
        if (_compressible.Contains(mediaType) &&
            !response.Headers.Vary.Any(v => v is not null && v.Contains(HeaderNames.AcceptEncoding, StringComparison.OrdinalIgnoreCase)))
        {
            response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        }

        return Task.CompletedTask;
    }
}
