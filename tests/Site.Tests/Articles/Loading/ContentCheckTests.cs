using Microsoft.Extensions.Time.Testing;
using Site.Articles.Loading;
using Site.Tests.Infrastructure;

namespace Site.Tests.Articles.Loading;

public sealed class ContentCheckTests : IDisposable
{
    private readonly ContentFolder _content = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _content.Dispose();

    private (int Exit, string[] Lines) Check(params string[] args) => CheckFrom(Environment.CurrentDirectory, args);

    private (int Exit, string[] Lines) CheckFrom(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter();
        var exit = ContentCheck.Run([_content.Path, .. args], output, _time, workingDirectory);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Check_GoodFolder_ExitsZero_AndCountsTheArticles()
    {
        _content.Write("2024/one.md", ArticleFiles.Markdown(extra: "slug: one"));

        var (exit, lines) = Check();

        Assert.Equal(0, exit);
        Assert.Equal("1 file, 1 article, 0 errors, 0 warnings", Assert.Single(lines));
    }

    [Fact]
    public void Check_Problems_ArePrintedAsPathLineSeverityMessage_AndAnErrorExitsOne()
    {
        _content.Write("2024/one.md", ArticleFiles.Markdown(extra: "slug: one"));
        _content.Write("2024/two.md", ArticleFiles.Markdown(date: "2025-02-30T10:00:00+00:00", extra: "slug: two"));
        _content.Write("2024/.draft.md", ArticleFiles.Markdown(extra: "slug: hidden"));

        var (exit, lines) = Check();

        Assert.Equal(1, exit);
        Assert.StartsWith(Path.Combine(_content.Path, "2024/.draft.md") + ":1: warning: skipped", lines[0], StringComparison.Ordinal);
        Assert.StartsWith(Path.Combine(_content.Path, "2024/two.md") + ":3: error: 'date' day 30 does not exist in February 2025", lines[1], StringComparison.Ordinal);
        Assert.Equal("2 files, 1 article, 1 error, 1 warning", lines[^1]);
    }

    [Fact]
    public void Check_GitHubFormat_WritesAnnotations()
    {
        _content.Write("2024/two.md", ArticleFiles.Markdown(date: "2025-02-30T10:00:00+00:00", extra: "slug: two"));

        var (exit, lines) = Check("--format", "github");

        Assert.Equal(1, exit);
        Assert.StartsWith($"::error file={Path.Combine(_content.Path, "2024/two.md")},line=3::'date' day 30", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ScheduledArticle_IsNamedWithItsTime_AndIsNotAnError()
    {
        _content.Write("2024/one.md", ArticleFiles.Markdown(extra: "slug: one"));
        _content.Write("2026/later.md", ArticleFiles.Markdown(date: "2026-01-01T15:00:00+00:00", extra: "slug: later"));

        var (exit, lines) = Check();

        Assert.Equal(0, exit);
        Assert.Equal([Path.Combine(_content.Path, "2026/later.md") + ": scheduled for 2026-01-01T15:00:00+00:00", "2 files, 2 articles, 0 errors, 0 warnings"], lines);
    }

    [Fact]
    public void Check_GitHubFormat_WritesANoticeForAScheduledArticle()
    {
        _content.Write("2026/later.md", ArticleFiles.Markdown(date: "2026-01-01T15:00:00+00:00", extra: "slug: later"));

        var (exit, lines) = Check("--format", "github");

        Assert.Equal(0, exit);
        Assert.Equal($"::notice file={Path.Combine(_content.Path, "2026/later.md")}::scheduled for 2026-01-01T15:00:00+00:00", lines[0]);
    }

    [Fact]
    public void Check_FileUnderTheWorkingDirectory_IsShownRelativeToIt()
    {
        _content.Write("2024/two.md", ArticleFiles.Markdown(date: "2025-02-30T10:00:00+00:00", extra: "slug: two"));
        var parent = Path.GetDirectoryName(_content.Path)!;

        var (_, lines) = CheckFrom(parent);

        Assert.StartsWith(Path.Combine(Path.GetFileName(_content.Path), "2024", "two.md") + ":3: error: ", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RelativeFolderArgument_IsShownFromTheWorkingDirectory()
    {
        _content.Write("2024/two.md", ArticleFiles.Markdown(date: "2025-02-30T10:00:00+00:00", extra: "slug: two"));
        var parent = Path.GetDirectoryName(_content.Path)!;
        using var output = new StringWriter();

        ContentCheck.Run([Path.Combine(".", Path.GetFileName(_content.Path))], output, _time, parent);

        Assert.StartsWith(Path.Combine(Path.GetFileName(_content.Path), "2024", "two.md") + ":3: error: ", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FileOutsideTheWorkingDirectory_IsShownInFull()
    {
        _content.Write("2024/two.md", ArticleFiles.Markdown(date: "2025-02-30T10:00:00+00:00", extra: "slug: two"));

        var (_, lines) = CheckFrom(Path.Combine(_content.Path, "2024", "elsewhere"));

        Assert.StartsWith(Path.Combine(_content.Path, "2024", "two.md") + ":3: error: ", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingFolder_IsAnError()
    {
        using var output = new StringWriter();

        var exit = ContentCheck.Run([Path.Combine(_content.Path, "nowhere")], output);

        Assert.Equal(1, exit);
        Assert.Contains("does not exist", output.ToString(), StringComparison.Ordinal);
    }
}
