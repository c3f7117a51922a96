using BenchmarkDotNet.Attributes;
using Site.Articles.Catalog;
using Site.Articles.Model;

namespace Site.Benchmarks;

/// <summary>
/// The catalog the pages read, built from already-parsed articles (what happens after every
/// content change), at a news site's size, against sorting the same articles newest first.
/// </summary>
[MemoryDiagnoser]
public class CatalogBenchmarks
{
    private Article[] _articles = [];
    private ArticleCatalog _previous = ArticleCatalog.Empty;

    [Params(10_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = Directory.CreateTempSubdirectory("site-benchmarks-").FullName;
        try
        {
            SyntheticArticles.Write(Count, folder);
            var parser = PipelineSetup.Parser();
            _articles = [.. Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories)
                .AsParallel()
                .Select(file => parser.Parse(Path.GetRelativePath(folder, file), File.ReadAllBytes(file), "en").Article)
                .OfType<Article>()];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        _previous = ArticleCatalog.Build(_articles, []);
    }

    /// <summary>The least any catalog does: the articles newest first.</summary>
    [Benchmark(Baseline = true)]
    public Article[] SortOnly() => [.. _articles.OrderByDescending(a => a.Published)];

    [Benchmark]
    public ArticleCatalog Build() => ArticleCatalog.Build(_articles, [], previous: _previous);
}
