using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;
using Site.Articles.Catalog;
using Site.Articles.Loading;
using Site.Tests.Infrastructure;

namespace Site.Tests.Pages;

/// <summary>Sites over content each test writes itself: drafts, schedules, broken files, aliases, paging.</summary>
public sealed class PublishingTests : IDisposable
{
    private readonly ContentFolder _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task BrokenFile_IsSkipped_AndTheGoodArticleIsStillServed()
    {
        _content.Write("2024/good-story.md", ArticleFiles.Markdown(title: "Good story"));
        _content.Write("2024/broken.md", "---\ntitle: [broken\n---\n\nBody");
        _content.Write("2024/no-front-matter.md", "Just text");
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        var index = await client.GetDocumentAsync("/");
        await client.GetDocumentAsync("/2024/08/13/good-story");

        Assert.Equal(["Good story"], index.QuerySelectorAll(".story h2").Select(h => h.TextContent));
        var errors = site.Services.GetRequiredService<ArticleRepository>().Catalog.Errors;
        Assert.Equal(["2024/broken.md", "2024/no-front-matter.md"], errors.Select(e => e.Path).Distinct());
    }

    [Fact]
    public async Task Draft_IsNeitherListedNorServedInProduction()
    {
        _content.Write("draft-story.md", ArticleFiles.Markdown(title: "Draft story", extra: "draft: true"));
        using var site = new SiteFactory(_content.Path);
        site.Settings["Site:ShowDrafts"] = "true";
        using var client = site.CreateRawClient();

        var index = await client.GetDocumentAsync("/");

        Assert.Empty(index.QuerySelectorAll(".story"));
        await client.GetDocumentAsync("/2024/08/13/draft-story", expectedStatus: 404);
        await client.GetDocumentAsync("/tags/x", expectedStatus: 404);
    }

    [Fact]
    public async Task Draft_IsShownInDevelopmentWhenAsked()
    {
        _content.Write("draft-story.md", ArticleFiles.Markdown(title: "Draft story", extra: "draft: true"));
        using var site = new SiteFactory(_content.Path, environment: "Development");
        site.Settings["Site:ShowDrafts"] = "true";
        using var client = site.CreateRawClient();

        await client.GetDocumentAsync("/2024/08/13/draft-story");
    }

    [Fact]
    public async Task ScheduledArticle_AppearsWhenItsTimeComes_WithoutARestart()
    {
        _content.Write("scheduled-story.md", ArticleFiles.Markdown(title: "Scheduled story", date: "2026-01-01T15:00:00+00:00"));
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        var before = await client.GetDocumentAsync("/");
        await client.GetDocumentAsync("/2026/01/01/scheduled-story", expectedStatus: 404);
        site.Time.Advance(TimeSpan.FromHours(3));
        var after = await client.GetDocumentAsync("/");

        Assert.Empty(before.QuerySelectorAll(".story"));
        Assert.Single(after.QuerySelectorAll(".story a[href='/2026/01/01/scheduled-story']"));
        await client.GetDocumentAsync("/2026/01/01/scheduled-story");
    }

    [Fact]
    public async Task ScheduledArticle_IsLoggedAsScheduled_WithItsTime_WhenArticlesLoad()
    {
        _content.Write("2024/live-story.md", ArticleFiles.Markdown(title: "Live story"));
        _content.Write("2026/scheduled-story.md", ArticleFiles.Markdown(title: "Scheduled story", date: "2026-01-01T15:00:00+00:00"));
        using var site = new SiteFactory(_content.Path);
        site.Settings["Serilog:MinimumLevel:Default"] = "Information";
        site.StartServer();

        var scheduled = await site.Logs.WaitForAsync(e => e.MessageTemplate.Text.StartsWith("Scheduled ", StringComparison.Ordinal));

        var logged = Assert.Single(scheduled);
        Assert.Equal(LogEventLevel.Information, logged.Level);
        Assert.Equal("2026/scheduled-story.md", Assert.IsType<ScalarValue>(logged.Properties["Path"]).Value);
        Assert.EndsWith(" for 2026-01-01T15:00:00+00:00", logged.RenderMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "1 article")]
    [InlineData(2, "2 articles")]
    public async Task LogLines_CountArticles_InTheSingularForOne(int count, string articles)
    {
        for (var i = 0; i < count; i++)
        {
            _content.Write($"2024/story-{i}.md", ArticleFiles.Markdown(title: $"Story {i}", extra: $"slug: story-{i}"));
        }

        using var site = new SiteFactory(_content.Path);
        site.Settings["Serilog:MinimumLevel:Default"] = "Information";
        using var client = site.CreateRawClient();
        await client.GetAsync("/");

        async Task<string> LineAsync(string start) =>
            Assert.Single(await site.Logs.WaitForAsync(e => e.MessageTemplate.Text.StartsWith(start, StringComparison.Ordinal)))
                .RenderMessage(CultureInfo.InvariantCulture);

        Assert.StartsWith($"Loaded {articles} (", await LineAsync("Loaded "), StringComparison.Ordinal);
        Assert.Contains($", serving {articles} from ", await LineAsync("Site "), StringComparison.Ordinal);
        Assert.StartsWith($"Search index holds {articles} (", await LineAsync("Search index holds "), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alias_RedirectsPermanentlyToThePermalink_KeepingTheQuery()
    {
        _content.Write("renamed-story.md", ArticleFiles.Markdown(title: "Renamed story", extra: "aliases:\n  - /old/story-name"));
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        using var response = await client.GetAsync("/Old/Story-Name/?ref=feed");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/2024/08/13/renamed-story?ref=feed", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/2023/01/01/old-slug")]
    [InlineData("/tags/old-topic")]
    public async Task Alias_ThatLooksLikeARoute_StillRedirects(string alias)
    {
        _content.Write("renamed-story.md", ArticleFiles.Markdown(title: "Renamed story", extra: $"aliases:\n  - {alias}"));
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        using var response = await client.GetAsync(alias);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/2024/08/13/renamed-story", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Alias_CannotTakeOverAPathTheSiteServes()
    {
        _content.Write("greedy-story.md", ArticleFiles.Markdown(title: "Greedy story", extra: "aliases:\n  - /\n  - /feed.xml\n  - /healthz\n  - /tags/x"));
        _content.Write("other-story.md", ArticleFiles.Markdown(title: "Other story", extra: "tags:\n  - x"));
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        foreach (var path in new[] { "/", "/feed.xml", "/healthz", "/tags/x" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Index_PaginatesTwentyAPage_And404sBeyondTheLast()
    {
        for (var day = 1; day <= 25; day++)
        {
            _content.Write($"2024/story-{day:D2}.md", ArticleFiles.Markdown(title: $"Story {day:D2}", date: $"2024-03-{day:D2}T10:00:00+00:00"));
        }

        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        var first = await client.GetDocumentAsync("/");
        var second = await client.GetDocumentAsync("/page/2");
        await client.GetDocumentAsync("/page/3", expectedStatus: 404);

        Assert.Equal(20, first.QuerySelectorAll(".story").Length);
        Assert.Equal("Story 25", first.QuerySelector(".story h2")?.TextContent);
        Assert.Equal(["Story 05", "Story 04", "Story 03", "Story 02", "Story 01"], second.QuerySelectorAll(".story h2").Select(h => h.TextContent));
        Assert.Equal("/page/2", first.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        Assert.Equal("/", second.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task ChangedFile_IsPublishedWithoutARestart()
    {
        _content.Write("first-story.md", ArticleFiles.Markdown(title: "First story"));
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();
        await client.GetDocumentAsync("/");
        var repository = site.Services.GetRequiredService<ArticleRepository>();

        _content.Write("second-story.md", ArticleFiles.Markdown(title: "Second story"));
        await repository.WaitForAsync(catalog => catalog.NewestFirst.Length == 2);

        var index = await client.GetDocumentAsync("/");
        Assert.Equal(2, index.QuerySelectorAll(".story").Length);
    }

    [Fact]
    public async Task FileBrokenByAnEdit_KeepsItsLastGoodVersionPublished()
    {
        var file = _content.Write("steady-story.md", ArticleFiles.Markdown(title: "Steady story"));
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();
        await client.GetDocumentAsync("/2024/08/13/steady-story");
        var repository = site.Services.GetRequiredService<ArticleRepository>();

        File.WriteAllText(file, "---\ntitle: Steady story\n---\n");
        site.Services.GetRequiredService<ArticleLoader>().Load();

        Assert.NotEmpty(repository.Catalog.Errors);
        await client.GetDocumentAsync("/2024/08/13/steady-story");
    }
}
