using Site.Articles.Catalog;
using Site.Articles.Model;
using Site.Articles.Parsing;
using Site.Tests.Infrastructure;

namespace Site.Tests.Articles;

/// <summary>The articles the repository ships must all parse.</summary>
public sealed class RepositoryContentTests
{
    private static readonly ArticleParser Parser = new(new MarkdownRenderer(), TestImages.Repository);

    private static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(SiteFactory.RepositoryContent, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(SiteFactory.RepositoryContent, f).Replace('\\', '/'));

    public static TheoryData<string> ContentFiles() => [.. Files()];

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void ContentFile_ParsesWithoutErrors(string relativePath)
    {
        var result = Parser.Parse(relativePath, File.ReadAllText(Path.Combine(SiteFactory.RepositoryContent, relativePath)), "en");

        Assert.Empty(result.Errors.Select(e => e.ToString()));
        Assert.NotNull(result.Article);
    }

    [Fact]
    public void ContentFolder_AsAWhole_HasNoErrorsAndNoClashes()
    {
        var articles = Files()
            .Select(path => Parser.Parse(path, File.ReadAllText(Path.Combine(SiteFactory.RepositoryContent, path)), "en"))
            .ToList();

        var catalog = ArticleCatalog.Build(articles.Select(r => r.Article).OfType<Article>(), articles.SelectMany(r => r.Errors.AsEnumerable()));

        Assert.Empty(catalog.Errors.Select(e => e.ToString()));
        Assert.Equal(articles.Count, catalog.NewestFirst.Length);
    }

    [Fact]
    public void SeedArticle_HasTheSeedTextWordForWord_OneParagraphPerLine()
    {
        var article = Parser.Parse(SeedArticle.ContentFile, File.ReadAllText(Path.Combine(SiteFactory.RepositoryContent, SeedArticle.ContentFile)), "en").Article!;

        var paragraphs = Html.Parse(article.BodyHtml).QuerySelectorAll("p").Select(Html.TextWithoutParagraphLink).ToList();

        Assert.Equal(SeedArticle.Paragraphs, paragraphs);
        Assert.Equal(SeedArticle.Permalink, article.Permalink);
        Assert.InRange(article.Title.Length, 20, 69);
        Assert.InRange(article.Summary.Length, 50, 199);
        Assert.Equal("Reuters", article.Source?.Name);
        Assert.Equal(TimeSpan.FromHours(3), article.Published.Offset);
    }
}
