using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Site.Hosting;

namespace Site.Articles;

/// <summary>
/// Holds the current <see cref="ArticleCatalog"/> in memory and swaps in a new one whenever a
/// Markdown file under the content folder changes. A file that fails to parse is logged and
/// skipped; if it parsed before, its last good version stays published until it is mended.
/// What a reader may see is decided at read time against the injected clock.
/// </summary>
public sealed partial class ArticleRepository(
    IOptions<SiteOptions> options,
    IHostEnvironment environment,
    ArticleParser parser,
    TimeProvider time,
    IOutputCacheStore outputCache,
    ILogger<ArticleRepository> logger) : IHostedService, IDisposable
{
    public const string CacheTag = "articles";

    private readonly Lock _reloadLock = new();
    private readonly bool _includeDrafts = options.Value.ShowDrafts && !environment.IsProduction();
    private ArticleCatalog _catalog = ArticleCatalog.Empty;
    private PhysicalFileProvider? _files;
    private IDisposable? _watch;

    /// <summary>Raised after each reload with the new catalog.</summary>
    public event Action<ArticleCatalog>? Reloaded;

    public ArticleCatalog Catalog => Volatile.Read(ref _catalog);

    public string ContentPath { get; } = SiteOptionsValidator.ResolveContentPath(options.Value, environment);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Reload();
        _files = new PhysicalFileProvider(ContentPath);
        _watch = ChangeToken.OnChange(() => _files.Watch("**/*.md"), ReloadAfterChange);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Articles a reader may see now, newest first.</summary>
    public IReadOnlyList<Article> Published()
    {
        var now = time.GetUtcNow();
        return [.. Catalog.NewestFirst.Where(a => a.IsVisibleAt(now, _includeDrafts))];
    }

    /// <summary>
    /// Changes with every reload and whenever a scheduled article becomes visible, so a page
    /// cached from an older snapshot, or before an article's time, is never served after it
    /// (the output cache varies by this value).
    /// </summary>
    public string VisibilityKey()
    {
        var catalog = Catalog;
        var now = time.GetUtcNow();

        // Newest first: the scheduled (future) articles are all at the front.
        var scheduled = 0;
        while (scheduled < catalog.NewestFirst.Length && catalog.NewestFirst[scheduled].Published > now)
        {
            scheduled++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{catalog.Generation}-{scheduled}");
    }

    /// <summary>The visible article at a path, compared without regard to case or a trailing slash.</summary>
    public Article? FindByPath(string path) =>
        Visible(Catalog.ByPermalink.GetValueOrDefault(Permalinks.Normalize(path)));

    /// <summary>The visible article an old path (an alias) now points to.</summary>
    public Article? FindByAlias(string path) =>
        Visible(Catalog.ByAlias.GetValueOrDefault(Permalinks.Normalize(path)));

    /// <summary>The tag with this slug and its visible articles, newest first; null when none are visible.</summary>
    public (Tag Tag, IReadOnlyList<Article> Articles)? FindTag(string slug)
    {
        var articles = Published().Where(a => a.Tags.Any(t => t.Slug == slug)).ToList();
        return articles.Count == 0 ? null : (articles[0].Tags.First(t => t.Slug == slug), articles);
    }

    public void Reload()
    {
        lock (_reloadLock)
        {
            var previous = Catalog.NewestFirst.ToDictionary(a => a.SourcePath, StringComparer.Ordinal);
            var articles = new List<Article>();
            var errors = new List<ContentError>();
            foreach (var file in Directory.EnumerateFiles(ContentPath, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(ContentPath, file).Replace('\\', '/');
                var result = Read(relative, file);
                if (result.Article is { } article)
                {
                    articles.Add(article);
                    continue;
                }

                errors.AddRange(result.Errors);
                foreach (var error in result.Errors)
                {
                    LogSkipped(error.Path, error.Line, error.Message);
                }

                if (previous.TryGetValue(relative, out var lastGood))
                {
                    LogKeptLastGood(relative);
                    articles.Add(lastGood);
                }
            }

            var catalog = ArticleCatalog.Build(articles, errors, Catalog.Generation + 1, time.GetUtcNow());
            foreach (var error in catalog.Errors.Except(errors))
            {
                LogSkipped(error.Path, error.Line, error.Message);
            }

            Volatile.Write(ref _catalog, catalog);
            LogLoaded(catalog.NewestFirst.Length, catalog.Errors.Length, ContentPath);
        }

        // Cached pages were rendered from the old catalog.
        _ = outputCache.EvictByTagAsync(CacheTag, CancellationToken.None).AsTask();
        Reloaded?.Invoke(Catalog);
    }

    public void Dispose()
    {
        _watch?.Dispose();
        _files?.Dispose();
    }

    private ArticleParseResult Read(string relative, string file)
    {
        try
        {
            return parser.Parse(relative, File.ReadAllBytes(file), options.Value.Language);
        }
        catch (IOException ex)
        {
            return ArticleParseResult.Failed(new ContentError(relative, 1, $"could not be read: {ex.Message}"));
        }
#pragma warning disable CA1031 // One file that trips the parser must not keep the others off the site.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogParserFailed(ex, relative);
            return ArticleParseResult.Failed(new ContentError(relative, 1, $"could not be parsed: {ex.Message}"));
        }
    }

    /// <summary>A reload started by the file watcher: nothing may escape, or later changes would go unseen.</summary>
    private void ReloadAfterChange()
    {
        try
        {
            Reload();
        }
#pragma warning disable CA1031 // The watcher's callback has no caller to report to; the last good catalog stays.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogReloadFailed(ex, ContentPath);
        }
    }

    private Article? Visible(Article? article) =>
        article is not null && article.IsVisibleAt(time.GetUtcNow(), _includeDrafts) ? article : null;

    [LoggerMessage(LogLevel.Error, "The parser failed on {Path}; the file is skipped")]
    private partial void LogParserFailed(Exception exception, string path);

    [LoggerMessage(LogLevel.Error, "Reloading {ContentPath} failed; the articles loaded before stay published")]
    private partial void LogReloadFailed(Exception exception, string contentPath);

    [LoggerMessage(LogLevel.Error, "Skipped {Path}:{Line}: {Reason}")]
    private partial void LogSkipped(string path, int line, string reason);

    [LoggerMessage(LogLevel.Warning, "Kept the last good version of {Path} until its errors are fixed")]
    private partial void LogKeptLastGood(string path);

    [LoggerMessage(LogLevel.Information, "Loaded {Count} articles with {ErrorCount} errors from {ContentPath}")]
    private partial void LogLoaded(int count, int errorCount, string contentPath);
}
