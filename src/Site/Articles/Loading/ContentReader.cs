using System.Globalization;
using Microsoft.Extensions.Options;
using Site.Articles.Model;
using Site.Articles.Parsing;

namespace Site.Articles.Loading;

/// <summary>
/// Reads changed files into articles, in parallel: each from the article cache when it holds the
/// file as it is now, else through the parser. A file that is empty (or a pipe, which would block
/// a reader), over the size limit, unreadable, or that trips the parser becomes an error of its
/// own, so its last good version stays up, and never keeps the others off the site.
/// </summary>
public sealed partial class ContentReader(
    ArticleParser parser, ArticleCache cache, IOptions<ContentOptions> options, ILogger<ContentReader> logger)
{
    private volatile bool _parserUsed;

    /// <summary>Whether the parser has run in this process (a start from the cache skips it).</summary>
    public bool ParserUsed => _parserUsed;

    /// <summary>Each changed file's result, in the order given, and how many came from the cache.</summary>
    public (Dictionary<string, ArticleParseResult> Read, int FromCache) Read(
        IReadOnlyList<ContentFile> changed, IReadOnlyDictionary<string, ArticleCacheEntry> cached)
    {
        // Each file's result in its own slot: no lock is shared between the parsing threads.
        var results = new ArticleParseResult[changed.Count];
        var fromCache = 0;
        Parallel.For(0, changed.Count, i =>
        {
            if (FindCached(cached, changed[i]) is { } article)
            {
                results[i] = ArticleParseResult.Parsed(article);
                Interlocked.Increment(ref fromCache);
            }
            else
            {
                results[i] = Parse(changed[i]);
            }
        });

        var read = new Dictionary<string, ArticleParseResult>(changed.Count, StringComparer.Ordinal);
        for (var i = 0; i < changed.Count; i++)
        {
            read[changed[i].RelativePath] = results[i];
        }

        return (read, fromCache);
    }

    /// <summary>Parses a file that loaded cleanly and drops the result, so the parser's code is ready for the next change.</summary>
    public void WarmUp(IEnumerable<LoadedFile> loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        // A clean one: a file that trips the parser would have its failure logged twice.
        // Its size looked at again: the scan it came from may be hours old, and a file grown past
        // the limit, or become a pipe, must not be read.
        if (loaded.FirstOrDefault(l => l.Article is not null && l.Errors.Count == 0) is { } known)
        {
            Parse(Restat(known.File));
        }
    }

    /// <summary>The cached article, or null (a miss) when the cache lacks it or its lead image cannot be checked now.</summary>
    private Article? FindCached(IReadOnlyDictionary<string, ArticleCacheEntry> cached, ContentFile file)
    {
        try
        {
            return cache.Find(cached, file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private ArticleParseResult Parse(ContentFile file)
    {
        var maxBytes = options.Value.MaxArticleBytes;
        if (file.Length == 0)
        {
            // Often a save caught half-way (truncated, not yet written): the next change reads it again.
            return ArticleParseResult.Failed(new ContentError(file.RelativePath, 1, "the file is empty (or a pipe or device, which the site does not read)"));
        }

        if (file.Length > maxBytes)
        {
            return ArticleParseResult.Failed(new ContentError(file.RelativePath, 1,
                string.Create(CultureInfo.InvariantCulture, $"the file is {file.Length / 1024:N0} KB, over the limit of {maxBytes / 1024:N0} KB (Site:MaxArticleBytes)")));
        }

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

    private static ContentFile Restat(ContentFile file)
    {
        try
        {
            var info = new FileInfo(file.FullPath);
            return info.Exists ? file with { Length = info.Length } : file;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return file;
        }
    }

    [LoggerMessage(LogLevel.Error, "The parser failed on {Path}; the file is skipped")]
    private partial void LogParserFailed(Exception exception, string path);
}
