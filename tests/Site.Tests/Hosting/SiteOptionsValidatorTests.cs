using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Site.Articles;
using Site.Hosting;
using Site.Tests.Infrastructure;

namespace Site.Tests.Hosting;

public sealed class SiteOptionsValidatorTests
{
    private static SiteOptions Valid() => new()
    {
        Title = "The Meridian",
        BaseUrl = "https://news.example.com",
        Language = "en",
    };

    private static IEnumerable<string> Validate(SiteOptions options) =>
        new SiteOptionsValidator().Validate(null, options).Failures ?? [];

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
    [InlineData(nameof(SiteOptions.Title), "The\u0007Meridian", "Site:Title contains U+0007")]
    [InlineData(nameof(SiteOptions.Description), "News\fdaily", "Site:Description contains U+000C")]
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

    [Theory]
    [InlineData("Middle-East")]
    [InlineData("middle east")]
    [InlineData("/tags/russia")]
    [InlineData("")]
    public void Validate_MalformedSection_NamesTheKeyAndTheValue(string section)
    {
        var options = Valid();
        options.Sections = ["russia", section];

        var failure = Assert.Single(Validate(options));

        Assert.StartsWith($"Site:Sections '{section}' must be a tag's slug", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SectionListedTwice_IsReported()
    {
        var options = Valid();
        options.Sections = ["russia", "gaza", "russia"];

        Assert.Equal("Site:Sections lists 'russia' more than once.", Assert.Single(Validate(options)));
    }

    [Fact]
    public void Validate_SectionsOfWellFormedSlugs_Succeed_WhetherOrNotAnyArticleHasThem()
    {
        var options = Valid();
        options.Sections = ["russia", "middle-east", "no-such-tag-yet", "c-sharp"];

        Assert.Empty(Validate(options));
    }

    [Fact]
    public void Validate_NegativeRequestLogBudget_IsReported()
    {
        var options = Valid();
        options.RequestLogsPerSecond = -1;

        Assert.Contains("Site:RequestLogsPerSecond -1", Assert.Single(Validate(options)), StringComparison.Ordinal);
    }

    [Fact]
    public void StartUpValidation_IsWiredUp_AndNamesEveryBadKey()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Site:Title"] = "The Meridian",
            ["Site:BaseUrl"] = "not a url",
            ["Site:ContentPath"] = "no-such-folder",
        }).Build());
        services.AddSingleton<IHostEnvironment>(new TestHostEnvironment());
        services.AddSiteOptions();
        services.AddArticles();
        using var provider = services.BuildServiceProvider();

        var error = Record.Exception(() => provider.GetRequiredService<IStartupValidator>().Validate());
        var failures = ConfigurationFailures.Of(error!);

        Assert.Contains(failures, f => f.StartsWith("Site:BaseUrl 'not a url'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Site:ContentPath 'no-such-folder'", StringComparison.Ordinal));
    }
}
