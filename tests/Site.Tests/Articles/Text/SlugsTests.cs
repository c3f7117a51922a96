using Site.Articles.Text;

namespace Site.Tests.Articles.Text;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Putin voices support for Palestinian statehood", "putin-voices-support-for-palestinian-statehood")]
    [InlineData("  Leading & trailing -- punctuation!  ", "leading-trailing-punctuation")]
    [InlineData("Russia’s stance, Israel's reply", "russias-stance-israels-reply")]
    [InlineData("Café crème in São Paulo", "cafe-creme-in-sao-paulo")]
    [InlineData("Middle East", "middle-east")]
    [InlineData("U.N. Security Council", "u-n-security-council")]
    [InlineData("Путин", "")]
    [InlineData("2024: the year", "2024-the-year")]
    public void FromText_MakesALowerCaseHyphenatedSlug(string text, string expected)
    {
        Assert.Equal(expected, Slugs.FromText(text));
    }

    [Theory]
    [InlineData("Middle East", "middle-east")]
    [InlineData("Russia", "russia")]
    [InlineData("Café crème", "cafe-creme")]
    [InlineData("U.N.", "u-n")]
    [InlineData("Россия", "rossiya")]
    [InlineData("東京", "dongjing")]
    [InlineData("Ελλάδα", "ellada")]
    [InlineData("Путин 2024", "putin-2024")]
    [InlineData("C#", "c-sharp")]
    [InlineData("F# 8", "f-sharp-8")]
    [InlineData("C++", "c-plus-plus")]
    [InlineData("C", "c")]
    [InlineData("#MeToo", "metoo")]
    [InlineData("+++", "")]
    public void FromTag_GivesEveryScriptAndSymbolAUsableSlug(string tag, string expected)
    {
        Assert.Equal(expected, Slugs.FromTag(tag));
    }

    [Fact]
    public void FromText_LongText_IsCutAtAWordBoundary()
    {
        var slug = Slugs.FromText(string.Join(' ', Enumerable.Repeat("abcdefghij", 12)));

        Assert.True(slug.Length <= Slugs.MaxLength);
        Assert.EndsWith("abcdefghij", slug, StringComparison.Ordinal);
        Assert.True(Slugs.IsValid(slug));
    }

    [Theory]
    [InlineData("good-slug", true)]
    [InlineData("a1", true)]
    [InlineData("Bad", false)]
    [InlineData("double--hyphen", false)]
    [InlineData("-leading", false)]
    [InlineData("trailing-", false)]
    [InlineData("under_score", false)]
    [InlineData("", false)]
    public void IsValid_AcceptsOnlyTheCanonicalForm(string slug, bool valid)
    {
        Assert.Equal(valid, Slugs.IsValid(slug));
    }
}
