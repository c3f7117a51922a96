using Site.Articles.Model;

namespace Site.Tests.Articles.Model;

public sealed class ArticleTests
{
    private static readonly DateTimeOffset Published = new(2024, 8, 13, 19, 0, 0, TimeSpan.FromHours(3));

    private static Article Make(bool draft = false, int words = 100) => new()
    {
        Title = "T",
        Slug = "t",
        Published = Published,
        Summary = "S",
        IsDraft = draft,
        Language = "en",
        Body = new CompressedHtml("<p>x</p>"),
        WordCount = words,
        Excerpt = "x",
        SourcePath = "t.md",
    };

    [Fact]
    public void IsVisibleAt_BeforePublication_IsFalseAndAtItTrue()
    {
        var article = Make();

        Assert.False(article.IsVisibleAt(Published.AddSeconds(-1), includeDrafts: false));
        Assert.True(article.IsVisibleAt(Published, includeDrafts: false));
    }

    [Fact]
    public void IsVisibleAt_Draft_OnlyWhenDraftsAreIncluded()
    {
        var draft = Make(draft: true);

        Assert.False(draft.IsVisibleAt(Published.AddDays(1), includeDrafts: false));
        Assert.True(draft.IsVisibleAt(Published.AddDays(1), includeDrafts: true));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(230, 1)]
    [InlineData(231, 2)]
    [InlineData(1000, 5)]
    public void ReadingMinutes_RoundsUpAndIsAtLeastOne(int words, int minutes)
    {
        Assert.Equal(minutes, Make(words: words).ReadingMinutes);
    }
}
