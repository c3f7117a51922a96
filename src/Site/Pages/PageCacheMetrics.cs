using System.Diagnostics.Metrics;
using Site.Articles;

namespace Site.Pages;

/// <summary>Output-cache hits and misses for pages, the feed and the sitemap, on the site's meter.</summary>
public sealed class PageCacheMetrics(IMeterFactory meters)
{
    private readonly Meter _meter = meters.Create(ContentMetrics.MeterName);

    public Counter<long> Hits => field ??= _meter.CreateCounter<long>("site.output_cache.hits", "{response}", "Responses served from the output cache");

    public Counter<long> Misses => field ??= _meter.CreateCounter<long>("site.output_cache.misses", "{response}", "Responses rendered because the output cache had none");
}
