using Microsoft.Extensions.Options;

namespace Site.Articles;

/// <summary>Rejects content settings the loader cannot work with, naming each key that is wrong.</summary>
public sealed class ContentOptionsValidator(IHostEnvironment environment) : IValidateOptions<ContentOptions>
{
    public ValidateOptionsResult Validate(string? name, ContentOptions options)
    {
        var failures = new List<string>();
        if (!LanguageTags.IsValid(options.Language))
        {
            failures.Add($"Site:Language '{options.Language}' must be a language tag such as 'en' or 'en-GB'.");
        }

        var contentPath = ResolveContentPath(options, environment);
        if (!Directory.Exists(contentPath))
        {
            failures.Add($"Site:ContentPath '{options.ContentPath}' does not name a folder (looked for {contentPath}).");
        }

        if (options.RescanSeconds is < 1 or > 86_400)
        {
            failures.Add($"Site:RescanSeconds {options.RescanSeconds} must be between 1 and 86400.");
        }

        if (options.MaxArticleBytes is < 1024 or > 64 * 1024 * 1024)
        {
            failures.Add($"Site:MaxArticleBytes {options.MaxArticleBytes} must be between 1024 and 67108864.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static string ResolveContentPath(ContentOptions options, IHostEnvironment environment) =>
        Path.GetFullPath(options.ContentPath, environment.ContentRootPath);

    /// <summary>The article cache's folder, or null when there is none (set empty, or no home folder to hold it).</summary>
    public static string? ResolveCachePath(ContentOptions options, IHostEnvironment environment) => options.CachePath switch
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
