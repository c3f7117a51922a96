using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Site.Articles.Model;

namespace Site.Articles.Loading;

/// <summary>
/// The article cache's file: a header naming the build, the content folder and the default
/// language the articles were parsed under, then each cached file's path, size, time and whether
/// it was broken (its article then the last good one) with its article (the body as
/// <see cref="CompressedHtml"/> holds it), then the header's mark again, then
/// a SHA-256 of everything before it. A file of another format or default language reads as
/// nothing; one of another build or folder (a deploy, a new git-sync worktree) reads as last good
/// versions only, never as parses; one that is damaged or cut short throws
/// <see cref="InvalidDataException"/>.
/// </summary>
public static class ArticleCacheFile
{
    private const string Mark = "site-article-cache";
    private const int FormatVersion = 3;

    private const int ChecksumLength = 32;

    public static void Write(Stream stream, ArticleCacheKey key, IReadOnlyCollection<ArticleCacheEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(entries);

        // The bytes pass through the hash on their way to the stream (a hash algorithm as a
        // transform copies what it hashes), so a file of any size is never held whole to be hashed.
        using var sha256 = SHA256.Create();
        // Buffered before the hash, which would otherwise be fed one small field at a time.
        using (var hashed = new CryptoStream(stream, sha256, CryptoStreamMode.Write, leaveOpen: true))
        using (var buffered = new BufferedStream(hashed, 64 * 1024))
        using (var writer = new BinaryWriter(buffered, Encoding.UTF8, leaveOpen: true))
        {
            WriteContent(writer, key, entries);
        }

        stream.Write(sha256.Hash ?? throw new InvalidOperationException("the hash of the article cache was not finished"));
    }

    private static void WriteContent(BinaryWriter writer, ArticleCacheKey key, IReadOnlyCollection<ArticleCacheEntry> entries)
    {
        writer.Write(Mark);
        writer.Write(FormatVersion);
        writer.Write(key.Build);
        writer.Write(key.Root);
        writer.Write(key.Language);
        writer.Write(entries.Count);
        foreach (var entry in entries)
        {
            writer.Write(entry.RelativePath);
            writer.Write(entry.Length);
            writer.Write(entry.LastWriteUtc.Ticks);
            writer.Write(entry.IsLastGood);
            WriteArticle(writer, entry.Article);
        }

        writer.Write(Mark);
    }

    /// <summary>
    /// The entries by relative path, or null when the file was written in another format or for
    /// another default language; under another build or folder, each entry is a last good version
    /// only. The bodies are slices of <paramref name="file"/>, which must not change afterwards.
    /// </summary>
    public static Dictionary<string, ArticleCacheEntry>? Read(ReadOnlyMemory<byte> file, ArticleCacheKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (file.Length < ChecksumLength)
        {
            throw new InvalidDataException("it is shorter than its checksum");
        }

        var content = file[..^ChecksumLength];
        var reader = new CacheReader(content);
        if (reader.String() != Mark || reader.Int32() != FormatVersion)
        {
            return null;
        }

        // What another build parsed may render differently now, and another folder's files are
        // other files: neither is taken as a parse, but both are better than a 404 for a file
        // that is broken now.
        var build = reader.String();
        var root = reader.String();
        var current = build == key.Build && root == key.Root;
        if (reader.String() != key.Language)
        {
            return null;
        }

        // Bodies are held compressed, so one damaged byte would otherwise surface only when its
        // page is rendered; checked whole here (its cost is in docs/performance.md), it costs a
        // parse.
        if (!SHA256.HashData(content.Span).AsSpan().SequenceEqual(file.Span[^ChecksumLength..]))
        {
            throw new InvalidDataException("it does not match its checksum");
        }

        var count = reader.Count();
        var entries = new Dictionary<string, ArticleCacheEntry>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var path = reader.String();
            var length = reader.Int64();
            var lastWrite = reader.UtcTime();
            var isLastGood = reader.Boolean();
            entries[path] = new ArticleCacheEntry(path, length, lastWrite, ReadArticle(reader), isLastGood || !current);
        }

        return reader.String() == Mark && reader.AtEnd ? entries : throw new InvalidDataException("it does not end where its header says");
    }

    private static void WriteArticle(BinaryWriter writer, Article article)
    {
        writer.Write(article.Title);
        writer.Write(article.Slug);
        WriteDate(writer, article.Published);
        writer.Write(article.Updated.HasValue);
        if (article.Updated is { } updated)
        {
            WriteDate(writer, updated);
        }

        writer.Write(article.Summary);
        WriteOptional(writer, article.Author);
        writer.Write(article.Source is not null);
        if (article.Source is { } source)
        {
            writer.Write(source.Name);
            WriteOptional(writer, source.Url?.OriginalString);
        }

        writer.Write(article.Tags.Length);
        foreach (var tag in article.Tags)
        {
            writer.Write(tag.Name);
            writer.Write(tag.Slug);
        }

        writer.Write(article.LeadImage is not null);
        if (article.LeadImage is { } image)
        {
            writer.Write(image.Path);
            writer.Write(image.Alt);
            writer.Write(image.Width);
            writer.Write(image.Height);
            writer.Write(image.MediaType);
        }

        writer.Write(article.IsDraft);
        writer.Write(article.Aliases.Length);
        foreach (var alias in article.Aliases)
        {
            writer.Write(alias);
        }

        writer.Write(article.Language);
        writer.Write(article.Body.Held.Length);
        writer.Write(article.Body.Held);
        writer.Write(article.WordCount);
        writer.Write(article.Excerpt);
        writer.Write(article.SourcePath);
    }

    private static Article ReadArticle(CacheReader reader)
    {
        var title = reader.String();
        var slug = reader.String();
        var published = reader.Date();
        DateTimeOffset? updated = reader.Boolean() ? reader.Date() : null;
        var summary = reader.String();
        var author = reader.OptionalString();
        var source = reader.Boolean() ? new ArticleSource(reader.String(), reader.OptionalString() is { } url ? Address(url) : null) : null;
        var tags = new Tag[reader.Count()];
        for (var i = 0; i < tags.Length; i++)
        {
            tags[i] = new Tag(reader.String(), reader.String());
        }

        var leadImage = reader.Boolean()
            ? new LeadImage(reader.String(), reader.String(), reader.Int32(), reader.Int32(), reader.String())
            : null;
        var isDraft = reader.Boolean();
        var aliases = new string[reader.Count()];
        for (var i = 0; i < aliases.Length; i++)
        {
            aliases[i] = reader.String();
        }

        var language = reader.String();
        var body = reader.Bytes();
        var wordCount = reader.Int32();
        var excerpt = reader.String();
        var sourcePath = reader.String();
        return new Article
        {
            Title = title,
            Slug = slug,
            Published = published,
            Updated = updated,
            Summary = summary,
            Author = author,
            Source = source,
            Tags = ImmutableCollectionsMarshal.AsImmutableArray(tags),
            LeadImage = leadImage,
            IsDraft = isDraft,
            Aliases = ImmutableCollectionsMarshal.AsImmutableArray(aliases),
            Language = language,
            Body = CompressedHtml.FromHeld(body),
            WordCount = wordCount,
            Excerpt = excerpt,
            SourcePath = sourcePath,
        };
    }

    private static Uri Address(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var address) ? address : throw new InvalidDataException($"it holds '{url}' where an address belongs");

    private static void WriteDate(BinaryWriter writer, DateTimeOffset date)
    {
        writer.Write(date.Ticks);
        writer.Write(date.Offset.Ticks);
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }
}
