using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Serilog.Events;
using Site.Articles;
using Site.Articles.Catalog;
using Site.Articles.Loading;
using Site.Tests.Infrastructure;

namespace Site.Tests.Articles.Loading;

/// <summary>
/// The article cache across restarts of the real site: a restart parses only what changed while
/// it was stopped, and a cache that is damaged or cannot be written costs time, never an article.
/// </summary>
public sealed class ArticleCacheTests : IDisposable
{
    private const string First = "/2024/08/13/first";
    private readonly ContentFolder _content = new();
    private readonly ContentFolder _cacheRoot = new();

    public ArticleCacheTests()
    {
        _content.Write("2024/first.md", ArticleFiles.Markdown(title: "First", body: "The first article's body."));
        _content.Write("2024/second.md", ArticleFiles.Markdown(title: "Second", date: "2024-08-14T10:00:00+00:00"));
    }

    private string CachePath => Path.Combine(_cacheRoot.Path, "cache");

    public void Dispose()
    {
        _content.Dispose();
        _cacheRoot.Dispose();
    }

    [Fact]
    public async Task Restart_NothingChanged_ParsesNoFileAndServesTheSamePages()
    {
        var (firstRun, firstLoad) = await RunAsync();
        var (secondRun, secondLoad) = await RunAsync();

        Assert.Equal((2, 0), firstLoad);
        Assert.Equal((0, 2), secondLoad);
        Assert.Equal(firstRun, secondRun);
        Assert.Contains("The first article", secondRun, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_FileEditedWhileStopped_IsParsedAfresh()
    {
        await RunAsync();
        var file = _content.Write("2024/first.md", ArticleFiles.Markdown(title: "First, corrected", body: "The first article's body."));
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));

        var (page, load) = await RunAsync();

        Assert.Equal((1, 1), load);
        Assert.Contains("First, corrected", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_ThenAFileEditedWhileRunning_IsServed_ReadingThatFileAlone()
    {
        await RunAsync();
        await using var site = new SiteFactory(_content.Path);
        site.Settings["Site:CachePath"] = CachePath;
        site.Settings["Serilog:MinimumLevel:Default"] = "Information";
        site.StartServer();
        var articles = site.Services.GetRequiredService<ArticleRepository>();

        // The first change after a start from the cache is also the parser's first use in the process.
        _content.Write("2024/second.md", ArticleFiles.Markdown(title: "Second, edited", date: "2024-08-14T10:00:00+00:00"));
        await articles.WaitForAsync(c => c.ByPermalink["/2024/08/14/second"].Title == "Second, edited");
        var loads = await site.Logs.WaitForAsync(e => e.MessageTemplate.Text.StartsWith("Loaded ", StringComparison.Ordinal), count: 2);

        Assert.Equal([(0, 2), (1, 0)], loads.Select(e => (Number(e, "Changed"), Number(e, "Cached"))));
        Assert.Empty(site.Logs.Failures);
    }

    [Fact]
    public async Task Restart_FileWithErrors_IsNeverCachedSoItsErrorIsReportedAtEveryStart_AndCausesNoRewrite()
    {
        _content.Write("2024/broken.md", "---\ntitle: [unclosed\n---\n\nBody.\n");

        await RunAsync();
        var written = File.GetLastWriteTimeUtc(Assert.Single(Directory.GetFiles(CachePath)));
        var (_, load, logs) = await RunWithLogsAsync();

        Assert.Equal((1, 2), load);
        Assert.Contains(logs.Events, e => e.Level == LogEventLevel.Error && Says(e, "2024/broken.md"));
        // Errors alone are no reason to write the cache again.
        Assert.Equal(written, File.GetLastWriteTimeUtc(Assert.Single(Directory.GetFiles(CachePath))));
    }

    [Theory]
    [InlineData("---\ntitle: [unclosed\n---\n\nBody.\n")]
    [InlineData("")]
    public async Task Restart_PublishedFileBrokenSince_ServesItsLastGoodVersion_AndNamesTheFile(string broken)
    {
        await RunAsync();
        var file = _content.Write("2024/first.md", broken);
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));

        var (page, _, logs) = await RunWithLogsAsync();

        Assert.Contains("The first article", page, StringComparison.Ordinal);
        Assert.Contains(logs.Events, e => e.Level == LogEventLevel.Error && Says(e, "2024/first.md"));
        Assert.Contains(logs.Events, e => e.Level == LogEventLevel.Warning && Says(e, "Kept the last good version") && Says(e, "2024/first.md"));
    }

    [Fact]
    public async Task Restart_AfterTheCacheWasRewrittenWhileAFileWasBroken_StillServesItsLastGoodVersion()
    {
        await RunAsync();
        var file = _content.Write("2024/first.md", "---\ntitle: [unclosed\n---\n\nBody.\n");
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));
        // Another file edited too: the next run writes the cache, with the broken file in it as its last good version.
        var other = _content.Write("2024/second.md", ArticleFiles.Markdown(title: "Second, edited", date: "2024-08-14T10:00:00+00:00"));
        File.SetLastWriteTimeUtc(other, DateTime.UtcNow.AddMinutes(1));
        var written = File.GetLastWriteTimeUtc(Assert.Single(Directory.GetFiles(CachePath)));
        await RunAsync();
        Assert.NotEqual(written, File.GetLastWriteTimeUtc(Assert.Single(Directory.GetFiles(CachePath))));

        var (page, load, logs) = await RunWithLogsAsync();

        Assert.Equal((1, 1), load);
        Assert.Contains("The first article", page, StringComparison.Ordinal);
        Assert.Contains(logs.Events, e => e.Level == LogEventLevel.Error && Says(e, "2024/first.md"));
    }

    [Fact]
    public async Task Restart_CacheDamaged_WarnsNamingItAndParsesEveryFile()
    {
        await RunAsync();
        var file = Assert.Single(Directory.GetFiles(CachePath));
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);

        var (page, load, logs) = await RunWithLogsAsync();
        var (_, mended) = await RunAsync();

        Assert.Equal((2, 0), load);
        Assert.Contains("The first article", page, StringComparison.Ordinal);
        Assert.Contains(logs.Events, e => e.Level == LogEventLevel.Warning && Says(e, "cannot be read") && Says(e, file));
        Assert.Equal((0, 2), mended);
    }

    [Fact]
    public async Task CacheFolderCannotBeMade_WarnsNamingItAndServesEveryArticle()
    {
        // A file where the folder should be: no user, root included, can make a folder there.
        File.WriteAllText(CachePath, "in the way");

        var (page, load, logs) = await RunWithLogsAsync();

        Assert.Equal((2, 0), load);
        Assert.Contains("The first article", page, StringComparison.Ordinal);
        Assert.Contains(logs.Events, e => e.Level == LogEventLevel.Warning && Says(e, "cannot be written") && Says(e, CachePath));
    }

    [Fact]
    public void Find_FileWithAnotherSizeOrTime_IsNotFound()
    {
        var article = TestParser.Parse(ArticleFiles.Markdown()).Article!;
        var saved = new DateTime(2024, 8, 14, 9, 0, 0, DateTimeKind.Utc);
        var entries = new Dictionary<string, ArticleCacheEntry> { ["a.md"] = new("a.md", 100, saved, article) };
        var cache = Cache();

        Assert.Same(article, cache.Find(entries, new ContentFile("a.md", "/x/a.md", 100, saved)));
        Assert.Null(cache.Find(entries, new ContentFile("a.md", "/x/a.md", 101, saved)));
        Assert.Null(cache.Find(entries, new ContentFile("a.md", "/x/a.md", 100, saved.AddTicks(1))));
        Assert.Null(cache.Find(entries, new ContentFile("b.md", "/x/b.md", 100, saved)));
    }

    [Fact]
    public void Find_LeadImageChangedSinceItWasCached_IsNotFound()
    {
        var article = TestParser.Parse(ArticleFiles.Markdown(extra: "image: /images/photo.jpg\nimage_alt: A photo")).Article!;
        var saved = new DateTime(2024, 8, 14, 9, 0, 0, DateTimeKind.Utc);
        var file = new ContentFile("a.md", "/x/a.md", 100, saved);
        var replaced = article with { LeadImage = article.LeadImage! with { Width = 2400 } };
        var cache = Cache();

        Assert.NotNull(article.LeadImage);
        Assert.Same(article, cache.Find(new Dictionary<string, ArticleCacheEntry> { ["a.md"] = new("a.md", 100, saved, article) }, file));
        Assert.Null(cache.Find(new Dictionary<string, ArticleCacheEntry> { ["a.md"] = new("a.md", 100, saved, replaced) }, file));
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("cache", "cache")]
    public void ResolveCachePath_EmptyIsNoCache_AndRelativeIsUnderTheAppFolder(string setting, string? expected)
    {
        var environment = new TestHostEnvironment();

        var path = ContentPaths.Cache(new ContentOptions { CachePath = setting }, environment);

        Assert.Equal(expected is null ? null : Path.Combine(environment.ContentRootPath, expected), path);
    }

    private ArticleCache Cache() => new(
        Options.Create(new ContentOptions { ContentPath = _content.Path, CachePath = CachePath }),
        new TestHostEnvironment(),
        TestImages.LeadImages,
        TimeProvider.System,
        NullLogger<ArticleCache>.Instance);

    private async Task<(string Page, (int Read, int Cached) Load)> RunAsync()
    {
        var (page, load, _) = await RunWithLogsAsync();
        return (page, load);
    }

    /// <summary>Starts the site on the content folder with the cache, reads the first article, and stops it (which lets its cache write finish).</summary>
    private async Task<(string Page, (int Read, int Cached) Load, LogCapture Logs)> RunWithLogsAsync()
    {
        await using var site = new SiteFactory(_content.Path);
        site.Settings["Site:CachePath"] = CachePath;
        site.Settings["Serilog:MinimumLevel:Default"] = "Information";
        using var client = site.CreateRawClient();
        using var response = await client.GetAsync(First);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        var loaded = site.Logs.Events.First(e => e.MessageTemplate.Text.StartsWith("Loaded ", StringComparison.Ordinal));
        await site.DisposeAsync();
        return (page, (Number(loaded, "Changed"), Number(loaded, "Cached")), site.Logs);
    }

    private static bool Says(LogEvent e, string text) => e.RenderMessage(CultureInfo.InvariantCulture).Contains(text, StringComparison.Ordinal);

    private static int Number(LogEvent e, string property) => (int)((ScalarValue)e.Properties[property]).Value!;
}
