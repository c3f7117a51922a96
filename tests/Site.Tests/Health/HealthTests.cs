using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;
using Site.Articles.Loading;
using Site.Tests.Infrastructure;

namespace Site.Tests.Health;

/// <summary>What an orchestrator reads: liveness, and readiness with the content's state.</summary>
public sealed class HealthTests : IDisposable
{
    private readonly ContentFolder _content = new();

    public void Dispose() => _content.Dispose();

    private static async Task<(HttpStatusCode Status, JsonElement Json, string? CacheControl)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.Clone(), response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Liveness_IsHealthyJson_NeverCached()
    {
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        var (status, json, cacheControl) = await GetAsync(client, "/healthz");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", json.GetProperty("status").GetString());
        Assert.Contains("no-store", cacheControl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_WithArticles_IsReady_AndSaysHowMany()
    {
        _content.Write("2024/one.md", ArticleFiles.Markdown(extra: "slug: one"));
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        var (status, json, cacheControl) = await GetAsync(client, "/readyz");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", json.GetProperty("status").GetString());
        Assert.Equal(1, json.GetProperty("articles").GetInt32());
        Assert.Equal(0, json.GetProperty("problems").GetArrayLength());
        Assert.True(json.GetProperty("lastReload").GetDateTimeOffset() > DateTimeOffset.MinValue);
        Assert.Contains("no-store", cacheControl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_WithABrokenFile_ReportsIt_ButStaysReady()
    {
        _content.Write("2024/one.md", ArticleFiles.Markdown(extra: "slug: one"));
        _content.Write("2024/broken.md", ArticleFiles.Markdown(date: "2025-02-30T10:00:00+00:00"));
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        var (status, json, _) = await GetAsync(client, "/readyz");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", json.GetProperty("status").GetString());
        Assert.StartsWith("2024/broken.md:3: ", json.GetProperty("problems")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_WithAScheduledArticle_NamesItWithItsTime_AndStaysHealthy()
    {
        _content.Write("2024/one.md", ArticleFiles.Markdown(extra: "slug: one"));
        _content.Write("2026/later.md", ArticleFiles.Markdown(date: "2026-01-01T15:00:00+00:00", extra: "slug: later"));
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        var (status, json, _) = await GetAsync(client, "/readyz");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", json.GetProperty("status").GetString());
        Assert.Equal(1, json.GetProperty("articles").GetInt32());
        Assert.Equal("2026/later.md: scheduled for 2026-01-01T15:00:00+00:00", Assert.Single(json.GetProperty("scheduled").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task Readiness_WithNoArticle_IsUnready()
    {
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        var (status, json, _) = await GetAsync(client, "/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("no article has loaded", json.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Readiness_WhenTheFolderIsGone_IsUnready_WhileTheArticlesAreStillServed()
    {
        var root = Path.Combine(_content.Path, "content");
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "one.md"), ArticleFiles.Markdown(extra: "slug: one"));
        using var site = new SiteFactory(root);
        using var client = site.CreateRawClient();
        await client.GetDocumentAsync("/2024/08/13/one");

        Directory.Delete(root, recursive: true);
        site.Services.GetRequiredService<ArticleLoader>().Load();
        var (status, json, _) = await GetAsync(client, "/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("does not exist", json.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, json.GetProperty("articles").GetInt32());
        await client.GetDocumentAsync("/2024/08/13/one");
    }

    [Fact]
    public async Task PassingProbes_AreNotLoggedAtInformation()
    {
        _content.Write("2024/one.md", ArticleFiles.Markdown(extra: "slug: one"));
        using var site = new SiteFactory(_content.Path);
        site.Settings["Serilog:MinimumLevel:Default"] = "Information";
        using var client = site.CreateRawClient();

        await GetAsync(client, "/healthz");
        await GetAsync(client, "/readyz");
        await client.GetAsync("/");
        await site.Logs.RequestLogsAsync("/");

        Assert.DoesNotContain(site.Logs.Events, e => e.Level >= LogEventLevel.Information &&
            e.Properties.TryGetValue("RequestPath", out var path) && path.ToString().Contains("z\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadinessProbes_WhileDegraded_LogTheChangeOnce_NotEveryProbe()
    {
        _content.Write("2024/one.md", ArticleFiles.Markdown(extra: "slug: one"));
        _content.Write("2024/broken.md", ArticleFiles.Markdown(date: "2025-02-30T10:00:00+00:00"));
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        for (var i = 0; i < 5; i++)
        {
            var (status, json, _) = await GetAsync(client, "/readyz");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("Degraded", json.GetProperty("status").GetString());
        }

        Assert.DoesNotContain(site.Logs.Events, e => SourceOf(e).StartsWith("Microsoft.Extensions.Diagnostics.HealthChecks", StringComparison.Ordinal));
        var change = Assert.Single(site.Logs.Events, e => SourceOf(e) == "Site.Health.ReadinessLog");
        Assert.Equal(LogEventLevel.Warning, change.Level);
        Assert.Contains("Degraded", change.RenderMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static string SourceOf(LogEvent e) =>
        e.Properties.TryGetValue("SourceContext", out var source) && source is ScalarValue { Value: string name } ? name : "";
}
