using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Site.Tests.Infrastructure;

/// <summary>
/// Carries out the build stage of the repository's Dockerfile without Docker: its COPY lines
/// copy from the repository (leaving out what .dockerignore names: bin/, obj/) into a scratch
/// folder standing for the build stage's WORKDIR, and its RUN lines run there, with the
/// published output redirected from /app to a folder of the test's.
/// </summary>
public static partial class DockerfileBuild
{
    public static string DockerfileText => File.ReadAllText(Path.Combine(RepositoryRoot.Path, "Dockerfile"));

    /// <summary>The Dockerfile's lines, with continued lines (ending in a backslash) joined.</summary>
    private static string[] Lines() =>
        [.. DockerfileText.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n').Select(l => l.Trim())];

    /// <summary>The instructions of the first stage, up to the next FROM.</summary>
    public static IReadOnlyList<(string Instruction, string Arguments)> BuildStage() =>
        [.. Lines()
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => Instruction().Match(line))
            .Where(match => match.Success)
            .Select(match => (match.Groups[1].Value.ToUpperInvariant(), match.Groups[2].Value))
            .Skip(1)
            .TakeWhile(step => step.Item1 != "FROM")];

    /// <summary>The ENV settings of the final (runtime) stage.</summary>
    public static IReadOnlyDictionary<string, string> FinalStageEnvironment()
    {
        var finalStage = Lines().SkipWhile(l => !l.StartsWith("FROM", StringComparison.Ordinal)).Skip(1)
            .SkipWhile(l => !l.StartsWith("FROM", StringComparison.Ordinal));
        return finalStage
            .Where(l => l.StartsWith("ENV ", StringComparison.Ordinal))
            .SelectMany(l => l[4..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
    }

    public static async Task<string> PublishAsync(string scratch)
    {
        var workdir = Path.Combine(scratch, "src");
        var output = Path.Combine(scratch, "app");
        Directory.CreateDirectory(workdir);
        foreach (var (instruction, arguments) in BuildStage())
        {
            switch (instruction)
            {
                case "COPY":
                    var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    foreach (var source in parts[..^1])
                    {
                        Copy(Path.Combine(RepositoryRoot.Path, source), Path.Combine(workdir, parts[^1]), source.EndsWith('/'));
                    }

                    break;
                case "RUN":
                    await RunAsync(arguments.Replace(" /app", " " + output, StringComparison.Ordinal), workdir);
                    break;
            }
        }

        return output;
    }

    private static void Copy(string source, string destination, bool sourceIsFolder)
    {
        if (!sourceIsFolder)
        {
            var target = destination.EndsWith('/') ? Path.Combine(destination, Path.GetFileName(source)) : destination;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target, overwrite: true);
            return;
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules"))
            {
                continue;
            }

            var target = Path.Combine(destination, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static async Task RunAsync(string command, string workdir)
    {
        var start = new ProcessStartInfo("/bin/sh", ["-c", command])
        {
            WorkingDirectory = workdir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // What `docker build` passes as ARG TARGETARCH on this machine.
        start.Environment["TARGETARCH"] = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "amd64";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{command}' failed with exit code {process.ExitCode}:\n{await stdout}\n{await stderr}");
        }
    }

    [GeneratedRegex(@"^([A-Za-z]+)\s+(.*)$")]
    private static partial Regex Instruction();
}
