using Site.Articles.Model;

namespace Site.Tests.Articles.Model;

public sealed class PermalinksTests
{
    [Fact]
    public void For_UsesTheDateInTheArticlesOwnOffset()
    {
        // 00:30 on 14 August in Moscow is still 13 August in UTC: the article's own date wins.
        var published = new DateTimeOffset(2024, 8, 14, 0, 30, 0, TimeSpan.FromHours(3));

        Assert.Equal("/2024/08/14/late-story", Permalinks.For(published, "late-story"));
    }

    [Fact]
    public void For_PadsMonthAndDay()
    {
        Assert.Equal("/2025/01/05/x", Permalinks.For(new DateTimeOffset(2025, 1, 5, 9, 0, 0, TimeSpan.Zero), "x"));
    }

    [Theory]
    [InlineData("/2024/08/13/Story/", "/2024/08/13/story")]
    [InlineData("/OLD///", "/old")]
    [InlineData("/", "/")]
    [InlineData("", "/")]
    public void Normalize_IgnoresCaseAndTrailingSlashes(string path, string expected)
    {
        Assert.Equal(expected, Permalinks.Normalize(path));
    }
}
