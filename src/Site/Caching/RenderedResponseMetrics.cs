using System.Diagnostics.Metrics;
using Site.Articles.Loading;

namespace Site.Caching;

/// <summary>Hits and misses of the kept responses (pages, feeds, sitemap), on the site's meter.</summary>
public sealed class RenderedResponseMetrics(IMeterFactory meters)
{
    private readonly Meter _meter = meters.Create(ContentMetrics.MeterName);

    public Counter<long> Hits => field ??= _meter.CreateCounter<long>("site.response_cache.hits", "{response}", "Responses served from memory");

    public Counter<long> Misses => field ??= _meter.CreateCounter<long>("site.response_cache.misses", "{response}", "Responses made because none was kept");
}
