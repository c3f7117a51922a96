
namespace Site.Tests.Infrastructure;

/// <summary>The source text of the first article, kept beside the tests: one paragraph a line.</summary>
public static class SeedArticle
{
    public const string ContentFile = "2024/putin-abbas-palestinian-statehood.md";

    public const string Permalink = "/2024/08/13/putin-abbas-palestinian-statehood";

    public static IReadOnlyList<string> Paragraphs { get; } =
        [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seed-article.txt"))
            .Where(line => line.Trim().Length > 0)];
}
