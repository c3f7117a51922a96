namespace Site.Caching;

/// <summary>
/// What a kept response depends on: the catalog it was made from and the articles visible when it
/// was made (see <see cref="RenderedResponseCache.Visibility"/>), the scheme (security headers
/// differ for https), the content coding chosen for the client, and the path exactly as sent.
/// Neither the query string nor the Host header changes a response, so neither can fill the cache.
/// </summary>
public readonly record struct RenderedResponseKey(long Generation, int Scheduled, bool Https, string Encoding, string Path);
