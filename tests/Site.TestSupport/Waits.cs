using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Site.Articles.Catalog;
using Site.Search;

namespace Site.TestSupport;

/// <summary>Waits, each up to a deadline, on the change tokens the site raises: a new catalog, a new search index.</summary>
public static class Waits
{
    /// <summary>Waits for a published catalog that meets the condition (the current one may already).</summary>
    public static async Task<ArticleCatalog> WaitForAsync(this ArticleRepository repository, Func<ArticleCatalog, bool> condition, int seconds = 30)
    {
        ArticleCatalog? met = null;
        await UntilAsync(repository.GetChangeToken, () => condition(met = repository.Catalog), seconds, () =>
        {
            var catalog = repository.Catalog;
            return $"No catalog met the condition within {seconds} s; the last has {catalog.NewestFirst.Length} articles: " +
                string.Join(", ", catalog.NewestFirst.Select(a => a.SourcePath)) + "; errors: " + string.Join("; ", catalog.Errors);
        });
        return met!;
    }

    /// <summary>
    /// Sends the site a first request, a liveness probe as an orchestrator's would be (the first
    /// index build waits for the first response, or a while after the start when none comes), then
    /// waits until the search index has been made from the catalog the repository holds now.
    /// </summary>
    public static async Task WaitForSearchAsync(this SiteFactory site, int seconds = 30)
    {
        using var client = site.CreateClient();
        using var probe = await client.GetAsync("/healthz");
        await site.Services.WaitForSearchAsync(seconds);
    }

    /// <summary>Waits until the search index has been made from the catalog the repository holds now.</summary>
    public static Task WaitForSearchAsync(this IServiceProvider services, int seconds = 30)
    {
        var index = services.GetRequiredService<SearchIndex>();
        var repository = services.GetRequiredService<ArticleRepository>();
        return UntilAsync(index.GetChangeToken, () => ReferenceEquals(index.Catalog, repository.Catalog), seconds,
            () => $"The search index did not catch up with catalog {repository.Catalog.Generation} within {seconds} s.");
    }

    /// <summary>
    /// The one loop: listen to the token before looking, so a change between the look and the
    /// listen is not missed; look; if not yet, wait for the token to fire.
    /// </summary>
    private static async Task UntilAsync(Func<IChangeToken> token, Func<bool> condition, int seconds, Func<string> timedOut)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        while (true)
        {
            var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var registration = token().RegisterChangeCallback(_ => changed.TrySetResult(), null);
            if (condition())
            {
                return;
            }

            try
            {
                await changed.Task.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException(timedOut());
            }
        }
    }
}
