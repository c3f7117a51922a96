using System.Text;
using BenchmarkDotNet.Attributes;
using Markdig;
using Site.Articles.Model;
using Site.Articles.Parsing;

namespace Site.Benchmarks;

/// <summary>
/// One article from bytes to a record (front matter, checks, Markdown to HTML, paragraph ids,
/// excerpt), against Markdig alone turning the same text into HTML with the same pipeline: the
/// ratio is what the site's own work costs on top of Markdig's.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private readonly MarkdownRenderer _renderer = new();
    private ArticleParser _parser = null!;
    private byte[] _seed = [];

    [GlobalSetup]
    public void Setup()
    {
        _parser = PipelineSetup.Parser(_renderer);
        _seed = File.ReadAllBytes(Directory.GetFiles(PipelineSetup.RepositoryContent(), "*.md", SearchOption.AllDirectories)[0]);
    }

    [Benchmark(Baseline = true)]
    public string MarkdigAlone() => Markdown.ToHtml(Encoding.UTF8.GetString(_seed), _renderer.Pipeline);

    [Benchmark]
    public Article? ParseAndRenderSeedArticle() => _parser.Parse("2024/seed.md", _seed, "en").Article;
}
