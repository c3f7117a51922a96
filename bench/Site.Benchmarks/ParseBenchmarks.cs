using BenchmarkDotNet.Attributes;
using Site.Articles;

namespace Site.Benchmarks;

/// <summary>One article from bytes to a record: front matter, checks, Markdown to HTML.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private ArticleParser _parser = null!;
    private byte[] _seed = [];

    [GlobalSetup]
    public void Setup()
    {
        _parser = PipelineSetup.Parser();
        _seed = File.ReadAllBytes(Directory.GetFiles(PipelineSetup.RepositoryContent(), "*.md", SearchOption.AllDirectories)[0]);
    }

    [Benchmark]
    public Article? ParseAndRenderSeedArticle() => _parser.Parse("2024/seed.md", _seed, "en").Article;
}
