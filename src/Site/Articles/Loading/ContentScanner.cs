using System.Collections.Immutable;
using Site.Articles.Model;

namespace Site.Articles.Loading;

/// <summary>
/// Walks the content folder for the Markdown files to publish, cheaply (names, sizes and times;
/// nothing is opened), and never lets one entry stop the walk. Only regular <c>.md</c> files
/// inside the folder count; each entry left out gets one warning saying why: names starting with
/// '.' or an editor's '~' or '#', folders that cannot be read, symlinks that lead outside the
/// folder or nowhere. An empty file, a pipe or a file over the size limit is listed all the same:
/// it is a broken article (its last good version stays up), not a deleted one, and the reader
/// refuses it without opening it.
/// </summary>
public static class ContentScanner
{
    public static ContentScan Scan(string contentPath)
    {
        DirectoryInfo root;
        try
        {
            // A symlinked root (git-sync, Kubernetes volumes) is followed afresh on every scan.
            var configured = new DirectoryInfo(contentPath);
            root = configured.LinkTarget is null ? configured : configured.ResolveLinkTarget(returnFinalTarget: true) as DirectoryInfo ?? configured;
            if (!root.Exists)
            {
                return new ContentScan { Root = contentPath, Failure = $"the content folder {contentPath} does not exist" };
            }

            _ = root.EnumerateFileSystemInfos().Any();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ContentScan { Root = contentPath, Failure = $"the content folder {contentPath} cannot be read: {ex.Message}" };
        }

        var files = ImmutableArray.CreateBuilder<ContentFile>();
        var skipped = ImmutableArray.CreateBuilder<ContentError>();
        var unreadable = ImmutableArray.CreateBuilder<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { root.FullName };
        Walk(root, "");
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new ContentScan { Root = root.FullName, Files = files.ToImmutable(), Skipped = skipped.ToImmutable(), Unreadable = unreadable.ToImmutable() };

        void Walk(DirectoryInfo folder, string relative)
        {
            List<FileSystemInfo> entries;
            try
            {
                entries = [.. folder.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal)];
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                skipped.Add(ContentError.Warning(relative.TrimEnd('/'), $"folder skipped: it cannot be read ({ex.Message})"));
                unreadable.Add(relative);
                return;
            }

            foreach (var entry in entries)
            {
                Visit(entry, relative + entry.Name);
            }
        }

        void Visit(FileSystemInfo entry, string relative)
        {
            var isMarkdown = entry.Name.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
            if (entry.Name[0] is '.' or '~' or '#')
            {
                if (isMarkdown || entry is DirectoryInfo)
                {
                    skipped.Add(ContentError.Warning(relative, "skipped: names starting with '.', '~' or '#' are hidden or an editor's temporary files"));
                }

                return;
            }

            var target = entry;
            // Only a symlink (flagged in what the walk already read) is worth asking for its target.
            if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && entry.LinkTarget is not null)
            {
                var resolved = Resolve(entry);
                if (resolved is null)
                {
                    skipped.Add(ContentError.Warning(relative, "skipped: the symlink leads nowhere (its target is missing, or it is a loop)"));
                    return;
                }

                if (resolved.FullName.TrimEnd('/') == root.FullName.TrimEnd('/'))
                {
                    skipped.Add(ContentError.Warning(relative, "skipped: the symlink leads back to the content folder itself (a loop)"));
                    return;
                }

                if (!IsInside(resolved.FullName, root.FullName))
                {
                    skipped.Add(ContentError.Warning(relative, $"skipped: the symlink leads outside the content folder, to {resolved.FullName}"));
                    return;
                }

                target = resolved;
            }

            if (target is DirectoryInfo folder)
            {
                if (visited.Add(folder.FullName))
                {
                    Walk(folder, relative + "/");
                }
                else
                {
                    skipped.Add(ContentError.Warning(relative, "skipped: this folder is already read through another path (a symlink loop)"));
                }
            }
            else if (isMarkdown && target is FileInfo file)
            {
                files.Add(new ContentFile(relative, file.FullName, file.Length, file.LastWriteTimeUtc));
            }
        }
    }

    private static FileSystemInfo? Resolve(FileSystemInfo link)
    {
        try
        {
            var resolved = link.ResolveLinkTarget(returnFinalTarget: true);
            return resolved switch
            {
                _ when resolved is null => null,
                _ when Directory.Exists(resolved.FullName) => new DirectoryInfo(resolved.FullName),
                _ when File.Exists(resolved.FullName) => new FileInfo(resolved.FullName),
                _ => null,
            };
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static bool IsInside(string path, string root) =>
        path.StartsWith(root.TrimEnd('/') + "/", StringComparison.Ordinal);
}
