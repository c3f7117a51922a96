namespace Site.TestSupport;

/// <summary>The repository's root folder (the one holding Site.sln), found by walking up from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>A folder under artifacts/ for files a person may want to look at after a run; created on demand.</summary>
    public static string Artifacts(string name)
    {
        var folder = System.IO.Path.Combine(Path, "artifacts", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Site.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Site.sln above {AppContext.BaseDirectory}.");
    }
}
