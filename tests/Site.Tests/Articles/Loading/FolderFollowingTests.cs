using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Site.Articles.Catalog;
using Site.Articles.Loading;
using Site.Tests.Infrastructure;

namespace Site.Tests.Articles.Loading;

/// <summary>
/// A running site whose content folder is changed under it, the ways editors and deploys change
/// it; each test awaits the outcome with a deadline. Change notifications and the periodic rescan
/// both lead to a scan: tests that need the rescan advance the site's clock past its period.
/// </summary>
public sealed class FolderFollowingTests : IDisposable
{
    private readonly ContentFolder _scratch = new();
    private readonly List<IDisposable> _sites = [];

    public void Dispose()
    {
        _sites.ForEach(site => site.Dispose());
        _scratch.Dispose();
    }

    private static string Story(string slug, string title = "A story", string extra = "") =>
        ArticleFiles.Markdown(title: title, extra: $"slug: {slug}\n{extra}");

    private (SiteFactory Site, ArticleRepository Articles) Start(string contentPath)
    {
        var site = new SiteFactory(contentPath);
        _sites.Add(site);
        site.StartServer();
        return (site, site.Services.GetRequiredService<ArticleRepository>());
    }

    private static string[] Slugs(ArticleCatalog catalog) => [.. catalog.NewestFirst.Select(a => a.Slug).Order()];

    /// <summary>
    /// Moves the clock past the rescan period, so the loader walks the folder again, until a
    /// catalog meets the condition; each rescan is given a second to publish before the next.
    /// </summary>
    private static async Task<ArticleCatalog> RescanUntilAsync(SiteFactory site, ArticleRepository articles, Func<ArticleCatalog, bool> condition)
    {
        for (var attempt = 0; ; attempt++)
        {
            site.Time.Advance(TimeSpan.FromSeconds(31));
            try
            {
                return await articles.WaitForAsync(condition, seconds: 1);
            }
            catch (TimeoutException) when (attempt < 30)
            {
                // The loop may have been busy with a change notification; rescan again.
            }
        }
    }

    [Fact]
    public async Task AddEditBreakFixDelete_AreEachPickedUp()
    {
        var content = _scratch.Write("content/2024/one.md", Story("one", "First title"));
        var (_, articles) = Start(Path.GetDirectoryName(Path.GetDirectoryName(content))!);

        _scratch.Write("content/2024/two.md", Story("two"));
        await articles.WaitForAsync(c => Slugs(c) is ["one", "two"]);

        File.WriteAllText(content, Story("one", "Second title"));
        await articles.WaitForAsync(c => c.ByPermalink["/2024/08/13/one"].Title == "Second title");

        File.WriteAllText(content, "---\ntitle: [broken\n---\n\nBody.\n");
        var broken = await articles.WaitForAsync(c => c.Errors.Any(e => e.Path == "2024/one.md"));
        Assert.Equal("Second title", broken.ByPermalink["/2024/08/13/one"].Title);

        File.WriteAllText(content, Story("one", "Third title"));
        var mended = await articles.WaitForAsync(c => c.Errors.IsEmpty && c.ByPermalink["/2024/08/13/one"].Title == "Third title");

        File.Delete(content);
        await articles.WaitForAsync(c => Slugs(c) is ["two"]);
        Assert.True(mended.Generation > broken.Generation);
    }

    [Fact]
    public async Task RenamedFile_StaysPublished_FromItsNewPath()
    {
        var file = _scratch.Write("content/2024/one.md", Story("one"));
        var (_, articles) = Start(Path.Combine(_scratch.Path, "content"));

        File.Move(file, Path.Combine(Path.GetDirectoryName(file)!, "renamed.md"));

        await articles.WaitForAsync(c => c.NewestFirst is [{ SourcePath: "2024/renamed.md" }]);
    }

    [Fact]
    public async Task FolderMovedOutAndBack_ItsArticlesGoAndReturn()
    {
        _scratch.Write("content/2023/old.md", Story("old"));
        _scratch.Write("content/2024/new.md", Story("new"));
        var (site, articles) = Start(Path.Combine(_scratch.Path, "content"));

        Directory.Move(Path.Combine(_scratch.Path, "content", "2023"), Path.Combine(_scratch.Path, "2023-away"));
        await RescanUntilAsync(site, articles, c => Slugs(c) is ["new"]);

        Directory.Move(Path.Combine(_scratch.Path, "2023-away"), Path.Combine(_scratch.Path, "content", "2023"));
        await RescanUntilAsync(site, articles, c => Slugs(c) is ["new", "old"]);
    }

    [Fact]
    public async Task WholeFolderDeleted_KeepsEveryArticle_AndRecoversWhenItIsBack()
    {
        _scratch.Write("content/2024/one.md", Story("one"));
        var root = Path.Combine(_scratch.Path, "content");
        var (site, articles) = Start(root);
        var loader = site.Services.GetRequiredService<ArticleLoader>();

        Directory.Delete(root, recursive: true);
        var during = loader.Load();

        Assert.Equal(["one"], Slugs(during));
        using var client = site.CreateRawClient();
        await client.GetDocumentAsync("/2024/08/13/one");

        _scratch.Write("content/2024/one.md", Story("one"));
        _scratch.Write("content/2024/two.md", Story("two"));
        await RescanUntilAsync(site, articles, c => Slugs(c) is ["one", "two"]);

        // Watched again: a later edit is seen without waiting for a rescan.
        _scratch.Write("content/2024/three.md", Story("three"));
        await articles.WaitForAsync(c => Slugs(c) is ["one", "three", "two"]);
    }

    [Fact]
    public async Task NewTreeRenamedIntoPlace_IsServed()
    {
        _scratch.Write("content/2024/one.md", Story("one"));
        var root = Path.Combine(_scratch.Path, "content");
        var (site, articles) = Start(root);

        _scratch.Write("content.new/2024/one.md", Story("one", "Edited in the new tree"));
        _scratch.Write("content.new/2024/two.md", Story("two"));
        Directory.Move(root, Path.Combine(_scratch.Path, "content.old"));
        Directory.Move(Path.Combine(_scratch.Path, "content.new"), root);

        var catalog = await RescanUntilAsync(site, articles, c => Slugs(c) is ["one", "two"]);
        Assert.Equal("Edited in the new tree", catalog.ByPermalink["/2024/08/13/one"].Title);
    }

    [Fact]
    public async Task SymlinkedRoot_FlippedToANewVersion_IsServed()
    {
        _scratch.Write("v1/2024/one.md", Story("one"));
        _scratch.Write("v2/2024/two.md", Story("two"));
        var (site, articles) = Start(FlipTo("v1"));

        FlipTo("v2");

        await RescanUntilAsync(site, articles, c => Slugs(c) is ["two"]);
    }

    [Fact]
    public async Task CopyOfALiveArticle_SortingFirst_DoesNotTakeItsPermalink()
    {
        _scratch.Write("content/2024/live.md", Story("story", "The live one"));
        var (_, articles) = Start(Path.Combine(_scratch.Path, "content"));

        _scratch.Write("content/2024/a-template.md", Story("story", "A copy", "draft: true"));
        _scratch.Write("content/2024/another-copy.md", Story("story", "Another copy"));

        var catalog = await articles.WaitForAsync(c => c.Errors.Length == 2);
        Assert.Equal("The live one", catalog.ByPermalink["/2024/08/13/story"].Title);
        Assert.All(catalog.Errors, e => Assert.Contains("2024/live.md", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task HiddenFilesAndLinksOutside_AreSkipped_TheRestLoads()
    {
        _scratch.Write("content/2024/one.md", Story("one"));
        _scratch.Write("content/2024/.hidden.md", Story("hidden"));
        _scratch.Write("content/.git/HEAD.md", Story("git"));
        var outside = _scratch.Write("elsewhere/secret.md", Story("secret"));
        File.CreateSymbolicLink(Path.Combine(_scratch.Path, "content", "2024", "link.md"), outside);
        Directory.CreateSymbolicLink(Path.Combine(_scratch.Path, "content", "2024", "root"), Path.Combine(_scratch.Path, "content"));

        var (site, articles) = Start(Path.Combine(_scratch.Path, "content"));
        var scan = ContentScanner.Scan(Path.Combine(_scratch.Path, "content"));

        Assert.Equal(["one"], Slugs(articles.Catalog));
        Assert.Equal([".git", "2024/.hidden.md", "2024/link.md", "2024/root"], scan.Skipped.Select(s => s.Path).Order(StringComparer.Ordinal));
        Assert.All(scan.Skipped, s => Assert.True(s.IsWarning));
        Assert.Contains("leads outside the content folder", scan.Skipped.Single(s => s.Path == "2024/link.md").Message, StringComparison.Ordinal);
        Assert.Contains("leads back to the content folder itself", scan.Skipped.Single(s => s.Path == "2024/root").Message, StringComparison.Ordinal);

        // Hiding a published file takes it off the site, on change and on rescan alike.
        File.Move(Path.Combine(_scratch.Path, "content", "2024", "one.md"), Path.Combine(_scratch.Path, "content", "2024", ".one.md"));
        await RescanUntilAsync(site, articles, c => c.NewestFirst.IsEmpty);
    }

    [Fact]
    public async Task EmptyOversizedAndNonRegularFiles_AreErrors_NamingWhy_AndTheRestLoads()
    {
        _scratch.Write("content/2024/one.md", Story("one"));
        _scratch.Write("content/2024/huge.md", Story("huge", extra: "author: " + new string('x', 600 * 1024)));
        _scratch.Write("content/2024/empty.md", "");
        MakeFifo(Path.Combine(_scratch.Path, "content", "2024", "pipe.md"));

        var (_, articles) = Start(Path.Combine(_scratch.Path, "content"));

        Assert.Equal(["one"], Slugs(articles.Catalog));
        var errors = articles.Catalog.Errors.OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
        Assert.Equal(["2024/empty.md", "2024/huge.md", "2024/pipe.md"], errors.Select(e => e.Path));
        Assert.All(errors, e => Assert.False(e.IsWarning));
        Assert.StartsWith("the file is empty", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("over the limit of 512 KB (Site:MaxArticleBytes)", errors[1].Message, StringComparison.Ordinal);
        Assert.StartsWith("the file is empty (or a pipe", errors[2].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("oversized")]
    [InlineData("pipe")]
    public async Task PublishedFile_EmptiedOversizedOrReplacedByAPipe_KeepsItsLastGoodVersion(string how)
    {
        var content = _scratch.Write("content/2024/one.md", Story("one", "Good title"));
        var (_, articles) = Start(Path.GetDirectoryName(Path.GetDirectoryName(content))!);

        // An editor's truncate-then-write save, or a half-synced file, looks like this for a moment.
        switch (how)
        {
            case "empty":
                File.WriteAllText(content, "");
                break;
            case "oversized":
                File.WriteAllText(content, Story("one", extra: "author: " + new string('x', 600 * 1024)));
                break;
            default:
                File.Delete(content);
                MakeFifo(content);
                break;
        }

        var broken = await articles.WaitForAsync(c => c.Errors.Any(e => e.Path == "2024/one.md"));
        Assert.Equal("Good title", broken.ByPermalink["/2024/08/13/one"].Title);
    }

    [Fact]
    public async Task SymlinkedRoot_FlippedToAVersionWhereAFileIsBroken_KeepsItsLastGoodVersion()
    {
        _scratch.Write("v1/2024/one.md", Story("one", "Good title"));
        _scratch.Write("v2/2024/one.md", "---\ntitle: [broken\n---\n\nBody.\n");
        _scratch.Write("v2/2024/two.md", Story("two"));
        var (site, articles) = Start(FlipTo("v1"));

        FlipTo("v2");

        var flipped = await RescanUntilAsync(site, articles, c => Slugs(c) is ["one", "two"]);
        Assert.Equal("Good title", flipped.ByPermalink["/2024/08/13/one"].Title);
        Assert.Equal("2024/one.md", Assert.Single(flipped.Errors).Path);
    }

    [Fact]
    public async Task OnlyTheChangedFile_IsReadAgain()
    {
        for (var i = 0; i < 20; i++)
        {
            _scratch.Write($"content/2024/story-{i:00}.md", Story($"story-{i:00}"));
        }

        var (_, articles) = Start(Path.Combine(_scratch.Path, "content"));
        var before = articles.Catalog;

        _scratch.Write("content/2024/story-07.md", Story("story-07", "Edited"));
        var after = await articles.WaitForAsync(c => c.ByPermalink["/2024/08/13/story-07"].Title == "Edited");

        var unchanged = before.NewestFirst.Where(a => a.Slug != "story-07").ToList();
        Assert.All(unchanged, a => Assert.Same(a, after.ByPermalink[a.Permalink]));
    }

    /// <summary>Points the link "current" at a version folder the way git-sync flips: a new link renamed over the old one.</summary>
    private string FlipTo(string version)
    {
        var current = Path.Combine(_scratch.Path, "current");
        var next = Path.Combine(_scratch.Path, "current.next");
        File.CreateSymbolicLink(next, Path.Combine(_scratch.Path, version));
        Run("mv", "-T", next, current);
        return current;
    }

    private static void MakeFifo(string path) => Run("mkfifo", path);

    private static void Run(string command, params string[] arguments)
    {
        using var process = Process.Start(command, arguments);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
