using System.Globalization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Site.Articles;
using Site.Articles.Catalog;
using Site.Articles.Model;
using Site.Tests.Infrastructure;

namespace Site.Tests.Articles.Catalog;

public sealed class RelatedArticlesTests
{
    private static readonly DateTimeOffset LoadedAt = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static Article Story(string slug, int day, params string[] tags) => Story(slug, new DateTimeOffset(2024, 8, day, 10, 0, 0, TimeSpan.Zero), tags);

    private static Article Story(string slug, DateTimeOffset published, string[] tags, bool draft = false) => new()
    {
        Title = slug,
        Slug = slug,
        Published = published,
        Summary = "A summary.",
        Language = "en",
        Body = new CompressedHtml("<p>Body.</p>"),
        WordCount = 1,
        Excerpt = "Body.",
        SourcePath = $"2024/{slug}.md",
        IsDraft = draft,
        Tags = [.. tags.Select(Tag.From)],
    };

    private static IEnumerable<string> RelatedTo(ArticleCatalog catalog, string slug) =>
        catalog.RelatedTo(Permalinks.Normalize(catalog.NewestFirst.Single(a => a.Slug == slug).Permalink)).Select(a => a.Slug);

    private static ArticleCatalog Catalog(params Article[] articles) => ArticleCatalog.Build(articles, [], loadedAt: LoadedAt);

    [Fact]
    public void Rank_PutsMostSharedTagsFirst_ThenNewestFirst()
    {
        var catalog = Catalog(
            Story("this", 10, "Russia", "Gaza", "Middle East"),
            Story("one-shared-new", 20, "Russia"),
            Story("two-shared-old", 1, "Gaza", "Russia"),
            Story("three-shared", 2, "Middle East", "Russia", "Gaza", "Economy"),
            Story("two-shared-new", 15, "Middle East", "Gaza"),
            Story("one-shared-old", 3, "Gaza"));

        Assert.Equal(["three-shared", "two-shared-new", "two-shared-old", "one-shared-new"], RelatedTo(catalog, "this"));
    }

    [Fact]
    public void Rank_LeavesOutTheArticleItself_AndArticlesSharingNoTag()
    {
        var catalog = Catalog(
            Story("this", 10, "Russia"),
            Story("unrelated", 11, "Economy"),
            Story("untagged", 12),
            Story("related", 9, "Russia"));

        Assert.Equal(["related"], RelatedTo(catalog, "this"));
        Assert.Empty(RelatedTo(catalog, "unrelated"));
        Assert.Empty(RelatedTo(catalog, "untagged"));
    }

    [Fact]
    public void Rank_ComparesTagsBySlug_NotBySpelling()
    {
        var catalog = Catalog(Story("this", 10, "Middle East"), Story("other", 9, "middle east"));

        Assert.Equal(["other"], RelatedTo(catalog, "this"));
    }

    [Fact]
    public void Rank_KeepsDraftsAndScheduledArticles_UntilFourSettledOnesFollow()
    {
        var future = LoadedAt.AddDays(3);
        var catalog = Catalog(
            Story("this", 1, "Russia"),
            Story("scheduled", future, ["Russia"]),
            Story("draft", new DateTimeOffset(2024, 8, 30, 10, 0, 0, TimeSpan.Zero), ["Russia"], draft: true),
            Story("a", 20, "Russia"),
            Story("b", 19, "Russia"),
            Story("c", 18, "Russia"),
            Story("d", 17, "Russia"),
            Story("e", 16, "Russia"));

        Assert.Equal(["scheduled", "draft", "a", "b", "c", "d"], RelatedTo(catalog, "this"));
    }

    [Fact]
    public void Rank_TenThousandArticlesOnOneTag_KeepsFourCandidatesEach()
    {
        var start = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var articles = Enumerable.Range(0, 10_000)
            .Select(i => Story(string.Create(CultureInfo.InvariantCulture, $"story-{i}"), start.AddHours(i), ["Europe", i % 2 == 0 ? "Economy" : "Transport"]))
            .ToArray();

        var catalog = Catalog(articles);

        Assert.All(catalog.NewestFirst, article => Assert.Equal(RelatedArticles.Shown, catalog.RelatedTo(Permalinks.Normalize(article.Permalink)).Length));
        Assert.Equal(["story-9997", "story-9995", "story-9993", "story-9991"], RelatedTo(catalog, "story-9999"));
    }

    [Fact]
    public void RepositoryRelated_ShowsOnlyWhatIsVisibleNow_AndAScheduledArticleOnceItsTimeComes()
    {
        var time = new FakeTimeProvider(LoadedAt);
        using var repository = new ArticleRepository(Options.Create(new ContentOptions()), new TestHostEnvironment(), time);
        repository.Publish(Catalog(
            Story("this", 1, "Russia"),
            Story("scheduled", LoadedAt.AddHours(1), ["Russia"]),
            Story("draft", new DateTimeOffset(2024, 8, 30, 10, 0, 0, TimeSpan.Zero), ["Russia"], draft: true),
            Story("a", 20, "Russia"),
            Story("b", 19, "Russia"),
            Story("c", 18, "Russia"),
            Story("d", 17, "Russia")));
        var article = repository.Catalog.NewestFirst.Single(a => a.Slug == "this");

        var before = repository.Related(article).Select(a => a.Slug).ToList();
        time.Advance(TimeSpan.FromHours(1));
        var after = repository.Related(article).Select(a => a.Slug).ToList();

        Assert.Equal(["a", "b", "c", "d"], before);
        Assert.Equal(["scheduled", "a", "b", "c"], after);
    }
}
