namespace Site.Articles.Loading;

/// <summary>
/// The article cache's file on disk, treated as untrusted input: it is read only when it is a
/// regular file of a plausible size, with the length checked before anything is allocated, and it
/// is written under a name no other writer uses, readable by this user alone, then renamed over
/// the old one. Anything refused throws <see cref="InvalidDataException"/> saying why.
/// </summary>
internal static class ArticleCacheStore
{
    /// <summary>How old a temporary file must be before it is taken for one left by a run that died writing it, not one another replica is writing now.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(10);

    private const string TemporarySuffix = ".tmp";

    /// <summary>The file's bytes, or null when there is none; at most <paramref name="limit"/> bytes are ever read.</summary>
    public static byte[]? Read(string path, long limit)
    {
        // Decided before opening: opening a pipe waits for a writer, and a device never ends.
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return Directory.Exists(path) ? throw new InvalidDataException("it is a folder") : null;
        }

        if (info.Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            throw new InvalidDataException($"it is a link to {info.LinkTarget}, which the site never writes");
        }

        // Pipes, sockets and devices report no length, as an empty file does.
        Check(info.Length, limit);
        var options = new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, BufferSize = 0, Options = FileOptions.SequentialScan };
        using var stream = new FileStream(path, options);
        if (!stream.CanSeek)
        {
            throw new InvalidDataException("it is not a regular file");
        }

        // Checked again on what was opened: the file may have been replaced in between.
        var length = stream.Length;
        Check(length, limit);
        var bytes = new byte[length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>Writes the file through a temporary one of its own, renamed over it, so readers see the old file or the new one, never half of one.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var folder = Path.GetDirectoryName(path)!;
        // Only this user may read or change what the site will serve as written.
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        // Unique per writer, not per process: replicas sharing a volume can all be PID 1.
        var temporary = $"{path}.{Guid.NewGuid():N}{TemporarySuffix}";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 1 << 16 };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using (var stream = new FileStream(temporary, options))
            {
                write(stream);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            DeleteQuietly(temporary);
            throw;
        }
    }

    /// <summary>Removes the temporary files beside the cache last written before <paramref name="before"/>; returns how many.</summary>
    public static int RemoveStale(string path, DateTimeOffset before)
    {
        var folder = new DirectoryInfo(Path.GetDirectoryName(path)!);
        var removed = 0;
        foreach (var file in folder.EnumerateFiles($"{Path.GetFileName(path)}.*{TemporarySuffix}"))
        {
            if (file.LastWriteTimeUtc < before.UtcDateTime && DeleteQuietly(file.FullName))
            {
                removed++;
            }
        }

        return removed;
    }

    private static void Check(long length, long limit)
    {
        if (length == 0)
        {
            throw new InvalidDataException("it is empty or not a regular file");
        }

        if (length > limit)
        {
            throw new InvalidDataException($"it is {length} bytes, more than the {limit} a cache of this content can be");
        }
    }

    private static bool DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing was written there that anyone reads.
            return false;
        }
    }
}
