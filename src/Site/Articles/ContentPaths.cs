namespace Site.Articles;

/// <summary>
/// Where the content folder and the article cache's folder are, from the settings: relative paths
/// against the app's own folder, the cache under the user's cache folder unless set.
/// </summary>
public static class ContentPaths
{
    /// <summary>The content folder, fully qualified.</summary>
    public static string Content(ContentOptions options, IHostEnvironment environment) =>
        Path.GetFullPath(options.ContentPath, environment.ContentRootPath);

    /// <summary>The article cache's folder, or null when there is none (set empty, or no home folder to hold it).</summary>
    public static string? Cache(ContentOptions options, IHostEnvironment environment) => options.CachePath switch
    {
        null => UserCacheFolder() is { } folder ? Path.Combine(folder, "site") : null,
        "" => null,
        var path => Path.GetFullPath(path, environment.ContentRootPath),
    };

    private static string? UserCacheFolder()
    {
        if (OperatingSystem.IsWindows())
        {
            return Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify) is { Length: > 0 } local ? local : null;
        }

        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { } xdg && Path.IsPathFullyQualified(xdg))
        {
            return xdg;
        }

        // Not verified: a home that does not exist yet (a container's user) is made with the cache folder.
        return Environment.GetFolderPath(Environment.SpecialFolder.UserProfile, Environment.SpecialFolderOption.DoNotVerify) is { Length: > 0 } home && Path.IsPathFullyQualified(home)
            ? Path.Combine(home, ".cache")
            : null;
    }
}
