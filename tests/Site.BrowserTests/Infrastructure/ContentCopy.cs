
namespace Site.BrowserTests.Infrastructure;

/// <summary>A temporary content folder: the repository's articles plus this project's fixture articles, or one article alone.</summary>
public sealed class ContentCopy : IDisposable
{
    public ContentCopy()
    {
        CopyTree(SiteFactory.RepositoryContent, Path);
        CopyTree(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures"), Path);
    }

    /// <summary>Only the repository's article at <paramref name="file"/> (relative to content/): a site just begun.</summary>
    public ContentCopy(string file) => Copy(System.IO.Path.Combine(SiteFactory.RepositoryContent, file), System.IO.Path.Combine(Path, file));

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "site-browser-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // The site's file watcher may hold the folder for a moment; the OS cleans temp later.
        }
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*.md", SearchOption.AllDirectories))
        {
            Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file)));
        }
    }

    private static void Copy(string file, string target)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.Copy(file, target);
    }
}
