using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Site.Articles;

namespace Site.Hosting;

/// <summary>
/// Keys cached pages by what they were rendered from: the catalog snapshot and the scheduled
/// articles not yet visible (<see cref="ArticleRepository.VisibilityKey"/>), and the encoding
/// the compression middleware will choose for this request. Keying by the chosen encoding
/// rather than the raw Accept-Encoding header keeps one entry per encoding, however clients
/// spell the header.
/// </summary>
public sealed class PageCachePolicy(ArticleRepository articles, IResponseCompressionProvider compression) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var values = context.CacheVaryByRules.VaryByValues;
        values["catalog"] = articles.VisibilityKey();
        values["encoding"] = compression.GetCompressionProvider(context.HttpContext)?.EncodingName ?? "identity";
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
