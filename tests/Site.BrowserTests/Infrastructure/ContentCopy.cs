
namespace Site.BrowserTests.Infrastructure;

/// <summary>A temporary content folder: the repository's articles plus this project's fixture articles.</summary>
public sealed class ContentCopy : IDisposable
{
    public ContentCopy()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "site-browser-tests-" + Guid.NewGuid().ToString("N"));
        CopyTree(SiteFactory.RepositoryContent, Path);
        CopyTree(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures"), Path);
    }

    public string Path { get; }

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
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
