using System.Collections.Concurrent;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Caching.Memory;
using Site.Articles.Catalog;

namespace Site.Caching;

/// <summary>
/// The pages, feeds and sitemap as sent, held in memory (up to <see cref="SizeLimit"/> bytes, each
/// for ten minutes at most, least recently used dropped first), one entry per
/// <see cref="RenderedResponseKey"/>. Entries are keyed by the catalog they were made from, so an
/// edit or a scheduled article shows at once; <see cref="RenderedResponseEviction"/> frees the old ones.
/// </summary>
public sealed class RenderedResponseCache(ArticleRepository articles, IResponseCompressionProvider compression, TimeProvider time) : IDisposable
{
    public const long SizeLimit = 64 * 1024 * 1024;

    private const int MaxEncodingSpellings = 64;

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = SizeLimit });

    // Clients spell Accept-Encoding in a handful of ways; each is parsed once.
    private readonly ConcurrentDictionary<string, string> _encodings = new(StringComparer.Ordinal);

    /// <summary>
    /// Changes with every catalog and whenever a scheduled article becomes visible, so a response
    /// made from an older catalog, or before an article's time, is never served after it.
    /// </summary>
    public static (long Generation, int Scheduled) Visibility(ArticleCatalog catalog, DateTimeOffset now)
    {
        // Newest first: the scheduled (future) articles are all at the front.
        var scheduled = 0;
        while (scheduled < catalog.NewestFirst.Length && catalog.NewestFirst[scheduled].Published > now)
        {
            scheduled++;
        }

        return (catalog.Generation, scheduled);
    }

    public RenderedResponseKey KeyFor(HttpContext context)
    {
        var (generation, scheduled) = Visibility(articles.Catalog, time.GetUtcNow());
        return new(generation, scheduled, context.Request.IsHttps, EncodingFor(context), context.Request.Path.Value ?? "/");
    }

    public RenderedResponse? Get(RenderedResponseKey key) => _entries.TryGetValue(key, out RenderedResponse? response) ? response : null;

    public void Keep(RenderedResponseKey key, RenderedResponse response) =>
        _entries.Set(key, response, new MemoryCacheEntryOptions { Size = response.Size, AbsoluteExpirationRelativeToNow = Lifetime });

    public void Clear() => _entries.Clear();

    /// <summary>How many responses are kept now.</summary>
    public int Count => _entries.Count;

    public void Dispose() => _entries.Dispose();

    /// <summary>The coding the compression middleware will choose for this request.</summary>
    private string EncodingFor(HttpContext context)
    {
        var accept = context.Request.Headers.AcceptEncoding.ToString();
        if (_encodings.TryGetValue(accept, out var known))
        {
            return known;
        }

        var encoding = compression.GetCompressionProvider(context)?.EncodingName ?? "identity";
        if (_encodings.Count < MaxEncodingSpellings)
        {
            _encodings.TryAdd(accept, encoding);
        }

        return encoding;
    }
}
