using System.Collections.ObjectModel;
using Microsoft.Extensions.Options;
using Site.Articles.Catalog;
using Site.Articles.Model;

namespace Site.Articles.Loading;

/// <summary>
/// Follows the content folder, whatever happens to it, and publishes a new catalog to the
/// <see cref="ArticleRepository"/> whenever what is on disk changes. When the
/// <see cref="ContentWatcher"/> says the folder may have changed, it is walked afresh (names, sizes
/// and times, with the configured path resolved again, so a flipped symlink or a tree renamed into
/// place is found) and compared with what was loaded (<see cref="ContentChanges"/>). Only files
/// that changed are read and parsed.
/// If the folder vanishes or cannot be read, the last good catalog stays published and the
/// loader recovers by itself when the folder is back; a file that fails to parse keeps its last
/// good version; a file that is gone, because it or its folder moved, is gone from the site.
/// </summary>
public sealed partial class ArticleLoader(
    ArticleRepository repository,
    ContentReader reader,
    ArticleCache cache,
    ContentMetrics metrics,
    ContentWatcher watcher,
    IOptions<ContentOptions> options,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<ArticleLoader> logger) : BackgroundService
{
    private readonly Lock _loadLock = new();
    private readonly string _contentPath = ContentPaths.Content(options.Value, environment);
    private Dictionary<string, LoadedFile> _loaded = new(StringComparer.Ordinal);
    private HashSet<ContentError> _skipped = [];
    private string? _root;
    private string? _failure;
    private bool _emptyOnce;
    private Task<ArticleCatalog>? _firstLoad;

    /// <summary>Why the content folder cannot be read now, or null while it can (the last good catalog is served meanwhile).</summary>
    public string? FolderProblem => Volatile.Read(ref _failure);

    /// <summary>Starts the first load on another thread, so that it overlaps the rest of start-up.</summary>
    public void BeginFirstLoad()
    {
        lock (_loadLock)
        {
            _firstLoad ??= Task.Run(Load);
        }
    }

    /// <summary>Loads the folder (or finishes the load begun) before the site takes requests, so the first reader sees every article.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        BeginFirstLoad();
        await _firstLoad!.WaitAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    /// <summary>Stops following the folder, and lets a cache write under way finish (within the host's shutdown time), so the next start finds it.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await cache.FlushAsync().WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Out of time: the next start parses what the cache lacks.
        }
    }

    /// <summary>Scans the folder now and publishes a new catalog if anything changed; returns the current one.</summary>
    public ArticleCatalog Load()
    {
        lock (_loadLock)
        {
            // What is known of the folder changes only with a catalog published from it: a load
            // that fails half-way (a symlink flipped, then a file unreadable) is tried afresh.
            var (root, loaded) = (_root, _loaded);
            try
            {
                return LoadLocked();
            }
            catch
            {
                (_root, _loaded) = (root, loaded);
                throw;
            }
        }
    }

    private ArticleCatalog LoadLocked()
    {
        var scan = ContentScanner.Scan(_contentPath);
        if (scan.Failure is { } failure)
        {
            var served = repository.Catalog.NewestFirst.Length;
            if (_failure != failure)
            {
                LogFolderFailed(failure, served);
            }

            _failure = failure;
            watcher.Stop();
            return repository.Catalog;
        }

        if (_failure is not null)
        {
            LogFolderRecovered(scan.Root);
            _failure = null;
        }

        LogNewlySkipped(scan);
        IReadOnlyDictionary<string, ArticleCacheEntry> cached = ReadOnlyDictionary<string, ArticleCacheEntry>.Empty;
        Func<string, Article?>? lastGood = null;
        if (scan.Root != _root)
        {
            // Another folder behind the same path: nothing loaded from the old one is reused as
            // it is, but its articles are the last good versions of files now broken in the new
            // one. On the first load, what an earlier run kept from this folder (its parses, and
            // the last good versions of files broken then) may be used.
            if (_root is null)
            {
                cached = cache.Read(scan);
                // Copied out: the cached bodies are slices of the whole cache file, which one
                // kept article would otherwise hold in memory.
                lastGood = path => cached.GetValueOrDefault(path)?.Article is { } article
                    ? article with { Body = CompressedHtml.FromHeld(article.Body.Held.ToArray()) }
                    : null;
            }
            else
            {
                var before = _loaded;
                lastGood = path => before.GetValueOrDefault(path)?.Article;
            }

            _loaded = new(StringComparer.Ordinal);
            _root = scan.Root;
        }

        watcher.Watch(scan.Root);
        var changes = ContentChanges.Between(_loaded, scan);
        if (changes.IsEmpty && repository.Catalog.Generation > 0)
        {
            return repository.Catalog;
        }

        // A folder that held articles and now holds none is more often caught half-way through
        // a deploy than emptied on purpose: believe it when the next scan agrees.
        if (scan.Files.IsEmpty && _loaded.Count > 0 && !_emptyOnce)
        {
            _emptyOnce = true;
            LogEmptyOnce(scan.Root, _loaded.Count);
            return repository.Catalog;
        }

        _emptyOnce = false;
        var (read, fromCache) = reader.Read(changes.Changed, cached);
        var loaded = changes.Apply(_loaded, scan, read, lastGood);
        foreach (var (path, result) in read)
        {
            foreach (var error in result.Errors)
            {
                LogFileError(error.Path, error.Line, error.Message);
            }

            if (result.Article is null && loaded[path].Article is not null)
            {
                LogKeptLastGood(path);
            }
        }

        _loaded = loaded;
        var previous = repository.Catalog;
        var catalog = ArticleCatalog.Build(
            loaded.Values.Select(l => l.Article).OfType<Article>(),
            loaded.Values.SelectMany(l => l.Errors),
            previous.Generation + 1,
            time.GetUtcNow(),
            previous);
        foreach (var clash in catalog.Errors.Except(loaded.Values.SelectMany(l => l.Errors)).Except(previous.Errors))
        {
            if (clash.IsWarning)
            {
                LogSkipped(clash.Path, clash.Message);
            }
            else
            {
                LogFileError(clash.Path, clash.Line, clash.Message);
            }
        }

        repository.Publish(catalog);
        metrics.Reloaded();
        var (changedCount, goneCount) = (changes.Changed.Count, changes.Gone.Count);
        if (catalog.NewestFirst.Length == 1)
        {
            LogLoadedOne(catalog.NewestFirst.Length, changedCount - fromCache, fromCache, goneCount, catalog.Errors.Length, scan.Root);
        }
        else
        {
            LogLoaded(catalog.NewestFirst.Length, changedCount - fromCache, fromCache, goneCount, catalog.Errors.Length, scan.Root);
        }

        // Hidden from readers until their date, which would otherwise look like a file the site
        // ignores: said once for each file read now, not again at every later load.
        foreach (var article in repository.Scheduled().Where(a => read.ContainsKey(a.SourcePath)))
        {
            LogScheduled(article.SourcePath, article.Published);
        }

        if (read.Values.Count(r => r.Article is not null) > fromCache || goneCount > 0)
        {
            // Written when an article was parsed or a file went, not for errors alone (the cache
            // already holds the broken file's last good version, under its older size and time).
            // A file with errors is kept only as its last good version, so it is parsed (and its
            // errors reported) again at the next start, while that version is served.
            cache.WriteInBackground(scan.Root, [.. loaded.Values
                .Where(l => l.Article is not null)
                .Select(l => new ArticleCacheEntry(l.File.RelativePath, l.File.Length, l.File.LastWriteUtc, l.Article!, IsLastGood: l.Errors.Count > 0))]);
        }

        return catalog;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var rescan = TimeSpan.FromSeconds(options.Value.RescanSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await watcher.WaitForChangeAsync(rescan, stoppingToken);

                // After a start from the article cache the parser has not run in this process: its
                // first use (loading and compiling its code) is paid while the burst settles, not after.
                var loaded = _loaded.Values;
                var warmingUp = reader.ParserUsed ? Task.CompletedTask : Task.Run(() => reader.WarmUp(loaded), stoppingToken);
                await watcher.SettleAsync(stoppingToken);
                await warmingUp;
                Load();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The loop is the only thing that follows the folder: it must outlive any failure.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogLoadFailed(ex, _contentPath);
            }
        }
    }

    private void LogNewlySkipped(ContentScan scan)
    {
        var skipped = scan.Skipped.ToHashSet();
        foreach (var entry in skipped.Except(_skipped))
        {
            LogSkipped(entry.Path, entry.Message);
        }

        _skipped = skipped;
    }

    [LoggerMessage(LogLevel.Error, "{Path}:{Line}: {Reason}")]
    private partial void LogFileError(string path, int line, string reason);

    [LoggerMessage(LogLevel.Warning, "{Path}: {Reason}")]
    private partial void LogSkipped(string path, string reason);

    [LoggerMessage(LogLevel.Warning, "Kept the last good version of {Path} until its errors are fixed")]
    private partial void LogKeptLastGood(string path);

    [LoggerMessage(LogLevel.Warning, "Content unavailable: {Reason}. What was loaded before stays published until it is back (articles: {Count})")]
    private partial void LogFolderFailed(string reason, int count);

    [LoggerMessage(LogLevel.Warning, "{Root} holds no articles now; the {Count} files loaded before stay published unless the next scan finds it empty too")]
    private partial void LogEmptyOnce(string root, int count);

    [LoggerMessage(LogLevel.Information, "Content folder {Root} is readable again")]
    private partial void LogFolderRecovered(string root);

    [LoggerMessage(LogLevel.Error, "Loading {ContentPath} failed; the articles loaded before stay published")]
    private partial void LogLoadFailed(Exception exception, string contentPath);

    [LoggerMessage(LogLevel.Information, "Loaded {Count} articles ({Changed} files read, {Cached} from the cache, {Gone} gone) with {ErrorCount} errors from {ContentPath}")]
    private partial void LogLoaded(int count, int changed, int cached, int gone, int errorCount, string contentPath);

    [LoggerMessage(LogLevel.Information, "Loaded {Count} article ({Changed} files read, {Cached} from the cache, {Gone} gone) with {ErrorCount} errors from {ContentPath}")]
    private partial void LogLoadedOne(int count, int changed, int cached, int gone, int errorCount, string contentPath);

    [LoggerMessage(LogLevel.Information, "Scheduled {Path} for {Time:yyyy-MM-ddTHH:mm:sszzz}")]
    private partial void LogScheduled(string path, DateTimeOffset time);
}
