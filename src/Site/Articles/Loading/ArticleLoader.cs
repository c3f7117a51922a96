using System.Collections.ObjectModel;
using System.Diagnostics;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Site.Articles.Catalog;
using Site.Articles.Model;
using Site.Articles.Parsing;

namespace Site.Articles.Loading;

/// <summary>
/// Follows the content folder, whatever happens to it, and publishes a new catalog to the
/// <see cref="ArticleRepository"/> whenever what is on disk changes. Change notifications are only
/// a hint: after each one, and on a periodic rescan, the folder is walked afresh (names, sizes and
/// times, with the configured path resolved again, so a flipped symlink or a tree renamed into
/// place is found) and compared with what was loaded. Only files that changed are read and parsed.
/// If the folder vanishes or cannot be read, the last good catalog stays published and the
/// loader recovers by itself when the folder is back; a file that fails to parse keeps its last
/// good version; a file that is gone, because it or its folder moved, is gone from the site.
/// </summary>
public sealed partial class ArticleLoader(
    ArticleRepository repository,
    ArticleParser parser,
    ArticleCache cache,
    ContentMetrics metrics,
    IOptions<ContentOptions> options,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<ArticleLoader> logger) : BackgroundService
{
    private static readonly TimeSpan SettleTime = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxSettleTime = TimeSpan.FromSeconds(2);

    private readonly Lock _loadLock = new();
    private readonly SemaphoreSlim _changed = new(0);
    private readonly string _contentPath = ContentPaths.Content(options.Value, environment);
    private Dictionary<string, Loaded> _loaded = new(StringComparer.Ordinal);
    private HashSet<ContentError> _skipped = [];
    private string? _root;
    private string? _failure;
    private bool _emptyOnce;
    private PhysicalFileProvider? _watcher;
    private Task<ArticleCatalog>? _firstLoad;
    private volatile bool _parserUsed;

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
            var scan = ContentScanner.Scan(_contentPath, options.Value.MaxArticleBytes);
            if (scan.Failure is { } failure)
            {
                var served = repository.Catalog.NewestFirst.Length;
                if (_failure != failure && served == 1)
                {
                    LogFolderFailedOne(failure, served);
                }
                else if (_failure != failure)
                {
                    LogFolderFailed(failure, served);
                }

                _failure = failure;
                StopWatching();
                return repository.Catalog;
            }

            if (_failure is not null)
            {
                LogFolderRecovered(scan.Root);
                _failure = null;
            }

            LogNewlySkipped(scan);
            IReadOnlyDictionary<string, ArticleCacheEntry> cached = ReadOnlyDictionary<string, ArticleCacheEntry>.Empty;
            if (scan.Root != _root)
            {
                // Another folder behind the same path: nothing loaded from the old one is reused.
                // On the first load, what an earlier run parsed from this folder may be.
                if (_root is null)
                {
                    cached = cache.Read(scan.Root);
                }

                _loaded = new(StringComparer.Ordinal);
                _root = scan.Root;
            }

            Watch(scan.Root);
            var changed = scan.Files.Where(f => !_loaded.TryGetValue(f.RelativePath, out var known) ||
                known.File.Length != f.Length || known.File.LastWriteUtc != f.LastWriteUtc).ToList();

            // A folder that cannot be read now is a fault, not a deletion: what came from it stays.
            var kept = _loaded.Values.Where(l => scan.Unreadable.Any(folder => l.File.RelativePath.StartsWith(folder, StringComparison.Ordinal))).ToList();
            var gone = _loaded.Keys.Except(scan.Files.Select(f => f.RelativePath).Concat(kept.Select(l => l.File.RelativePath)), StringComparer.Ordinal).ToList();
            if (changed.Count == 0 && gone.Count == 0 && repository.Catalog.Generation > 0)
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
            // Each file's result in its own slot: no lock is shared between the parsing threads.
            var results = new ArticleParseResult[changed.Count];
            var fromCache = 0;
            Parallel.For(0, changed.Count, i =>
            {
                if (cache.Find(cached, changed[i]) is { } article)
                {
                    results[i] = ArticleParseResult.Parsed(article);
                    Interlocked.Increment(ref fromCache);
                }
                else
                {
                    results[i] = Read(changed[i]);
                }
            });
            var parsed = new Dictionary<string, ArticleParseResult>(changed.Count, StringComparer.Ordinal);
            for (var i = 0; i < changed.Count; i++)
            {
                parsed[changed[i].RelativePath] = results[i];
            }

            var loaded = kept.ToDictionary(l => l.File.RelativePath, StringComparer.Ordinal);
            foreach (var file in scan.Files)
            {
                if (!parsed.TryGetValue(file.RelativePath, out var result))
                {
                    loaded[file.RelativePath] = _loaded[file.RelativePath];
                    continue;
                }

                var lastGood = result.Article ?? _loaded.GetValueOrDefault(file.RelativePath)?.Article;
                loaded[file.RelativePath] = new Loaded(file, lastGood, result.Errors);
                foreach (var error in result.Errors)
                {
                    LogFileError(error.Path, error.Line, error.Message);
                }

                if (result.Article is null && lastGood is not null)
                {
                    LogKeptLastGood(file.RelativePath);
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
                LogFileError(clash.Path, clash.Line, clash.Message);
            }

            repository.Publish(catalog);
            metrics.Reloaded();
            if (catalog.NewestFirst.Length == 1)
            {
                LogLoadedOne(catalog.NewestFirst.Length, changed.Count - fromCache, fromCache, gone.Count, catalog.Errors.Length, scan.Root);
            }
            else
            {
                LogLoaded(catalog.NewestFirst.Length, changed.Count - fromCache, fromCache, gone.Count, catalog.Errors.Length, scan.Root);
            }

            // Hidden from readers until their date, which would otherwise look like a file the site ignores.
            foreach (var article in repository.Scheduled())
            {
                LogScheduled(article.SourcePath, article.Published);
            }

            if (results.Count(r => r.Article is not null) > fromCache || gone.Count > 0)
            {
                // Written when an article was parsed or a file went, never for errors alone; and only
                // what parsed cleanly from the file as it is now: a file with errors is parsed (and
                // its errors reported) again at the next start.
                cache.WriteInBackground(scan.Root, [.. loaded.Values
                    .Where(l => l.Article is not null && l.Errors.Count == 0)
                    .Select(l => new ArticleCacheEntry(l.File.RelativePath, l.File.Length, l.File.LastWriteUtc, l.Article!))]);
            }

            return catalog;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var rescan = TimeSpan.FromSeconds(options.Value.RescanSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Whichever comes first: a change notification or the periodic rescan. A burst of
                // notifications is taken as one, since the scan sees all of it.
                using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                var changed = _changed.WaitAsync(wake.Token);
                var due = Task.Delay(rescan, time, wake.Token);
                await Task.WhenAny(changed, due);
                await wake.CancelAsync();

                // After a start from the article cache the parser has not run in this process: its
                // first use (loading and compiling its code) is paid while the burst settles, not after.
                var warmingUp = _parserUsed ? Task.CompletedTask : Task.Run(WarmUpParser, stoppingToken);

                // Let a burst settle (a deploy copying a tree, a recursive delete) before walking
                // the folder, so a scan sees the end of it rather than a half-way state.
                var settled = Stopwatch.StartNew();
                while (await _changed.WaitAsync(SettleTime, stoppingToken) && settled.Elapsed < MaxSettleTime)
                {
                }

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

    public override void Dispose()
    {
        StopWatching();
        _changed.Dispose();
        base.Dispose();
    }

    private ArticleParseResult Read(ContentFile file)
    {
        _parserUsed = true;
        try
        {
            return parser.Parse(file.RelativePath, File.ReadAllBytes(file.FullPath), options.Value.Language);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ArticleParseResult.Failed(new ContentError(file.RelativePath, 1, $"could not be read: {ex.Message}"));
        }
#pragma warning disable CA1031 // One file that trips the parser must not keep the others off the site.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogParserFailed(ex, file.RelativePath);
            return ArticleParseResult.Failed(new ContentError(file.RelativePath, 1, "could not be parsed (an error in the site, logged for its operators)"));
        }
    }

    /// <summary>Parses one file that loaded cleanly and drops the result, so the parser's code is ready for the next change.</summary>
    private void WarmUpParser()
    {
        // A clean one: a file that trips the parser would have its failure logged twice.
        if (_loaded.Values.FirstOrDefault(l => l.Article is not null && l.Errors.Count == 0) is { } known)
        {
            Read(known.File);
        }
    }

    /// <summary>Watches the folder as it is now; a new watcher after every scan, since the folder behind the path may have changed.</summary>
    private void Watch(string root)
    {
        StopWatching();
        try
        {
            _watcher = new PhysicalFileProvider(root, Microsoft.Extensions.FileProviders.Physical.ExclusionFilters.None);
            _watcher.Watch("**/*").RegisterChangeCallback(static state => ((SemaphoreSlim)state!).Release(), _changed);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Then only the periodic rescan follows the folder until it can be watched again.
            LogWatchFailed(root, ex.Message);
            StopWatching();
        }
    }

    private void StopWatching()
    {
        _watcher?.Dispose();
        _watcher = null;
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

    /// <summary>What was loaded from one file: the file as scanned, its article (or last good one), and its errors.</summary>
    private sealed record Loaded(ContentFile File, Article? Article, IReadOnlyList<ContentError> Errors);

    [LoggerMessage(LogLevel.Error, "{Path}:{Line}: {Reason}")]
    private partial void LogFileError(string path, int line, string reason);

    [LoggerMessage(LogLevel.Warning, "{Path}: {Reason}")]
    private partial void LogSkipped(string path, string reason);

    [LoggerMessage(LogLevel.Warning, "Kept the last good version of {Path} until its errors are fixed")]
    private partial void LogKeptLastGood(string path);

    [LoggerMessage(LogLevel.Error, "The parser failed on {Path}; the file is skipped")]
    private partial void LogParserFailed(Exception exception, string path);

    [LoggerMessage(LogLevel.Warning, "Content unavailable: {Reason}. The {Count} articles loaded before stay published until it is back")]
    private partial void LogFolderFailed(string reason, int count);

    [LoggerMessage(LogLevel.Warning, "Content unavailable: {Reason}. The {Count} article loaded before stays published until it is back")]
    private partial void LogFolderFailedOne(string reason, int count);

    [LoggerMessage(LogLevel.Warning, "{Root} holds no articles now; the {Count} files loaded before stay published unless the next scan finds it empty too")]
    private partial void LogEmptyOnce(string root, int count);

    [LoggerMessage(LogLevel.Information, "Content folder {Root} is readable again")]
    private partial void LogFolderRecovered(string root);

    [LoggerMessage(LogLevel.Warning, "Cannot watch {Root} for changes ({Reason}); the periodic rescan follows it instead")]
    private partial void LogWatchFailed(string root, string reason);

    [LoggerMessage(LogLevel.Error, "Loading {ContentPath} failed; the articles loaded before stay published")]
    private partial void LogLoadFailed(Exception exception, string contentPath);

    [LoggerMessage(LogLevel.Information, "Loaded {Count} articles ({Changed} files read, {Cached} from the cache, {Gone} gone) with {ErrorCount} errors from {ContentPath}")]
    private partial void LogLoaded(int count, int changed, int cached, int gone, int errorCount, string contentPath);

    [LoggerMessage(LogLevel.Information, "Loaded {Count} article ({Changed} files read, {Cached} from the cache, {Gone} gone) with {ErrorCount} errors from {ContentPath}")]
    private partial void LogLoadedOne(int count, int changed, int cached, int gone, int errorCount, string contentPath);

    [LoggerMessage(LogLevel.Information, "Scheduled {Path} for {Time:yyyy-MM-ddTHH:mm:sszzz}")]
    private partial void LogScheduled(string path, DateTimeOffset time);
}
