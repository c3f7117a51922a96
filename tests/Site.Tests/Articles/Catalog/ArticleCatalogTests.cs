using Site.Articles.Catalog;
using Site.Articles.Model;
using Site.Articles.Parsing;
using Site.Tests.Infrastructure;

namespace Site.Tests.Articles.Catalog;

public sealed class ArticleCatalogTests
{
    private static readonly ArticleParser Parser = TestParser.Parser;

    private static Article Parse(string path, string title, string date = "2024-08-13T19:00:00+03:00", string extra = "") =>
        Parser.Parse(path, ArticleFiles.Markdown(title: title, date: date, extra: extra), "en").Article!;

    [Fact]
    public void Build_OrdersNewestFirst()
    {
        var catalog = ArticleCatalog.Build(
            [Parse("a.md", "Older", "2024-01-01T10:00:00+00:00"), Parse("b.md", "Newer", "2024-06-01T10:00:00+00:00")], []);

        Assert.Equal(["Newer", "Older"], catalog.NewestFirst.Select(a => a.Title));
    }

    [Fact]
    public void Build_DuplicatePermalink_KeepsTheFirstFileAndNamesBoth()
    {
        var catalog = ArticleCatalog.Build(
            [Parse("2024/b.md", "Same title", extra: "slug: same-title"), Parse("2024/a.md", "Same title", extra: "slug: same-title")], []);

        var kept = Assert.Single(catalog.NewestFirst);
        Assert.Equal("2024/a.md", kept.SourcePath);
        var error = Assert.Single(catalog.Errors);
        Assert.Equal("2024/b.md", error.Path);
        Assert.Contains("permalink /2024/08/13/same-title is already used by 2024/a.md", error.Message, StringComparison.Ordinal);
        Assert.Contains("2024/a.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TwoFileNamesThatLookAlikeInTwoUnicodeForms_AreSaidToBeSo()
    {
        var (composed, decomposed) = ("2024/caf\u00e9.md", "2024/cafe\u0301.md");

        var catalog = ArticleCatalog.Build([Parse(composed, "Same", extra: "slug: cafe"), Parse(decomposed, "Same", extra: "slug: cafe")], []);

        var error = Assert.Single(catalog.Errors);
        Assert.Contains("the two file names look the same but are spelt differently", error.Message, StringComparison.Ordinal);
        Assert.Contains("NFC", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tags/russia", "alias /tags/russia is the topic page of 'russia', which the site serves while an article makes it")]
    [InlineData("/2024/08", "alias /2024/08 is the archive of 2024/08, which the site serves while an article makes it")]
    public void Build_AliasAtATopicOrArchiveAnArticleMakes_IsAWarningNamingThePage(string alias, string expected)
    {
        var catalog = ArticleCatalog.Build([Parse("a.md", "First", extra: $"aliases:\n  - {alias}\ntags:\n  - Russia")], []);

        var warning = Assert.Single(catalog.Errors);
        Assert.True(warning.IsWarning);
        Assert.StartsWith(expected, warning.Message, StringComparison.Ordinal);
        Assert.Single(catalog.NewestFirst);
    }

    [Fact]
    public void Build_AliasAtATopicOnlyADraftHas_IsFine()
    {
        var catalog = ArticleCatalog.Build(
            [Parse("a.md", "First", extra: "aliases:\n  - /tags/secret"), Parse("b.md", "Second", extra: "slug: second\ndraft: true\ntags:\n  - Secret")], []);

        Assert.Empty(catalog.Errors);
    }

    [Theory]
    [InlineData("/tags/old-topic")]
    [InlineData("/2021/03")]
    public void Build_AliasAtATopicOrArchiveNoArticleMakes_IsFine(string alias)
    {
        var catalog = ArticleCatalog.Build([Parse("a.md", "First", extra: $"aliases:\n  - {alias}")], []);

        Assert.Empty(catalog.Errors);
    }

    [Fact]
    public void Build_TwoDifferentFileNames_AreNotSaidToLookAlike()
    {
        var catalog = ArticleCatalog.Build([Parse("2024/a.md", "Same", extra: "slug: same"), Parse("2024/b.md", "Same", extra: "slug: same")], []);

        Assert.DoesNotContain("look the same", Assert.Single(catalog.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AliasTakenByAnotherArticle_IsAnError()
    {
        var catalog = ArticleCatalog.Build(
            [Parse("a.md", "First", extra: "aliases:\n  - /old"), Parse("b.md", "Second", extra: "aliases:\n  - /OLD/")], []);

        Assert.Equal(["First"], catalog.NewestFirst.Select(a => a.Title));
        Assert.Contains("alias /old is already used by a.md", Assert.Single(catalog.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_IndexesByNormalisedPermalinkAndAlias()
    {
        var article = Parse("first.md", "First", extra: "aliases:\n  - /Old-Path");

        var catalog = ArticleCatalog.Build([article], []);

        Assert.Same(article, catalog.ByPermalink["/2024/08/13/first"]);
        Assert.Same(article, catalog.ByAlias["/old-path"]);
    }
}
