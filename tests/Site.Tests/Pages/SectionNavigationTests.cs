using System.Globalization;
using Serilog.Events;
using Site.Tests.Infrastructure;

namespace Site.Tests.Pages;

/// <summary>The header's sections (Site:Sections): named by their tags, in order, with where the reader is marked.</summary>
public sealed class SectionNavigationTests : IDisposable
{
    private const string Article = "/2024/08/13/ceasefire-talks";

    private readonly ContentFolder _content = new();

    public SectionNavigationTests()
    {
        _content.Write("2024/ceasefire-talks.md", ArticleFiles.Markdown(
            title: "Ceasefire talks resume", date: "2024-08-13T10:00:00+00:00", extra: "tags:\n  - Gaza\n  - Middle East\n  - Diplomacy"));
        _content.Write("2024/rates.md", ArticleFiles.Markdown(
            title: "Rates held", date: "2024-08-12T10:00:00+00:00", extra: "tags:\n  - Economy"));
        _content.Write("2024/future.md", ArticleFiles.Markdown(
            title: "Scheduled", date: "2026-06-01T10:00:00+00:00", extra: "tags:\n  - Science"));
    }

    public void Dispose() => _content.Dispose();

    /// <summary>Four sections: configuration merges lists by index, so this replaces all of appsettings.json's four.</summary>
    private SiteFactory Site(params string[] sections)
    {
        var site = new SiteFactory(_content.Path);
        for (var i = 0; i < sections.Length; i++)
        {
            site.Settings[$"Site:Sections:{i}"] = sections[i];
        }

        return site;
    }

    private static IEnumerable<string> Links(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".site-nav a").Select(a => a.GetAttribute("href") + " " + a.TextContent);

    private static IEnumerable<string> Marked(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".site-nav a[aria-current]").Select(a => a.GetAttribute("href") + " " + a.GetAttribute("aria-current"));

    [Fact]
    public async Task Header_ListsTheSectionsInOrder_NamedByTheirTags_LeavingOutTagsNoArticleHas()
    {
        using var site = Site("middle-east", "no-such-tag", "economy", "science");
        using var client = site.CreateRawClient();

        var page = await client.GetDocumentAsync("/");

        Assert.Equal(["/ Latest", "/tags/middle-east Middle East", "/tags/economy Economy"], Links(page));
        Assert.Equal("Sections", page.QuerySelector(".site-nav")?.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task UnknownSection_IsAWarningInTheLog_NotAFailure()
    {
        using var site = Site("middle-east", "no-such-tag", "economy", "science");
        using var client = site.CreateRawClient();

        await client.GetDocumentAsync("/");

        var warning = Assert.Single(site.Logs.Events, e => e.MessageTemplate.Text.StartsWith("Site:Sections", StringComparison.Ordinal));
        Assert.Equal(LogEventLevel.Warning, warning.Level);
        Assert.Contains("no-such-tag", warning.RenderMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain("science", warning.RenderMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScheduledSection_AppearsWhenItsFirstArticleDoes()
    {
        using var site = Site("middle-east", "economy", "science", "gaza");
        using var client = site.CreateRawClient();

        var before = await client.GetDocumentAsync("/");
        site.Time.SetUtcNow(new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero));
        var after = await client.GetDocumentAsync("/");

        Assert.DoesNotContain("/tags/science Science", Links(before));
        Assert.Contains("/tags/science Science", Links(after));
    }

    [Fact]
    public async Task EachPage_MarksWhereTheReaderIs_PageOnItsOwnPage_TrueWithinIt()
    {
        using var site = Site("economy", "middle-east", "gaza", "science");
        using var client = site.CreateRawClient();

        var home = await client.GetDocumentAsync("/");
        var section = await client.GetDocumentAsync("/tags/middle-east");
        var article = await client.GetDocumentAsync(Article);
        var otherTopic = await client.GetDocumentAsync("/tags/diplomacy");

        Assert.Equal(["/ page"], Marked(home));
        Assert.Equal(["/tags/middle-east page"], Marked(section));
        // The article's first tag that is a section (Gaza comes first in the article).
        Assert.Equal(["/tags/gaza true"], Marked(article));
        Assert.Empty(Marked(otherTopic));
    }
}
