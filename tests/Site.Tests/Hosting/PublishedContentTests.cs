using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Site.Tests.Infrastructure;

namespace Site.Tests.Hosting;

/// <summary>
/// The published site, run as the container runs it, with its content folder broken and mended
/// under it the way deploys do: every article that was live stays live, and every change is
/// picked up, without a restart.
/// </summary>
[Trait(TestTiers.Category, TestTiers.Published)]
[Collection(PublishedSiteGroup.Name)]
public sealed class PublishedContentTests(PublishedSite published) : IDisposable
{
    private readonly ContentFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public async Task ContentFolderDeletedAndRestored_WhileRunning_LosesNothing_AndPicksUpEveryChange()
    {
        var content = Path.Combine(_scratch.Path, "content");
        var seed = File.ReadAllText(Path.Combine(published.OutputPath, "content", SeedArticle.ContentFile));
        _scratch.Write("content/" + SeedArticle.ContentFile, seed);
        using var site = await published.StartAnotherAsync(new Dictionary<string, string>
        {
            ["Site__ContentPath"] = content,
            ["Site__RescanSeconds"] = "1",
        });
        using var client = new HttpClient { BaseAddress = site.Address };

        Directory.Delete(content, recursive: true);
        await site.WaitForLogAsync(line => line.Contains("Content unavailable", StringComparison.Ordinal));
        using var whileGone = await client.GetAsync(SeedArticle.Permalink);

        _scratch.Write("content/" + SeedArticle.ContentFile, seed);
        _scratch.Write("content/2024/after-the-restore.md", ArticleFiles.Markdown(title: "After the restore", date: "2024-08-14T10:00:00+00:00"));
        await site.WaitForLogAsync(line => line.Contains("Loaded 2 articles", StringComparison.Ordinal));
        using var restored = await client.GetAsync("/2024/08/14/after-the-restore");

        _scratch.Write("content/2024/broken.md", "---\ntitle: [unclosed\n---\n\nBody.\n");
        _scratch.Write("content/2024/later-edit.md", ArticleFiles.Markdown(title: "A later edit", date: "2024-08-15T10:00:00+00:00"));
        await site.WaitForLogAsync(line => line.Contains("Loaded 3 articles", StringComparison.Ordinal));
        using var later = await client.GetAsync("/2024/08/15/later-edit");
        using var seedAtTheEnd = await client.GetAsync(SeedArticle.Permalink);

        Assert.Equal(HttpStatusCode.OK, whileGone.StatusCode);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Equal(HttpStatusCode.OK, seedAtTheEnd.StatusCode);
        Assert.Contains(site.LogLines, line => line.Contains("2024/broken.md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Restarted_AsAContainerIsStopped_ReadsFromTheArticleCache_AllButTheFileEditedMeanwhile()
    {
        var content = Path.Combine(_scratch.Path, "content");
        // A home that does not exist yet, as for a container's user: the cache folder is made in it.
        var home = Path.Combine(_scratch.Path, "home");
        _scratch.Write("content/" + SeedArticle.ContentFile, File.ReadAllText(Path.Combine(published.OutputPath, "content", SeedArticle.ContentFile)));
        _scratch.Write("content/2024/second.md", ArticleFiles.Markdown(title: "Second", date: "2024-08-14T10:00:00+00:00"));
        var settings = new Dictionary<string, string> { ["Site__ContentPath"] = content, ["HOME"] = home };

        int stopped;
        using (var first = await published.StartAnotherAsync(settings))
        {
            await first.WaitForLogAsync(line => line.Contains("Loaded 2 articles (2 files read, 0 from the cache", StringComparison.Ordinal));
            first.Terminate();
            stopped = await first.WaitForExitAsync();
        }

        var edited = _scratch.Write("content/2024/second.md", ArticleFiles.Markdown(title: "Second, corrected", date: "2024-08-14T10:00:00+00:00"));
        File.SetLastWriteTimeUtc(edited, DateTime.UtcNow.AddMinutes(1));
        using var second = await published.StartAnotherAsync(settings);
        await second.WaitForLogAsync(line => line.Contains("Loaded 2 articles (1 files read, 1 from the cache", StringComparison.Ordinal));
        using var client = new HttpClient { BaseAddress = second.Address };
        using var seed = await client.GetAsync(SeedArticle.Permalink);
        var page = await client.GetStringAsync("/2024/08/14/second");

        Assert.Equal(0, stopped);
        Assert.Equal(HttpStatusCode.OK, seed.StatusCode);
        Assert.Contains("Second, corrected", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restarted_WithAPublishedFileEmptiedMeanwhile_ServesItsLastGoodVersion_AndReadinessNamesIt()
    {
        var content = Path.Combine(_scratch.Path, "content");
        var seedFile = _scratch.Write("content/" + SeedArticle.ContentFile, File.ReadAllText(Path.Combine(published.OutputPath, "content", SeedArticle.ContentFile)));
        var settings = new Dictionary<string, string> { ["Site__ContentPath"] = content, ["Site__CachePath"] = Path.Combine(_scratch.Path, "cache") };
        using (var first = await published.StartAnotherAsync(settings))
        {
            await first.WaitForLogAsync(line => line.Contains("Loaded 1 article", StringComparison.Ordinal));
            first.Terminate();
            await first.WaitForExitAsync();
        }

        // An editor's truncate-then-write save, caught by a restart half-way.
        File.WriteAllText(seedFile, "");
        File.SetLastWriteTimeUtc(seedFile, DateTime.UtcNow.AddMinutes(1));
        using var second = await published.StartAnotherAsync(settings);
        await second.WaitForLogAsync(line => line.Contains("Loaded 1 article", StringComparison.Ordinal));
        using var client = new HttpClient { BaseAddress = second.Address };
        using var seed = await client.GetAsync(SeedArticle.Permalink);
        using var ready = JsonDocument.Parse(await client.GetStringAsync("/readyz"));

        Assert.Equal(HttpStatusCode.OK, seed.StatusCode);
        Assert.Equal("Degraded", ready.RootElement.GetProperty("status").GetString());
        Assert.StartsWith(SeedArticle.ContentFile + ":1: the file is empty", ready.RootElement.GetProperty("problems")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PipeAtTheArticleCachePath_NeitherHoldsUpTheStartNorTheStop()
    {
        var content = Path.Combine(_scratch.Path, "content");
        var cache = Path.Combine(_scratch.Path, "cache");
        _scratch.Write("content/" + SeedArticle.ContentFile, File.ReadAllText(Path.Combine(published.OutputPath, "content", SeedArticle.ContentFile)));
        var settings = new Dictionary<string, string> { ["Site__ContentPath"] = content, ["Site__CachePath"] = cache };
        using (var first = await published.StartAnotherAsync(settings))
        {
            await first.WaitForLogAsync(line => line.Contains("Loaded 1 article", StringComparison.Ordinal));
            first.Terminate();
            await first.WaitForExitAsync();
        }

        // Where the first run wrote its cache, a pipe no one writes to: opening it would wait forever.
        var file = Assert.Single(Directory.GetFiles(cache));
        File.Delete(file);
        using (var mkfifo = Process.Start("mkfifo", [file]))
        {
            await mkfifo.WaitForExitAsync();
        }

        using var second = await published.StartAnotherAsync(settings);
        await second.WaitForLogAsync(line => line.Contains("Loaded 1 article", StringComparison.Ordinal), seconds: 20);
        using var client = new HttpClient { BaseAddress = second.Address };
        using var seed = await client.GetAsync(SeedArticle.Permalink);
        second.Terminate();
        var stopped = await second.WaitForExitAsync(seconds: 20);

        Assert.Equal(HttpStatusCode.OK, seed.StatusCode);
        Assert.Contains(second.LogLines, line => line.Contains("cannot be read", StringComparison.Ordinal) && line.Contains(file, StringComparison.Ordinal));
        Assert.Equal(0, stopped);
    }
}
