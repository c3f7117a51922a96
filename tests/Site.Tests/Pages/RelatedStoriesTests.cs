using Site.Tests.Infrastructure;

namespace Site.Tests.Pages;

/// <summary>"More on {section}" under each article: up to four others sharing its tags, after the share box.</summary>
public sealed class RelatedStoriesTests : IDisposable
{
    private readonly ContentFolder _content = new();

    public void Dispose() => _content.Dispose();

    private void Write(string slug, int day, params string[] tags) =>
        _content.Write($"2024/{slug}.md", ArticleFiles.Markdown(
            title: $"Headline {slug}",
            date: $"2024-08-{day:00}T10:00:00+00:00",
            extra: tags.Length == 0 ? "" : "tags:\n" + string.Concat(tags.Select(t => $"  - {t}\n")).TrimEnd('\n')));

    private SiteFactory Site()
    {
        var site = new SiteFactory(_content.Path);
        string[] sections = ["economy", "middle-east", "science", "sport"];
        for (var i = 0; i < sections.Length; i++)
        {
            site.Settings[$"Site:Sections:{i}"] = sections[i];
        }

        return site;
    }

    [Fact]
    public async Task ArticlePage_ListsFourRelated_AfterTheShareBox_HeadedByItsSection()
    {
        Write("this", 10, "Gaza", "Middle East", "Diplomacy");
        Write("a", 1, "Gaza", "Middle East", "Diplomacy");
        Write("b", 2, "Gaza");
        Write("c", 3, "Middle East", "Diplomacy");
        Write("d", 4, "Diplomacy");
        Write("e", 5, "Diplomacy");
        Write("unrelated", 6, "Economy");
        using var site = Site();
        using var client = site.CreateRawClient();

        var page = await client.GetDocumentAsync("/2024/08/10/this");

        var related = page.QuerySelector("section.related");
        Assert.NotNull(related);
        Assert.Equal("share", related.PreviousElementSibling?.ClassName);
        Assert.Equal("More on Middle East", related.QuerySelector("h2")?.TextContent);
        Assert.Equal(["/2024/08/01/a", "/2024/08/03/c", "/2024/08/05/e", "/2024/08/04/d"], related.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Headline a", related.QuerySelector("a")?.TextContent);
        Assert.Equal("2024-08-01T10:00:00+00:00", related.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Empty(related.QuerySelectorAll("img"));
    }

    [Fact]
    public async Task ArticleWithoutASectionTag_IsHeadedByItsFirstTag_AndWithoutTags_ByMoreStories()
    {
        Write("tagged", 10, "Diplomacy", "Gaza");
        Write("other", 9, "Gaza");
        using var site = Site();
        using var client = site.CreateRawClient();

        var page = await client.GetDocumentAsync("/2024/08/10/tagged");

        Assert.Equal("More on Diplomacy", page.QuerySelector(".related h2")?.TextContent);
    }

    [Fact]
    public async Task ArticleSharingNoTag_HasNoRelatedBlock()
    {
        Write("alone", 10, "Gaza");
        Write("untagged", 9);
        Write("other", 8, "Economy");
        using var site = Site();
        using var client = site.CreateRawClient();

        var alone = await client.GetDocumentAsync("/2024/08/10/alone");
        var untagged = await client.GetDocumentAsync("/2024/08/09/untagged");

        Assert.Null(alone.QuerySelector(".related"));
        Assert.Null(untagged.QuerySelector(".related"));
    }

    [Fact]
    public async Task ScheduledArticle_JoinsTheRelatedStories_WhenItsTimeComes()
    {
        Write("this", 10, "Gaza");
        Write("older", 9, "Gaza");
        _content.Write("2026/later.md", ArticleFiles.Markdown(title: "Later", date: "2026-02-01T10:00:00+00:00", extra: "slug: later\ntags:\n  - Gaza"));
        using var site = Site();
        using var client = site.CreateRawClient();

        var before = await client.GetDocumentAsync("/2024/08/10/this");
        site.Time.SetUtcNow(new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero));
        var after = await client.GetDocumentAsync("/2024/08/10/this");

        Assert.Equal(["/2024/08/09/older"], before.QuerySelectorAll(".related a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/2026/02/01/later", "/2024/08/09/older"], after.QuerySelectorAll(".related a").Select(a => a.GetAttribute("href")));
    }
}
