using Microsoft.Extensions.Options;
using Site.Articles.Catalog;
using Site.Articles.Model;
using Site.Articles.Parsing;

namespace Site.Articles.Loading;

/// <summary>
/// The editors' check: <c>dotnet Site.dll check [content-path] [--format github]</c> reads every
/// file as the site would (the same scan, parser and clash rules), prints one line per problem,
/// <c>path:line: severity: message</c> (or GitHub annotations), and exits 1 if any is an error.
/// No server is started.
/// </summary>
public static class ContentCheck
{
    public static int Run(string[] args, TextWriter output)
    {
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
        var parser = app.Services.GetRequiredService<ArticleParser>();
        var root = path is null ? ContentPaths.Content(options, app.Environment) : Path.GetFullPath(path);
        var shown = path ?? Path.GetRelativePath(Environment.CurrentDirectory, root);

        var scan = ContentScanner.Scan(root, options.MaxArticleBytes);
        if (scan.Failure is { } failure)
        {
            Write(output, github, new ContentError("", 0, failure), shown);
            return 1;
        }

        var results = scan.Files.AsParallel().AsOrdered()
            .Select(file => parser.Parse(file.RelativePath, File.ReadAllBytes(file.FullPath), options.Language))
            .ToList();
        var catalog = ArticleCatalog.Build(
            results.Select(r => r.Article).OfType<Article>(), results.SelectMany(r => r.Errors), loadedAt: app.Services.GetRequiredService<TimeProvider>().GetUtcNow());

        var problems = scan.Skipped.Concat(catalog.Errors)
            .OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ToList();
        foreach (var problem in problems)
        {
            Write(output, github, problem, shown);
        }

        var errors = problems.Count(p => !p.IsWarning);
        output.WriteLine($"{scan.Files.Length} files, {catalog.NewestFirst.Length} articles, {errors} errors, {problems.Count - errors} warnings");
        return errors > 0 ? 1 : 0;
    }

    private static void Write(TextWriter output, bool github, ContentError problem, string root)
    {
        var file = problem.Path.Length == 0 ? root : Path.Combine(root, problem.Path);
        var severity = problem.IsWarning ? "warning" : "error";
        output.WriteLine(github
            ? $"::{severity} file={file},line={Math.Max(1, problem.Line)}::{problem.Message.Replace("%", "%25", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal)}"
            : $"{file}:{problem.Line}: {severity}: {problem.Message}");
    }
}
