using Microsoft.Net.Http.Headers;

namespace Site.Caching;

/// <summary>
/// What <see cref="SharedCachingMiddleware"/> sent for a 200: the bytes (as encoded) and their
/// validator, left on the request's features for the in-memory cache outside it to keep.
/// </summary>
public sealed record SharedCachingResult(byte[] Body, EntityTagHeaderValue ETag);
