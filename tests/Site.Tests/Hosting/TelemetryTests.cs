using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using Site.Articles.Loading;
using Site.Tests.Infrastructure;

namespace Site.Tests.Hosting;

public sealed class TelemetryTests : IDisposable
{
    private readonly ContentFolder _content = new();

    public TelemetryTests() => _content.Write("2024/one.md", ArticleFiles.Markdown(extra: "slug: one"));

    public void Dispose() => _content.Dispose();

    [Fact]
    public void WithoutAnOtlpEndpoint_NoMeterProviderIsRegistered()
    {
        using var site = new SiteFactory(_content.Path);

        Assert.Null(site.Services.GetService<MeterProvider>());
    }

    [Fact]
    public void WithAnOtlpEndpoint_MetricsAreExported()
    {
        using var site = new SiteFactory(_content.Path);
        site.Settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:4317";

        Assert.NotNull(site.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task SiteMeter_CountsReloads_CacheHitsAndMisses_AndContentErrors()
    {
        _content.Write("2024/broken.md", ArticleFiles.Markdown(date: "2025-02-30T10:00:00+00:00"));
        using var site = new SiteFactory(_content.Path);
        var factory = site.Services.GetRequiredService<IMeterFactory>();
        var totals = new Dictionary<string, long>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter.Scope, factory) && instrument.Meter.Name == ContentMetrics.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Add(instrument.Name, value));
        listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => Add(instrument.Name, value));
        listener.Start();
        using var client = site.CreateRawClient();

        await client.GetAsync("/2024/08/13/one");
        await client.GetAsync("/2024/08/13/one");
        _content.Write("2024/two.md", ArticleFiles.Markdown(extra: "slug: two"));
        site.Services.GetRequiredService<ArticleLoader>().Load();
        listener.RecordObservableInstruments();

        lock (totals)
        {
            Assert.Equal(1, totals["site.response_cache.hits"]);
            Assert.Equal(1, totals["site.response_cache.misses"]);
            Assert.Equal(1, totals["site.content.reloads"]);
            Assert.Equal(1, totals["site.content.errors"]);
            Assert.Equal(2, totals["site.content.articles"]);
        }

        void Add(string name, long value)
        {
            lock (totals)
            {
                totals[name] = totals.GetValueOrDefault(name) + value;
            }
        }
    }
}
