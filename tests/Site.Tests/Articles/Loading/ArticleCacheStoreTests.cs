using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;
using Serilog.Extensions.Logging;
using Site.Articles;
using Site.Articles.Loading;
using Site.Tests.Infrastructure;

namespace Site.Tests.Articles.Loading;

/// <summary>
/// The article cache's file as untrusted input: whatever is found at its path (a pipe, a link to a
/// device, a huge sparse file) costs one warning and a parse, never the start; what it writes is
/// readable by this user alone, and writers sharing the path never undo each other.
/// </summary>
public sealed class ArticleCacheStoreTests : IDisposable
{
    private static readonly DateTime Saved = new(2024, 8, 14, 9, 0, 0, DateTimeKind.Utc);

    private readonly ContentFolder _content = new();
    private readonly ContentFolder _cacheRoot = new();
    private readonly LogCapture _logs = new();
    private readonly Serilog.Core.Logger _serilog;
    private readonly SerilogLoggerFactory _loggers;

    public ArticleCacheStoreTests()
    {
        _serilog = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(_logs).CreateLogger();
        _loggers = new SerilogLoggerFactory(_serilog);
    }

    private string CacheFolder => Path.Combine(_cacheRoot.Path, "cache");

    private IEnumerable<LogEvent> Warnings => _logs.Events.Where(e => e.Level >= LogEventLevel.Warning);

    public void Dispose()
    {
        _loggers.Dispose();
        _serilog.Dispose();
        _content.Dispose();
        _cacheRoot.Dispose();
    }

    [Fact]
    public async Task Read_PipeAtTheCachePath_ReturnsPromptlyWithOneWarning()
    {
        var cache = Cache();
        Directory.CreateDirectory(CacheFolder);
        using (var mkfifo = Process.Start("mkfifo", [cache.FilePath!]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var reading = Task.Run(() => cache.Read(Scan(10)));
        try
        {
            var first = await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(10)));
            Assert.True(first == reading, "reading the cache waited for a writer to the pipe");
            Assert.Empty(await reading);
            Assert.Single(Warnings);
        }
        finally
        {
            if (!reading.IsCompleted)
            {
                // A writer, then its end of file, lets the blocked read finish.
                new FileStream(cache.FilePath!, FileMode.Open, FileAccess.Write).Dispose();
            }
        }
    }

    [Fact]
    public void Read_LinkToADeviceAtTheCachePath_IsRefusedWithOneWarning()
    {
        var cache = Cache();
        Directory.CreateDirectory(CacheFolder);
        File.CreateSymbolicLink(cache.FilePath!, "/dev/zero");

        var entries = cache.Read(Scan(10));

        Assert.Empty(entries);
        Assert.Single(Warnings);
    }

    [Fact]
    public void Read_FileFarLargerThanItsContentCouldMake_IsRefusedUnreadWithOneWarning()
    {
        var cache = Cache();
        Directory.CreateDirectory(CacheFolder);
        using (var sparse = new FileStream(cache.FilePath!, FileMode.CreateNew, FileAccess.Write))
        {
            sparse.SetLength(1536L << 20);
        }

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var entries = cache.Read(Scan(10));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Empty(entries);
        Assert.Single(Warnings);
        Assert.True(allocated < 16 << 20, $"refusing the cache allocated {allocated} bytes");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Write_FileIsReadableByThisUserAlone_AndSoIsAFolderItMakes(bool folderExists)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (folderExists)
        {
            Directory.CreateDirectory(CacheFolder);
        }

        var cache = Cache();

        cache.WriteInBackground(_content.Path, Entries(3));
        await cache.FlushAsync();

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(cache.FilePath!));
        if (!folderExists)
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(CacheFolder));
        }

        Assert.Empty(Warnings);
    }

    [Fact]
    public async Task Write_TwoSitesSharingTheCachePathInOneProcess_BothWriteAndTheFileReadsBack()
    {
        // Replicas on a shared volume can have the same process id (1, in containers): here, two in one process.
        var first = Cache();
        var second = Cache();
        var entries = Entries(2000);

        for (var round = 0; round < 5; round++)
        {
            first.WriteInBackground(_content.Path, entries);
            second.WriteInBackground(_content.Path, entries);
            await Task.WhenAll(first.FlushAsync(), second.FlushAsync());
        }

        Assert.Empty(Warnings);
        Assert.Equal(2000, first.Read(Scan(2000)).Count);
        Assert.Equal([Path.GetFileName(first.FilePath!)], Directory.GetFiles(CacheFolder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Write_RemovesTemporaryFilesLeftByEarlierRuns_ButNotOneAnotherWriterIsWritingNow()
    {
        var cache = Cache();
        Directory.CreateDirectory(CacheFolder);
        var killed = cache.FilePath + ".1.tmp";
        var writing = cache.FilePath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var unrelated = Path.Combine(CacheFolder, "other.bin.1.tmp");
        foreach (var file in new[] { killed, writing, unrelated })
        {
            File.WriteAllText(file, "partial");
        }

        File.SetLastWriteTimeUtc(killed, DateTime.UtcNow.AddHours(-1));
        File.SetLastWriteTimeUtc(unrelated, DateTime.UtcNow.AddHours(-1));

        cache.WriteInBackground(_content.Path, Entries(3));
        await cache.FlushAsync();

        Assert.False(File.Exists(killed));
        Assert.True(File.Exists(writing));
        Assert.True(File.Exists(unrelated));
        Assert.Equal(3, cache.Read(Scan(3)).Count);
    }

    private ArticleCache Cache() => new(
        Options.Create(new ContentOptions { ContentPath = _content.Path, CachePath = CacheFolder }),
        new TestHostEnvironment(),
        TestImages.LeadImages,
        TimeProvider.System,
        _loggers.CreateLogger<ArticleCache>());

    /// <summary>A scan of the content folder finding this many small files.</summary>
    private ContentScan Scan(int files) => new()
    {
        Root = _content.Path,
        Files = [.. Enumerable.Range(0, files).Select(i => new ContentFile($"{i}.md", Path.Combine(_content.Path, $"{i}.md"), 2000, Saved))],
    };

    private static List<ArticleCacheEntry> Entries(int count)
    {
        var article = TestParser.Parse(ArticleFiles.Markdown(body: string.Join(' ', Enumerable.Repeat("A sentence of the body.", 60)))).Article!;
        return [.. Enumerable.Range(0, count).Select(i => new ArticleCacheEntry($"{i}.md", 2000, Saved, article))];
    }
}
