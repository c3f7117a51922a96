using System.Diagnostics;
using Site.Articles.Catalog;

namespace Site.Search;

/// <summary>
/// Keeps the <see cref="SearchIndex"/> up to date with the catalog, in the background: each
/// catalog the repository publishes is indexed (only what changed), while searches use the
/// previous snapshot. When catalogs come faster than they are indexed, only the latest is.
/// </summary>
public sealed partial class SearchIndexer(ArticleRepository articles, SearchIndex index, FirstResponse firstResponse, TimeProvider time, ILogger<SearchIndexer> logger) : BackgroundService
{
    /// <summary>When no request comes, how long after the start the first index is built anyway.</summary>
    public static readonly TimeSpan FirstIndexAfter = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first index of a large catalog takes seconds of CPU: never on the start-up path. It
        // waits for the site's first response (of any kind, a probe's included), which on two
        // cores it delayed by about 0.1 s at one article and 0.2 s at 10,000, or for
        // FirstIndexAfter when no request comes.
        await Task.WhenAny(firstResponse.Sent, Task.Delay(FirstIndexAfter, time, stoppingToken));
        while (!stoppingToken.IsCancellationRequested)
        {
            var published = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var registration = articles.GetChangeToken().RegisterChangeCallback(static state => ((TaskCompletionSource)state!).TrySetResult(), published);
            var catalog = articles.Catalog;
            if (!ReferenceEquals(catalog, index.Catalog))
            {
                Index(catalog, stoppingToken);
            }

            try
            {
                await published.Task.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void Index(ArticleCatalog catalog, CancellationToken stoppingToken)
    {
        try
        {
            var elapsed = Stopwatch.StartNew();
            var (indexed, removed) = index.Update(catalog, stoppingToken);
            if (catalog.NewestFirst.Length == 1)
            {
                LogIndexedOne(catalog.NewestFirst.Length, indexed, removed, elapsed.ElapsedMilliseconds);
            }
            else
            {
                LogIndexed(catalog.NewestFirst.Length, indexed, removed, elapsed.ElapsedMilliseconds);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The site is stopping: a first index of thousands of articles must not hold it up.
        }
#pragma warning disable CA1031 // Searches keep the previous snapshot; the next catalog is another chance.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogIndexFailed(ex, catalog.Generation);
        }
    }

    [LoggerMessage(LogLevel.Information, "Search index holds {Count} articles ({Indexed} indexed, {Removed} removed) in {Milliseconds} ms")]
    private partial void LogIndexed(int count, int indexed, int removed, long milliseconds);

    [LoggerMessage(LogLevel.Information, "Search index holds {Count} article ({Indexed} indexed, {Removed} removed) in {Milliseconds} ms")]
    private partial void LogIndexedOne(int count, int indexed, int removed, long milliseconds);

    [LoggerMessage(LogLevel.Error, "Indexing catalog {Generation} for search failed; searches use the previous index")]
    private partial void LogIndexFailed(Exception exception, long generation);
}
