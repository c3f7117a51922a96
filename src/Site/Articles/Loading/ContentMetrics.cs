using System.Diagnostics.Metrics;
using Site.Articles.Catalog;

namespace Site.Articles.Loading;

/// <summary>
/// The content's own measurements on the site's meter: catalogs published, and the articles
/// and content problems of the current one. Free when nothing listens.
/// </summary>
public sealed class ContentMetrics
{
    public const string MeterName = "Site";

    private readonly Counter<long> _reloads;

    public ContentMetrics(IMeterFactory meters, ArticleRepository articles)
    {
        var meter = meters.Create(MeterName);
        _reloads = meter.CreateCounter<long>("site.content.reloads", "{catalog}", "Catalogs published after a change in the content folder");
        meter.CreateObservableGauge("site.content.articles", () => articles.Catalog.NewestFirst.Length, "{article}", "Articles in the current catalog");
        meter.CreateObservableGauge("site.content.errors", () => articles.Catalog.Errors.Length, "{error}", "Content problems in the current catalog");
    }

    public void Reloaded() => _reloads.Add(1);
}
