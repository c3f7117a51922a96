using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Site.Tests.Infrastructure;

namespace Site.Tests.Pages;

public sealed class ErrorPageTests : IDisposable
{
    private const string Secret = "connection string with a password";

    private readonly ContentFolder _content = new();
    private readonly List<IDisposable> _sites = [];

    public void Dispose()
    {
        _sites.ForEach(site => site.Dispose());
        _content.Dispose();
    }

    /// <summary>Adds a path that fails, behind the site's own pipeline.</summary>
    private sealed class FailingPath : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/fail", branch => branch.Run(_ => throw new InvalidOperationException(Secret)));
        };
    }

    private HttpClient ClientFor(string environment)
    {
        _content.Write("a.md", ArticleFiles.Markdown());
        var site = new SiteFactory(_content.Path, environment);
        var failing = site.WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, FailingPath>()));
        _sites.AddRange([failing, site]);
        return failing.CreateClient();
    }

    [Fact]
    public async Task UnhandledError_InProduction_Returns500PageWithoutInternals()
    {
        using var client = ClientFor("Production");

        using var response = await client.GetAsync("/fail");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Something went wrong", Html.Parse(body).QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnhandledError_InDevelopment_ShowsTheException()
    {
        using var client = ClientFor("Development");

        using var response = await client.GetAsync("/fail");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains(Secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
