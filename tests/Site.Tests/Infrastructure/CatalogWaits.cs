using Site.Articles.Catalog;

namespace Site.Tests.Infrastructure;

public static class CatalogWaits
{
    /// <summary>Waits, up to a deadline, for a published catalog that meets the condition (the current one may already).</summary>
    public static async Task<ArticleCatalog> WaitForAsync(this ArticleRepository repository, Func<ArticleCatalog, bool> condition, int seconds = 30)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        while (true)
        {
            var published = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var registration = repository.GetChangeToken().RegisterChangeCallback(_ => published.TrySetResult(), null);
            var catalog = repository.Catalog;
            if (condition(catalog))
            {
                return catalog;
            }

            try
            {
                await published.Task.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException(
                    $"No catalog met the condition within {seconds} s; the last has {catalog.NewestFirst.Length} articles: " +
                    string.Join(", ", catalog.NewestFirst.Select(a => a.SourcePath)) + "; errors: " + string.Join("; ", catalog.Errors));
            }
        }
    }
}
