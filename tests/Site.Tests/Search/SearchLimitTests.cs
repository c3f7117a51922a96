using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog.Events;
using Site.Search;
using Site.Tests.Infrastructure;

namespace Site.Tests.Search;

/// <summary>Searches run a few at a time; one turned away, or one the index is not ready for, is a 503 logged as the site's choice.</summary>
public sealed class SearchLimitTests : IDisposable
{
    private readonly ContentFolder _content = new();

    public SearchLimitTests() =>
        _content.Write("2024/ferries.md", ArticleFiles.Markdown(title: "Ferries stop for the winter", body: "The ferry service ends today."));

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Search_WhenEveryPlaceIsTaken_Gets503WithRetryAfter_AndABusyPage()
    {
        using var site = new HeldSearchSite(_content.Path);
        site.Settings["Site:Search:ConcurrentSearches"] = "1";
        site.Settings["Site:Search:QueuedSearches"] = "0";
        await site.WaitForSearchAsync();
        using var client = site.CreateRawClient();

        var held = client.GetAsync("/search?q=ferry");
        await site.Hold.Entered.WaitAsync(TimeSpan.FromSeconds(10));
        using var refused = await client.GetAsync("/search?q=winter");
        site.Hold.Release();
        using var first = await held;
        var page = Html.Parse(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("no-store", refused.Headers.CacheControl?.ToString());
        Assert.Equal("Busy just now", page.QuerySelector("h1")?.TextContent);
        Assert.Empty(site.Logs.Failures);
    }

    [Fact]
    public async Task SearchGettingReady_IsLoggedAtWarning_WithinTheRequestLogBudget()
    {
        using var site = new HeldSearchSite(_content.Path, buildIndex: false);
        site.Settings["Site:RequestLogsPerSecond"] = "2";
        site.Settings["Serilog:MinimumLevel:Default"] = "Debug";
        using var client = site.CreateRawClient();

        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync("/search?q=ferry");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        }

        var lines = await site.Logs.WaitForAsync(e => IsRequestLogFor(e, "/search"), count: 5);

        Assert.Equal([LogEventLevel.Debug, LogEventLevel.Debug, LogEventLevel.Debug, LogEventLevel.Warning, LogEventLevel.Warning], lines.Select(e => e.Level).Order());
        Assert.Empty(site.Logs.Failures);
    }

    private static bool IsRequestLogFor(LogEvent e, string path) =>
        e.Properties.TryGetValue("RequestPath", out var logged) && logged is ScalarValue { Value: string value } && value == path;

    /// <summary>The site with a page filter that holds the first search inside its place until the test lets it go; or, without an index, with search forever getting ready.</summary>
    private sealed class HeldSearchSite(string contentPath, bool buildIndex = true) : SiteFactory(contentPath)
    {
        public HoldFirstSearch Hold { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                if (buildIndex)
                {
                    services.Configure<MvcOptions>(mvc => mvc.Filters.Add(Hold));
                }
                else
                {
                    services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(SearchIndexer)));
                }
            });
        }
    }

    private sealed class HoldFirstSearch : IAsyncPageFilter
    {
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _searches;

        public Task Entered => _entered.Task;

        public void Release() => _released.TrySetResult();

        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            if (context.HttpContext.Request.Path == "/search" && Interlocked.Increment(ref _searches) == 1)
            {
                _entered.TrySetResult();
                await _released.Task;
            }

            await next();
        }
    }
}
