using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
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

    /// <summary>Makes the error page itself fail, as a bug in it or in the layout would.</summary>
    private sealed class FailingErrorPage : IPageFilter
    {
        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
            if (context.ActionDescriptor.ViewEnginePath == "/Error")
            {
                throw new InvalidOperationException(Secret);
            }
        }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }
    }

    private HttpClient ClientFor(string environment, bool errorPageFails = false)
    {
        _content.Write("a-test-article.md", ArticleFiles.Markdown());
        var site = new SiteFactory(_content.Path, environment);
        var failing = site.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter, FailingPath>();
            if (errorPageFails)
            {
                services.Configure<MvcOptions>(options => options.Filters.Add(new FailingErrorPage()));
            }
        }));
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
    public async Task UnhandledError_WhenTheErrorPageFailsToo_SendsAStatic500Page()
    {
        using var client = ClientFor("Production", errorPageFails: true);

        using var response = await client.GetAsync("/fail");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Something went wrong", Html.Parse(body).QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotFound_WhenTheErrorPageFails_StillAnswersWithAPage()
    {
        using var client = ClientFor("Production", errorPageFails: true);

        using var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Something went wrong", Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task NotFound_ListsTheFiveNewestStoriesAReaderMaySee()
    {
        for (var day = 1; day <= 7; day++)
        {
            _content.Write($"2024/story-{day}.md", ArticleFiles.Markdown(title: $"Story {day}", date: $"2024-08-{day:00}T10:00:00+00:00", extra: $"slug: story-{day}"));
        }

        _content.Write("2025/draft.md", ArticleFiles.Markdown(title: "A draft", date: "2025-01-01T10:00:00+00:00", extra: "slug: draft\ndraft: true"));
        _content.Write("2026/scheduled.md", ArticleFiles.Markdown(title: "Scheduled", date: "2026-06-01T10:00:00+00:00", extra: "slug: scheduled"));
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        using var response = await client.GetAsync("/no-such-page");
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(["Story 7", "Story 6", "Story 5", "Story 4", "Story 3"], page.QuerySelectorAll("ul.latest a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task ErrorPage_AskedForDirectly_IsNotFound()
    {
        using var client = ClientFor("Production");

        var page = await client.GetDocumentAsync("/error", expectedStatus: 404);

        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task UnhandledError_OnHead_Returns500WithoutInternals()
    {
        using var client = ClientFor("Production");

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/fail"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain(Secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
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
