using System.Collections.ObjectModel;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Site.Articles.Images;
using Site.Articles.Model;

namespace Site.Articles.Loading;

/// <summary>
/// Keeps what the loader parsed between runs, so that a restart reads only the files that changed
/// since: each cleanly parsed file with the size and time it was parsed at, in one file per
/// content folder under Site:CachePath. A file is taken from the cache only while its size and
/// time are the same (the test the loader itself makes) and its lead image still checks out; a
/// cache written by another build of the site or for another folder gives only last good
/// versions, one for another default language nothing. A cache that is missing, damaged, refused
/// (a link, not a regular file, larger than its content could make) or cannot be written costs
/// only time: every file is then parsed as if there were none. A file with errors is kept only as
/// its last good version (served through a restart, never taken as the file's parse), so its
/// errors are reported again at every start.
/// </summary>
public sealed partial class ArticleCache(
    IOptions<ContentOptions> options,
    IHostEnvironment environment,
    LeadImages images,
    TimeProvider time,
    ILogger<ArticleCache> logger)
{
    /// <summary>How long a write waits for later loads to supersede it: a burst of edits is written once, and not while its pages are first served.</summary>
    private static readonly TimeSpan QuietTime = TimeSpan.FromSeconds(2);

    private static readonly string Build = BuildOf(typeof(Article), typeof(Markdig.Markdown), typeof(YamlDotNet.RepresentationModel.YamlStream), typeof(SkiaSharp.SKCodec), typeof(AnyAscii.Transliteration));

    /// <summary>The most the cache is ever read into memory, whatever the content folder holds.</summary>
    private const long MaxBytes = 256L << 20;

    private readonly Lock _gate = new();
    private (string Root, IReadOnlyCollection<ArticleCacheEntry> Entries)? _next;
    private readonly TaskCompletionSource _flush = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _writing = Task.CompletedTask;
    private bool _running;
    private string? _lastProblem;

    /// <summary>The cache file for this content folder (named by a hash of its configured path), or null when the site keeps no cache.</summary>
    public string? FilePath { get; } = ContentPaths.Cache(options.Value, environment) is { } folder
        ? Path.Combine(folder, $"articles-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ContentPaths.Content(options.Value, environment))).AsSpan(0, 8))}.bin")
        : null;

    /// <summary>What the cache holds for the scanned folder, by relative path; empty when it holds nothing usable.</summary>
    public IReadOnlyDictionary<string, ArticleCacheEntry> Read(ContentScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        if (FilePath is not { } path)
        {
            return ReadOnlyDictionary<string, ArticleCacheEntry>.Empty;
        }

        try
        {
            // The file in one array: the bodies are slices of it, served from it.
            if (ArticleCacheStore.Read(path, Limit(scan)) is not { } file)
            {
                return ReadOnlyDictionary<string, ArticleCacheEntry>.Empty;
            }

            if (ArticleCacheFile.Read(file, Key(scan.Root)) is { } entries)
            {
                return entries;
            }

            LogNotUsable(path);
            return ReadOnlyDictionary<string, ArticleCacheEntry>.Empty;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return ReadOnlyDictionary<string, ArticleCacheEntry>.Empty;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            LogUnreadable(path, ex.Message);
            return ReadOnlyDictionary<string, ArticleCacheEntry>.Empty;
        }
    }

    /// <summary>The cached article for a file as it is now, or null when the file must be parsed.</summary>
    public Article? Find(IReadOnlyDictionary<string, ArticleCacheEntry> entries, ContentFile file)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(file);
        if (!entries.TryGetValue(file.RelativePath, out var entry) || entry.IsLastGood ||
            entry.Length != file.Length || entry.LastWriteUtc != file.LastWriteUtc)
        {
            return null;
        }

        // The picture lives in the web root, not in the file: a changed or removed one is parsed afresh.
        var article = entry.Article;
        return article.LeadImage is not { } lead || images.Read(lead.Path, lead.Alt).Image == lead ? article : null;
    }

    /// <summary>
    /// Writes the folder's cleanly parsed files to the cache, off the caller's thread, once the
    /// folder has been quiet for a moment; a newer call supersedes one not yet written.
    /// </summary>
    public void WriteInBackground(string root, IReadOnlyCollection<ArticleCacheEntry> entries)
    {
        if (FilePath is null)
        {
            return;
        }

        lock (_gate)
        {
            _next = (root, entries);
            if (!_running)
            {
                _running = true;
                _writing = Task.Run(WriteAllAsync);
            }
        }
    }

    /// <summary>Writes what is waiting now, without waiting for quiet (the site is stopping); completes when it is written.</summary>
    public Task FlushAsync()
    {
        _flush.TrySetResult();
        lock (_gate)
        {
            return _writing;
        }
    }

    private async Task WriteAllAsync()
    {
        while (true)
        {
            await Task.WhenAny(Task.Delay(QuietTime, time), _flush.Task);
            (string Root, IReadOnlyCollection<ArticleCacheEntry> Entries) next;
            lock (_gate)
            {
                if (_next is not { } pending)
                {
                    _running = false;
                    return;
                }

                next = pending;
                _next = null;
            }

            try
            {
                Write(next.Root, next.Entries);
            }
#pragma warning disable CA1031 // A cache that cannot be written costs the next start time, never this run anything.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogWriteFailed(ex, FilePath!);
            }
        }
    }

    private void Write(string root, IReadOnlyCollection<ArticleCacheEntry> entries)
    {
        var path = FilePath!;
        try
        {
            ArticleCacheStore.Write(path, stream => ArticleCacheFile.Write(stream, Key(root), entries));
            _lastProblem = null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (_lastProblem != ex.Message)
            {
                _lastProblem = ex.Message;
                LogUnwritable(path, ex.Message);
            }

            return;
        }

        // Left by runs killed while writing; one as young as this may be another replica's, still being written.
        int removed;
        try
        {
            removed = ArticleCacheStore.RemoveStale(path, time.GetUtcNow() - ArticleCacheStore.StaleAfter);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The cache was written; what earlier runs left goes at the next write.
            return;
        }

        if (removed > 0)
        {
            LogStaleRemoved(removed, Path.GetDirectoryName(path)!);
        }
    }

    /// <summary>
    /// The most a cache of this folder can hold: each file's values and compressed body, well
    /// under a few times its Markdown, and a little for each entry; never more than a hard cap.
    /// </summary>
    private static long Limit(ContentScan scan) =>
        Math.Min(MaxBytes, (8 * scan.Files.Sum(f => f.Length)) + (4096L * scan.Files.Length) + (1 << 20));

    private ArticleCacheKey Key(string root) => new(Build, root, options.Value.Language);

    /// <summary>The builds of the site and of every library whose output it caches: any change to one is another cache.</summary>
    private static string BuildOf(params Type[] types) => string.Join(',', types.Select(t => t.Assembly.ManifestModule.ModuleVersionId));

    [LoggerMessage(LogLevel.Information, "The article cache {Path} is of another format or default language; every file is parsed")]
    private partial void LogNotUsable(string path);

    [LoggerMessage(LogLevel.Warning, "The article cache {Path} cannot be read ({Reason}); every file is parsed")]
    private partial void LogUnreadable(string path, string reason);

    [LoggerMessage(LogLevel.Error, "Writing the article cache {Path} failed; the next start parses every file")]
    private partial void LogWriteFailed(Exception exception, string path);

    [LoggerMessage(LogLevel.Information, "Removed {Count} temporary article cache files left in {Folder} by earlier runs")]
    private partial void LogStaleRemoved(int count, string folder);

    [LoggerMessage(LogLevel.Warning, "The article cache {Path} cannot be written ({Reason}); the next start parses every file")]
    private partial void LogUnwritable(string path, string reason);
}
