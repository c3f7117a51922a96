namespace Site.Tests.Infrastructure;

public static class RepositoryRoot
{
    /// <summary>The folder holding Site.sln, found by walking up from the test binaries.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Site.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Site.sln above {AppContext.BaseDirectory}");
    }
}
