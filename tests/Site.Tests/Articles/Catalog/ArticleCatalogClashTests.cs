using Site.Articles.Catalog;
using Site.Articles.Model;
using Site.Articles.Parsing;
using Site.Tests.Infrastructure;

namespace Site.Tests.Articles.Catalog;

/// <summary>Who keeps a permalink or alias that two files claim.</summary>
public sealed class ArticleCatalogClashTests
{
    private static readonly ArticleParser Parser = TestParser.Parser;

    private static Article Parse(string path, string time = "19:00", string extra = "") =>
        Parser.Parse(path, ArticleFiles.Markdown(title: "Story " + path, date: $"2024-08-13T{time}:00+00:00", extra: "slug: story\n" + extra), "en").Article!;

    [Fact]
    public void Newcomer_ClaimingALivePermalink_IsRejected_EvenIfItSortsFirst()
    {
        var live = Parse("b.md");
        var before = ArticleCatalog.Build([live], []);

        var after = ArticleCatalog.Build([Parse("a.md", time: "08:00"), live], [], previous: before);

        Assert.Equal("b.md", Assert.Single(after.NewestFirst).SourcePath);
        var error = Assert.Single(after.Errors);
        Assert.Equal("a.md", error.Path);
        Assert.Contains("already used by b.md; it was published first and keeps it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DraftCopy_NeverDisplacesAPublishedArticle()
    {
        var catalog = ArticleCatalog.Build([Parse("a-copy.md", time: "08:00", extra: "draft: true"), Parse("b.md")], []);

        Assert.Equal("b.md", Assert.Single(catalog.NewestFirst).SourcePath);
        Assert.Equal("a-copy.md", Assert.Single(catalog.Errors).Path);
    }

    [Fact]
    public void ColdStart_TheOlderArticleWins_ThenThePath()
    {
        var byDate = ArticleCatalog.Build([Parse("a.md", time: "19:00"), Parse("z.md", time: "07:00")], []);
        var byPath = ArticleCatalog.Build([Parse("z.md"), Parse("a.md")], []);

        Assert.Equal("z.md", Assert.Single(byDate.NewestFirst).SourcePath);
        Assert.Equal("a.md", Assert.Single(byPath.NewestFirst).SourcePath);
    }

    [Fact]
    public void Alias_CannotTakeAPermalink_EvenFromAnOlderFile()
    {
        var target = Parser.Parse("b.md", ArticleFiles.Markdown(title: "Target", extra: "slug: target"), "en").Article!;
        var older = Parse("a.md", time: "01:00", extra: $"aliases:\n  - {target.Permalink}");

        var catalog = ArticleCatalog.Build([older, target], []);

        Assert.Equal("b.md", Assert.Single(catalog.NewestFirst).SourcePath);
        var error = Assert.Single(catalog.Errors);
        Assert.Equal("a.md", error.Path);
        Assert.Contains($"alias {target.Permalink} is already used by b.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LiveAlias_IsKept_AgainstANewcomerClaimingIt()
    {
        var live = Parser.Parse("b.md", ArticleFiles.Markdown(title: "Live", extra: "slug: live\naliases:\n  - /old"), "en").Article!;
        var before = ArticleCatalog.Build([live], []);
        var newcomer = Parser.Parse("a.md", ArticleFiles.Markdown(title: "New", date: "2020-01-01T10:00:00+00:00", extra: "slug: new\naliases:\n  - /old"), "en").Article!;

        var after = ArticleCatalog.Build([newcomer, live], [], previous: before);

        Assert.Same(live, after.ByAlias["/old"]);
        Assert.Equal("a.md", Assert.Single(after.Errors).Path);
    }
}
