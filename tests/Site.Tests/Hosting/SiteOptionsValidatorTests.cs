using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Site.Hosting;

namespace Site.Tests.Hosting;

public sealed class SiteOptionsValidatorTests
{
    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";
        public string ApplicationName { get; set; } = "Site";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private static SiteOptions Valid() => new()
    {
        Title = "The Meridian",
        BaseUrl = "https://news.example.com",
        ContentPath = "content",
        Language = "en",
    };

    private static IEnumerable<string> Validate(SiteOptions options) =>
        new SiteOptionsValidator(new Environment()).Validate(null, options).Failures ?? [];

    [Fact]
    public void Validate_GoodOptions_Succeed()
    {
        Assert.Empty(Validate(Valid()));
    }

    [Theory]
    [InlineData(nameof(SiteOptions.BaseUrl), "not a url", "Site:BaseUrl 'not a url' must be an absolute http(s) URL")]
    [InlineData(nameof(SiteOptions.BaseUrl), "ftp://example.com", "Site:BaseUrl 'ftp://example.com'")]
    [InlineData(nameof(SiteOptions.BaseUrl), "https://example.com/?q=1", "without query")]
    [InlineData(nameof(SiteOptions.Title), " ", "Site:Title must be set")]
    [InlineData(nameof(SiteOptions.Language), "english", "Site:Language 'english'")]
    [InlineData(nameof(SiteOptions.ContentPath), "no-such-folder", "Site:ContentPath 'no-such-folder' does not name a folder")]
    public void Validate_BadValue_NamesTheKeyAndTheValue(string property, string value, string expected)
    {
        var options = Valid();
        typeof(SiteOptions).GetProperty(property)!.SetValue(options, value);

        var failure = Assert.Single(Validate(options));

        Assert.Contains(expected, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PageSizeOutOfRange_IsReported()
    {
        var options = Valid();
        options.PageSize = 0;

        Assert.Contains("Site:PageSize 0", Assert.Single(Validate(options)), StringComparison.Ordinal);
    }
}
