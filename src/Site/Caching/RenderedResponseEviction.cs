using Microsoft.Extensions.Primitives;
using Site.Articles.Catalog;

namespace Site.Caching;

/// <summary>
/// Frees the kept responses when a new catalog is published. Correctness does not depend on it
/// (entries are keyed by the catalog they were made from, see <see cref="RenderedResponseKey"/>);
/// it only keeps responses of old catalogs from sitting in memory until they expire.
/// </summary>
public sealed class RenderedResponseEviction(ArticleRepository articles, RenderedResponseCache cache) : IHostedService, IDisposable
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = ChangeToken.OnChange(articles.GetChangeToken, cache.Clear);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _subscription?.Dispose();
}
