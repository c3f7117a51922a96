using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using Site.Articles;

namespace Site.Pages;

/// <summary>
/// Frees the cached pages when a new catalog is published. Correctness does not depend on it
/// (entries are keyed by the catalog they were made from, see <see cref="PageCachePolicy"/>); it
/// only keeps pages of old catalogs from sitting in memory until they expire.
/// </summary>
public sealed class PageCacheEviction(ArticleRepository articles, IOutputCacheStore cache) : IHostedService, IDisposable
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = ChangeToken.OnChange(articles.GetChangeToken, () => _ = cache.EvictByTagAsync(PageCache.Tag, CancellationToken.None).AsTask());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _subscription?.Dispose();
}
