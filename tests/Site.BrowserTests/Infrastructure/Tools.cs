
namespace Site.BrowserTests.Infrastructure;

/// <summary>Where the external tools and the artifacts live; why a test that needs one is skipped.</summary>
public static class Tools
{
    /// <summary>Debian's Chromium: the only browser these tests drive. Nothing downloads another.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>CI must prove the front end, so a missing tool fails there instead of skipping.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static bool HasChromium => File.Exists(ChromiumPath);

    /// <summary>The Nu HTML checker, installed by <c>npm ci --prefix tools</c>.</summary>
    public static string VnuJar => Path.Combine(RepositoryRoot.Path, "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static string? Java { get; } = FindOnPath("java");

    public static string Screenshots => Artifact("screenshots");

    public static string Artifact(string name) => RepositoryRoot.Artifacts(name);

    /// <summary>Null when the test can run, else the reason it cannot (never a reason in CI).</summary>
    public static string? MissingChromium() =>
        HasChromium || InCi ? null : $"Chromium is not installed at {ChromiumPath} (apt-get install chromium)";

    public static string? MissingNuChecker()
    {
        if (InCi)
        {
            return null;
        }

        if (Java is null)
        {
            return "java is not on the PATH (the Nu HTML checker needs Java 11 or later)";
        }

        return File.Exists(VnuJar) ? null : $"the Nu HTML checker is not installed at {VnuJar} (npm ci --prefix tools)";
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
