using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Net.Http.Headers;

namespace Site.Caching;

public static class ConditionalRequest
{
    /// <summary>RFC 9110 13.2.2: If-None-Match decides when present; otherwise If-Modified-Since.</summary>
    public static bool IsNotModified(RequestHeaders request, EntityTagHeaderValue etag, DateTimeOffset? lastModified)
    {
        if (request.IfNoneMatch is { Count: > 0 } ifNoneMatch)
        {
            return ifNoneMatch.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(etag, useStrongComparison: false));
        }

        return request.IfModifiedSince is { } since && lastModified is { } modified && modified <= since;
    }

    /// <summary>Whether the request carries a validator at all: most do not, and then nothing is parsed.</summary>
    public static bool IsConditional(HttpRequest request) =>
        request.Headers.ContainsKey(HeaderNames.IfNoneMatch) || request.Headers.ContainsKey(HeaderNames.IfModifiedSince);
}
