using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Site.Articles.Catalog;
using Site.Hosting;

namespace Site.Pages;

/// <summary>
/// Warns when <c>Site:Sections</c> lists a tag no article carries. That is not a reason to stop
/// the site (content changes while it runs, and the section appears once an article has the tag),
/// so it is checked against each new catalog and logged whenever the set of such tags changes.
/// </summary>
public sealed partial class SectionCheck(ArticleRepository articles, IOptions<SiteOptions> options, ILogger<SectionCheck> logger)
    : IHostedService, IDisposable
{
    private readonly Lock _lock = new();
    private IDisposable? _subscription;
    private string? _reported;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = ChangeToken.OnChange(articles.GetChangeToken, Check);
        // The loader starts first and has published the first catalog already.
        Check();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _subscription?.Dispose();

    private void Check()
    {
        var catalog = articles.Catalog;
        var unknown = string.Join(", ", options.Value.Sections.Where(slug => !catalog.ByTag.ContainsKey(slug)));
        lock (_lock)
        {
            if (unknown.Length > 0 && unknown != _reported)
            {
                LogUnknown(unknown);
            }

            _reported = unknown;
        }
    }

    [LoggerMessage(LogLevel.Warning, "Site:Sections lists {Slugs}, which no article is tagged with; not shown until one is")]
    private partial void LogUnknown(string slugs);
}
