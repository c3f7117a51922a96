using Microsoft.Extensions.DependencyInjection;
using Site.Articles.Catalog;
using Site.Search;

namespace Site.Tests.Infrastructure;

public static class SearchWaits
{
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

    /// <summary>Waits, up to a deadline, until the search index has been made from the catalog the repository holds now.</summary>
    public static async Task WaitForSearchAsync(this IServiceProvider services, int seconds = 30)
    {
        var index = services.GetRequiredService<SearchIndex>();
        var repository = services.GetRequiredService<ArticleRepository>();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        while (true)
        {
            var swapped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var registration = index.GetChangeToken().RegisterChangeCallback(_ => swapped.TrySetResult(), null);
            if (ReferenceEquals(index.Catalog, repository.Catalog))
            {
                return;
            }

            try
            {
                await swapped.Task.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The search index did not catch up with catalog {repository.Catalog.Generation} within {seconds} s.");
            }
        }
    }
}
