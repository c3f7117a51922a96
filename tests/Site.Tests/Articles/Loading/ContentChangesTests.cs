using Site.Articles.Loading;
using Site.Articles.Model;
using Site.Articles.Parsing;
using Site.Tests.Infrastructure;

namespace Site.Tests.Articles.Loading;

/// <summary>The plan of what a scan changes, worked out without a disk.</summary>
public sealed class ContentChangesTests
{
    private static readonly DateTime Noon = new(2024, 8, 13, 12, 0, 0, DateTimeKind.Utc);

    private static ContentFile File(string path, long length = 100, DateTime? written = null) =>
        new(path, "/content/" + path, length, written ?? Noon);

    private static Article Article(string path) =>
        TestParser.Parser.Parse(path, ArticleFiles.Markdown(title: "Story " + path, extra: "slug: " + Path.GetFileNameWithoutExtension(path)), "en").Article!;

    private static Dictionary<string, LoadedFile> Loaded(params ContentFile[] files) =>
        files.ToDictionary(f => f.RelativePath, f => new LoadedFile(f, Article(f.RelativePath), []), StringComparer.Ordinal);

    private static ContentScan Scan(params ContentFile[] files) => new() { Root = "/content", Files = [.. files] };

    [Fact]
    public void Between_NothingLoaded_ReadsEveryFile()
    {
        var changes = ContentChanges.Between(Loaded(), Scan(File("2024/a.md"), File("2024/b.md")));

        Assert.Equal(["2024/a.md", "2024/b.md"], changes.Changed.Select(f => f.RelativePath));
        Assert.Empty(changes.Gone);
        Assert.False(changes.IsEmpty);
    }

    [Fact]
    public void Between_TheSameSizesAndTimes_IsEmpty()
    {
        var changes = ContentChanges.Between(Loaded(File("2024/a.md")), Scan(File("2024/a.md")));

        Assert.True(changes.IsEmpty);
    }

    [Theory]
    [InlineData(101, 0)]
    [InlineData(100, 1)]
    public void Between_AnotherSizeOrTime_ReadsTheFileAgain(long length, int secondsLater)
    {
        var changes = ContentChanges.Between(Loaded(File("2024/a.md")), Scan(File("2024/a.md", length, Noon.AddSeconds(secondsLater))));

        Assert.Equal("2024/a.md", Assert.Single(changes.Changed).RelativePath);
    }

    [Fact]
    public void Between_AFileTheScanNoLongerFinds_IsGone()
    {
        var changes = ContentChanges.Between(Loaded(File("2024/a.md"), File("2024/b.md")), Scan(File("2024/a.md")));

        Assert.Equal("2024/b.md", Assert.Single(changes.Gone));
        Assert.Empty(changes.Changed);
    }

    [Fact]
    public void Between_AFileUnderAFolderThatCannotBeReadNow_IsKept_NotGone()
    {
        var scan = Scan(File("2024/a.md")) with { Unreadable = ["2023/"] };

        var changes = ContentChanges.Between(Loaded(File("2024/a.md"), File("2023/old.md")), scan);

        Assert.True(changes.IsEmpty);
        Assert.Equal("2023/old.md", Assert.Single(changes.Kept).File.RelativePath);
    }

    [Fact]
    public void Apply_AFileThatNowFails_KeepsItsLastGoodArticle_BesideItsErrors()
    {
        var before = Loaded(File("2024/a.md"));
        var edited = File("2024/a.md", length: 7);
        var scan = Scan(edited);
        var error = new ContentError("2024/a.md", 2, "'title' is required");

        var after = ContentChanges.Between(before, scan).Apply(before, scan, new Dictionary<string, ArticleParseResult> { ["2024/a.md"] = ArticleParseResult.Failed(error) });

        var loaded = Assert.Single(after.Values);
        Assert.Same(before["2024/a.md"].Article, loaded.Article);
        Assert.Equal(edited, loaded.File);
        Assert.Equal([error], loaded.Errors);
    }

    [Fact]
    public void Apply_KeepsUnchangedFilesAsLoaded_TakesNewResults_AndDropsTheGone()
    {
        var before = Loaded(File("2024/a.md"), File("2024/b.md"), File("2024/c.md"));
        var scan = Scan(File("2024/a.md"), File("2024/b.md", length: 200));
        var rewritten = Article("2024/b.md");

        var after = ContentChanges.Between(before, scan).Apply(before, scan, new Dictionary<string, ArticleParseResult> { ["2024/b.md"] = ArticleParseResult.Parsed(rewritten) });

        Assert.Equal(["2024/a.md", "2024/b.md"], after.Keys.Order(StringComparer.Ordinal));
        Assert.Same(before["2024/a.md"], after["2024/a.md"]);
        Assert.Same(rewritten, after["2024/b.md"].Article);
    }
}
