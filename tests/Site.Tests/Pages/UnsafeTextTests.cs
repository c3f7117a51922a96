using System.Net;
using System.Xml;
using Site.Tests.Infrastructure;

namespace Site.Tests.Pages;

/// <summary>
/// An article with text no page or feed can carry (a control character in the body, or one made
/// by a YAML escape in the title) is reported and kept off the site; the feed, the sitemap and
/// every other article go on being served.
/// </summary>
public sealed class UnsafeTextTests : IDisposable
{
    private readonly ContentFolder _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("title: Bad story\nslug: bad-story", "A form feed\f in the body.")]
    [InlineData("title: \"Bad \\a story\"\nslug: bad-story", "Fine body.")]
    [InlineData("title: Bad story\nslug: bad-story\nsummary: \"Nul \\0 here\"", "Fine body.")]
    public async Task ArticleWithUnsafeText_IsLeftOut_AndEverythingElseIsServed(string frontMatter, string body)
    {
        _content.Write("good-story.md", ArticleFiles.Markdown(title: "Good story"));
        _content.Write("bad-story.md", $"---\n{frontMatter}\ndate: 2024-08-14T10:00:00+00:00\n{(frontMatter.Contains("summary", StringComparison.Ordinal) ? "" : "summary: Fine.\n")}---\n\n{body}\n");
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        using var feed = await client.GetAsync("/feed.xml");
        using var sitemap = await client.GetAsync("/sitemap.xml");
        using var bad = await client.GetAsync("/2024/08/14/bad-story");
        using var good = await client.GetAsync("/2024/08/13/good-story");

        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        using (var reader = XmlReader.Create(await feed.Content.ReadAsStreamAsync()))
        {
            while (reader.Read())
            {
                // Reading to the end proves the feed is well-formed XML.
            }
        }

        Assert.Equal(HttpStatusCode.OK, sitemap.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, bad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Contains(site.Logs.Events, e => e.RenderMessage(null).Contains("bad-story.md", StringComparison.Ordinal) && e.RenderMessage(null).Contains("U+00", StringComparison.Ordinal));
    }
}
