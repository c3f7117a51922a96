using Site.Articles.Model;
using Site.Articles.Parsing;

namespace Site.Articles.Loading;

/// <summary>
/// What a new scan changes against what is loaded, worked out from the two alone (no disk): the
/// files to read (new, or with another size or time), the files kept though the scan did not see
/// them (under a folder that could not be read now: a fault, not a deletion), and the files gone.
/// </summary>
public sealed record ContentChanges(IReadOnlyList<ContentFile> Changed, IReadOnlyList<LoadedFile> Kept, IReadOnlyList<string> Gone)
{
    public bool IsEmpty => Changed.Count == 0 && Gone.Count == 0;

    public static ContentChanges Between(IReadOnlyDictionary<string, LoadedFile> loaded, ContentScan scan)
    {
        var changed = scan.Files.Where(f => !loaded.TryGetValue(f.RelativePath, out var known) ||
            known.File.Length != f.Length || known.File.LastWriteUtc != f.LastWriteUtc).ToList();
        var kept = loaded.Values
            .Where(l => scan.Unreadable.Any(folder => l.File.RelativePath.StartsWith(folder, StringComparison.Ordinal)))
            .ToList();
        var present = scan.Files.Select(f => f.RelativePath).Concat(kept.Select(l => l.File.RelativePath)).ToHashSet(StringComparer.Ordinal);
        var gone = loaded.Keys.Where(path => !present.Contains(path)).ToList();
        return new ContentChanges(changed, kept, gone);
    }

    /// <summary>
    /// What is loaded once the changed files are read: each file in the scan with its new result,
    /// or what was loaded before when it did not change. A file that now fails keeps its last good
    /// article beside its errors: the one loaded before, else the one <paramref name="lastGood"/>
    /// knows (what the article cache kept through a restart, or what an earlier folder behind the
    /// same path held).
    /// </summary>
    public Dictionary<string, LoadedFile> Apply(
        IReadOnlyDictionary<string, LoadedFile> loaded,
        ContentScan scan,
        IReadOnlyDictionary<string, ArticleParseResult> read,
        Func<string, Article?>? lastGood = null)
    {
        var next = Kept.ToDictionary(l => l.File.RelativePath, StringComparer.Ordinal);
        foreach (var file in scan.Files)
        {
            next[file.RelativePath] = read.TryGetValue(file.RelativePath, out var result)
                ? new LoadedFile(file, result.Article ?? loaded.GetValueOrDefault(file.RelativePath)?.Article ?? lastGood?.Invoke(file.RelativePath), result.Errors)
                : loaded[file.RelativePath];
        }

        return next;
    }
}
