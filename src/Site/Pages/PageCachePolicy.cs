using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Site.Articles;

namespace Site.Pages;

/// <summary>
/// Keys cached pages by what they were rendered from: the catalog snapshot and the scheduled
/// articles not yet visible (<see cref="VisibilityKey"/>), and the encoding the compression
/// middleware will choose for this request. Keying by the chosen encoding rather than the raw
/// Accept-Encoding header keeps one entry per encoding, however clients spell the header.
/// </summary>
public sealed class PageCachePolicy(ArticleRepository articles, IResponseCompressionProvider compression, TimeProvider time, PageCacheMetrics metrics) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var values = context.CacheVaryByRules.VaryByValues;
        values["catalog"] = VisibilityKey(articles.Catalog, time.GetUtcNow());
        values["encoding"] = compression.GetCompressionProvider(context.HttpContext)?.EncodingName ?? "identity";
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        metrics.Hits.Add(1);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        metrics.Misses.Add(1);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Changes with every catalog and whenever a scheduled article becomes visible, so a page
    /// cached from an older catalog, or before an article's time, is never served after it.
    /// </summary>
    public static string VisibilityKey(ArticleCatalog catalog, DateTimeOffset now)
    {
        // Newest first: the scheduled (future) articles are all at the front.
        var scheduled = 0;
        while (scheduled < catalog.NewestFirst.Length && catalog.NewestFirst[scheduled].Published > now)
        {
            scheduled++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{catalog.Generation}-{scheduled}");
    }
}
