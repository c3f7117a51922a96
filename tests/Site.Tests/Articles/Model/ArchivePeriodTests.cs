using Site.Articles.Model;

namespace Site.Tests.Articles.Model;

public sealed class ArchivePeriodTests
{
    [Theory]
    [InlineData("2024", null, null, "/2024")]
    [InlineData("2024", "08", null, "/2024/08")]
    [InlineData("2024", "02", "29", "/2024/02/29")]
    [InlineData("0001", "12", "31", "/0001/12/31")]
    public void Parse_APermalinkSpelling_GivesThePeriodOfThatPath(string year, string? month, string? day, string path)
    {
        Assert.Equal(path, ArchivePeriod.Parse(year, month, day)?.Path);
    }

    [Theory]
    [InlineData("0000", null, null)]
    [InlineData("2024", "13", null)]
    [InlineData("2024", "00", null)]
    [InlineData("2024", "02", "30")]
    [InlineData("2023", "02", "29")]
    [InlineData("2024", "04", "31")]
    [InlineData("2024", "08", "00")]
    [InlineData("2024", "8", null)]
    [InlineData("2024", "08", "5")]
    [InlineData("24", null, null)]
    [InlineData("+202", null, null)]
    [InlineData("２０２４", null, null)]
    [InlineData("2024", null, "13")]
    public void Parse_AnotherSpellingOrADateTheCalendarLacks_GivesNone(string year, string? month, string? day)
    {
        Assert.Null(ArchivePeriod.Parse(year, month, day));
    }

    [Fact]
    public void Contains_UsesTheDateInTheArticlesOwnOffset()
    {
        var lateInMoscow = new DateTimeOffset(2024, 8, 14, 1, 0, 0, TimeSpan.FromHours(3));

        Assert.True(new ArchivePeriod(2024, 8, 14).Contains(lateInMoscow));
        Assert.False(new ArchivePeriod(2024, 8, 13).Contains(lateInMoscow));
        Assert.Equal("/2024/08/14", ArchivePeriod.DayOf(lateInMoscow).Path);
    }
}
