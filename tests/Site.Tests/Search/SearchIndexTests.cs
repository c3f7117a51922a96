using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Site.Articles;
using Site.Articles.Catalog;
using Site.Articles.Model;
using Site.Search;
using Site.Tests.Infrastructure;

namespace Site.Tests.Search;

/// <summary>What the index matches, and what it keeps hidden, on articles parsed by the site's own parser.</summary>
public sealed class SearchIndexTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly SearchAnalyzers _analyzers = new();
    private readonly ArticleRepository _repository;
    private readonly SearchIndex _index;

    public SearchIndexTests()
    {
        _repository = new ArticleRepository(Options.Create(new ContentOptions()), new TestHostEnvironment(), _time);
        _index = new SearchIndex(_analyzers, _repository, _time);
    }

    public void Dispose()
    {
        _index.Dispose();
        _repository.Dispose();
        _analyzers.Dispose();
    }

    [Fact]
    public void Search_PluralOrInflectedWord_FindsTheStem()
    {
        _index.Update(Catalog(Article("2024/talk.md", title: "Ministers talk again", body: "They met at noon.")));

        Assert.Equal(["Ministers talk again"], Titles("talks"));
        Assert.Equal(["Ministers talk again"], Titles("TALKING"));
    }

    [Fact]
    public void Search_IgnoresCaseAndAccents_BothWays()
    {
        _index.Update(Catalog(
            Article("2024/cafe.md", title: "A new café opens", body: "The Zürich café serves crêpes."),
            Article("2024/resume.md", title: "Plain letters", body: "Her resume was short.")));

        Assert.Equal(["A new café opens"], Titles("CAFE zurich"));
        Assert.Equal(["Plain letters"], Titles("résumé"));
    }

    [Fact]
    public void Search_QuotedPhrase_MatchesOnlyWordsTogetherAndInOrder()
    {
        _index.Update(Catalog(
            Article("2024/together.md", title: "Together", body: "The central bank raised rates."),
            Article("2024/apart.md", title: "Apart", body: "The bank in the central square closed.")));

        Assert.Equal(["Together"], Titles("\"central bank\""));
        Assert.Equal(2, Titles("central bank").Count);
        Assert.Empty(Titles("\"bank central\""));
    }

    [Fact]
    public void Search_RussianArticle_IsStemmedAsRussian()
    {
        _index.Update(Catalog(
            Article("2024/ru.md", title: "Переговоры продолжаются", body: "Делегации встретились в Стамбуле.", extra: "lang: ru"),
            Article("2024/en.md", title: "Talks continue", body: "Delegations met in Istanbul.")));

        Assert.Equal(["Переговоры продолжаются"], Titles("переговорах"));
        Assert.Equal(["Переговоры продолжаются"], Titles("ДЕЛЕГАЦИЯ"));
        Assert.Equal(["Talks continue"], Titles("delegation"));
    }

    [Fact]
    public void Search_TitleMatch_RanksAboveBodyMatch()
    {
        _index.Update(Catalog(
            Article("2024/body.md", title: "Weather report", body: "Further down, a word about the harbour and the ferries of the coast."),
            Article("2024/title.md", title: "Harbour reopens", body: "Boats are back.")));

        Assert.Equal(["Harbour reopens", "Weather report"], Titles("harbour"));
    }

    [Fact]
    public void Search_DraftsAndScheduledArticles_StayHiddenUntilTheirTime()
    {
        _index.Update(Catalog(
            Article("2024/draft.md", title: "Draft about elections", extra: "draft: true"),
            Article("2026/scheduled.md", title: "Scheduled about elections", date: "2026-01-02T12:00:00+00:00"),
            Article("2024/live.md", title: "Live about elections")));

        Assert.Equal(["Live about elections"], Titles("elections"));

        _time.Advance(TimeSpan.FromDays(1));

        Assert.Equal(["Scheduled about elections", "Live about elections"], Titles("elections"));
    }

    [Fact]
    public void Update_CancelledAsTheSiteStops_ThrowsAndTheNextUpdateIndexesEverything()
    {
        var first = Article("2024/first.md", title: "Harbour news");
        var second = Article("2024/second.md", title: "Harbour strike");
        using var stopping = new CancellationTokenSource();
        stopping.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => _index.Update(Catalog(first, second), stopping.Token));
        var result = _index.Update(Catalog(first, second));

        Assert.Equal((2, 0), result);
        Assert.Equal(["Harbour news", "Harbour strike"], Titles("harbour").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Update_ReindexesOnlyChangedArticles_AndForgetsRemovedOnes()
    {
        var kept = Article("2024/kept.md", title: "Harbour news");
        var edited = Article("2024/edited.md", title: "Old headline");
        var removed = Article("2024/removed.md", title: "Removed harbour story");
        Assert.Equal((3, 0), _index.Update(Catalog(kept, edited, removed)));

        var result = _index.Update(Catalog(kept, Article("2024/edited.md", title: "Fresh headline")));

        Assert.Equal((1, 1), result);
        Assert.Equal(["Fresh headline"], Titles("fresh"));
        Assert.Empty(Titles("old"));
        Assert.Equal(["Harbour news"], Titles("harbour"));
    }

    [Fact]
    public void Search_Snippet_MarksEveryMatchInThePassage()
    {
        _index.Update(Catalog(Article("2024/strike.md", title: "Strike", body: "Rail workers strike today. Unions say the strikes will go on.")));

        var hit = Assert.Single(_index.Search(SearchQuery.Parse("strike"), 1)!.Hits);

        Assert.Equal(["strike", "strikes"], hit.Snippet.Where(p => p.Marked).Select(p => p.Text));
        Assert.Equal("Rail workers strike today. Unions say the strikes will go on.", string.Concat(hit.Snippet.Select(p => p.Text)));
    }

    [Theory]
    [InlineData("title:rail")]
    [InlineData("rail AND (strike OR")]
    [InlineData("rai* ~2 ^3 NEAR/2 \"")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"\"\"")]
    [InlineData("-rail +strike \\ / [ ] { }")]
    public void Search_QuerySyntax_IsOnlyText_AndNeverThrows(string text)
    {
        _index.Update(Catalog(Article("2024/strike.md", title: "Rail strike", body: "Rail workers strike today.")));

        var results = _index.Search(SearchQuery.Parse(text), 1);

        Assert.NotNull(results);
    }

    [Fact]
    public void Search_PastTheLastPage_HasNoHits_HoweverFarPast()
    {
        _index.Update(Catalog(Article("2024/strike.md", title: "Rail strike")));

        var results = _index.Search(SearchQuery.Parse("rail"), int.MaxValue);

        Assert.Equal(1, results!.Total);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public void Search_BeforeTheFirstIndex_ReturnsNull()
    {
        Assert.Null(_index.Search(SearchQuery.Parse("rail"), 1));
    }

    private List<string> Titles(string query) =>
        [.. _index.Search(SearchQuery.Parse(query), 1)!.Hits.Select(h => h.Article.Title)];

    private static ArticleCatalog Catalog(params Article[] articles) => ArticleCatalog.Build(articles, []);

    private static Article Article(string path, string title, string body = "Nothing to see.", string date = "2024-08-13T19:00:00+03:00", string extra = "")
    {
        var result = TestParser.Parse(ArticleFiles.Markdown(title: title, date: date, body: body, summary: "A summary.", extra: extra), path);
        return result.Article ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
    }
}
