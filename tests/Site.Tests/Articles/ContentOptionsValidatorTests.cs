using Site.Articles;
using Site.Tests.Infrastructure;

namespace Site.Tests.Articles;

public sealed class ContentOptionsValidatorTests
{
    private static IEnumerable<string> Validate(ContentOptions options) =>
        new ContentOptionsValidator(new TestHostEnvironment()).Validate(null, options).Failures ?? [];

    [Fact]
    public void Validate_Defaults_WithAnExistingFolder_Succeed()
    {
        Assert.Empty(Validate(new ContentOptions { ContentPath = AppContext.BaseDirectory }));
    }

    [Theory]
    [InlineData(nameof(ContentOptions.ContentPath), "no-such-folder", "Site:ContentPath 'no-such-folder' does not name a folder")]
    [InlineData(nameof(ContentOptions.Language), "english", "Site:Language 'english'")]
    [InlineData(nameof(ContentOptions.RescanSeconds), 0, "Site:RescanSeconds 0 must be between")]
    [InlineData(nameof(ContentOptions.MaxArticleBytes), 10, "Site:MaxArticleBytes 10 must be between")]
    public void Validate_BadValue_NamesTheKeyAndTheValue(string property, object value, string expected)
    {
        var options = new ContentOptions { ContentPath = AppContext.BaseDirectory };
        typeof(ContentOptions).GetProperty(property)!.SetValue(options, value);

        Assert.Contains(expected, Assert.Single(Validate(options)), StringComparison.Ordinal);
    }
}
