using System.Collections.ObjectModel;
using System.Globalization;
using Microsoft.Extensions.Options;
using Site.Articles.Catalog;
using Site.Articles.Model;

namespace Site.Articles.Loading;

/// <summary>
/// The editors' check: <c>dotnet Site.dll check [content-path] [--format github]</c> reads every
/// file as the site would (the same scan, parser and clash rules), prints one line per problem,
/// <c>path:line: severity: message</c> (or GitHub annotations), and exits 1 if any is an error.
/// Each article whose date is still to come is named as scheduled, with its time (not an error).
/// Paths are shown relative to the folder the check was run from when under it, else in full.
/// No server is started.
/// </summary>
public static class ContentCheck
{
    /// <param name="args">The arguments after <c>check</c>.</param>
    /// <param name="output">Where the lines are written.</param>
    /// <param name="time">The clock that decides what is scheduled; the site's own when null.</param>
    /// <param name="workingDirectory">The folder paths are shown from; the process's current one when null.</param>
    public static int Run(string[] args, TextWriter output, TimeProvider? time = null, string? workingDirectory = null)
    {
        workingDirectory ??= Environment.CurrentDirectory;
        var github = false;
        string? path = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format" when i + 1 < args.Length && args[i + 1] is "github" or "text":
                    github = args[++i] == "github";
                    break;
                case var argument when !argument.StartsWith('-') && path is null:
                    path = argument;
                    break;
                default:
                    output.WriteLine($"check: unknown argument '{args[i]}'. Usage: check [content-path] [--format text|github]");
                    return 2;
            }
        }

        // The site's own registrations, built but not started: the same settings, web root and
        // parser (lead images are checked against what the site would serve).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddArticles();
        using var app = builder.Build();
        var options = app.Services.GetRequiredService<IOptions<ContentOptions>>().Value;
        var reader = app.Services.GetRequiredService<ContentReader>();
        var root = path is null ? ContentPaths.Content(options, app.Environment) : Path.GetFullPath(path, workingDirectory);
        time ??= app.Services.GetRequiredService<TimeProvider>();

        var scan = ContentScanner.Scan(root);
        if (scan.Failure is { } failure)
        {
            Write(output, github, new ContentError("", 0, failure), Shown(root, "", workingDirectory));
            return 1;
        }

        var now = time.GetUtcNow();
        var (read, _) = reader.Read(scan.Files, ReadOnlyDictionary<string, ArticleCacheEntry>.Empty);
        var results = read.Values;
        var catalog = ArticleCatalog.Build(
            results.Select(r => r.Article).OfType<Article>(), results.SelectMany(r => r.Errors), loadedAt: now);

        var problems = scan.Skipped.Concat(catalog.Errors)
            .OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ToList();
        foreach (var problem in problems)
        {
            Write(output, github, problem, Shown(root, problem.Path, workingDirectory));
        }

        // Hidden from readers until their date: said, so that a missing article is not a mystery.
        foreach (var article in catalog.NewestFirst.Where(a => a.IsScheduledAt(now, includeDrafts: false)).Reverse())
        {
            var file = Shown(root, article.SourcePath, workingDirectory);
            var scheduled = string.Create(CultureInfo.InvariantCulture, $"scheduled for {article.Published:yyyy-MM-ddTHH:mm:sszzz}");
            output.WriteLine(github ? $"::notice file={file}::{scheduled}" : $"{file}: {scheduled}");
        }

        var errors = problems.Count(p => !p.IsWarning);
        output.WriteLine(string.Join(", ",
            Counted(scan.Files.Length, "file"), Counted(catalog.NewestFirst.Length, "article"), Counted(errors, "error"), Counted(problems.Count - errors, "warning")));
        return errors > 0 ? 1 : 0;
    }

    /// <summary>The file as the editor can open it from where the check ran: relative when under that folder, else in full.</summary>
    private static string Shown(string root, string relativePath, string workingDirectory)
    {
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        var relative = Path.GetRelativePath(workingDirectory, full);
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? full
            : relative;
    }

    private static string Counted(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    private static void Write(TextWriter output, bool github, ContentError problem, string file)
    {
        var severity = problem.IsWarning ? "warning" : "error";
        output.WriteLine(github
            ? $"::{severity} file={file},line={Math.Max(1, problem.Line)}::{problem.Message.Replace("%", "%25", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal)}"
            : $"{file}:{problem.Line}: {severity}: {problem.Message}");
    }
}
