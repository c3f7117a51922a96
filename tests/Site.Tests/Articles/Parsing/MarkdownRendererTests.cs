using Site.Articles.Parsing;
using Site.Tests.Infrastructure;

namespace Site.Tests.Articles.Parsing;

public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static string Render(string markdown) => Renderer.ToHtml(Renderer.Parse(markdown));

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Text <script>alert(1)</script> inline")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    public void Render_RawHtml_IsWrittenAsText(string markdown)
    {
        var html = Render(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
        Assert.All(Html.Parse(html).QuerySelectorAll("a, [onerror], [src]"), e => Assert.Equal("para-link", e.ClassName));
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](<javascript:alert(1)>)")]
    [InlineData("[click](javascript:alert%281%29)")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](java\tscript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("<javascript:alert(document.domain)>")]
    [InlineData("<JAVASCRIPT:alert(1)>")]
    [InlineData("<vbscript:msgbox>")]
    [InlineData("<data:text/html;base64,PHNjcmlwdD4=>")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("[click][ref]\n\n[ref]: javascript:alert(1)")]
    public void Render_LinkWithScriptScheme_LosesItsAddress(string markdown)
    {
        var addresses = Html.Parse(Render(markdown)).QuerySelectorAll("[href], [src]")
            .SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") })
            .OfType<string>()
            .Select(a => a.Replace("\t", "", StringComparison.Ordinal));

        Assert.All(addresses, a => Assert.DoesNotMatch("(?i)^(javascript|vbscript|data):", a));
    }

    [Theory]
    [InlineData("Before [click *here*](javascript:alert(1)) after", "Before click here after")]
    [InlineData("Before [click][ref] after\n\n[ref]: data:text/html,x", "Before click after")]
    [InlineData("Before ![a photo](vbscript:msgbox) after", "Before a photo after")]
    [InlineData("Before ftp://files.example.com/a after", "Before ftp://files.example.com/a after")]
    [InlineData("Before <javascript:alert(1)> after", "Before <javascript:alert(1)> after")]
    public void Render_LinkWithUnsafeOrUnknownScheme_IsPlainTextWithNoAnchor(string markdown, string text)
    {
        var paragraph = Html.Parse(Render(markdown)).QuerySelector("p")!;

        Assert.Empty(paragraph.QuerySelectorAll("a:not(.para-link), img"));
        Assert.Equal(text, Html.TextWithoutParagraphLink(paragraph));
    }

    [Theory]
    [InlineData("[a](https://example.com/x?y=1)", "https://example.com/x?y=1")]
    [InlineData("<https://example.com/auto>", "https://example.com/auto")]
    [InlineData("<desk@example.com>", "mailto:desk@example.com")]
    [InlineData("[a](http://example.com)", "http://example.com")]
    [InlineData("[a](mailto:desk@example.com)", "mailto:desk@example.com")]
    [InlineData("[a](/2024/08/13/story)", "/2024/08/13/story")]
    [InlineData("[a](#note)", "#note")]
    [InlineData("[a](other/page:1)", "other/page:1")]
    public void Render_SafeLink_IsKept(string markdown, string href)
    {
        Assert.Contains($"href=\"{href}\"", Render(markdown), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TypographicQuotes_AreKeptAsWritten()
    {
        var paragraph = Html.Parse(Render("“Quoted,” he said. Russia’s.")).QuerySelector("p")!;

        Assert.Equal("“Quoted,” he said. Russia’s.", Html.TextWithoutParagraphLink(paragraph));
    }

    [Fact]
    public void Render_EachParagraph_GetsAStableIdAndALinkToItself()
    {
        var html = Html.Parse(Render("First paragraph.\n\nSecond *paragraph*."));

        var paragraphs = html.QuerySelectorAll("p").ToList();
        Assert.Equal([ParagraphPermalinks.IdFor("First paragraph."), ParagraphPermalinks.IdFor("Second *paragraph*.")], paragraphs.Select(p => p.Id));
        Assert.All(paragraphs, p => Assert.Matches("^p-[0-9a-f]{8}$", p.Id));
        var link = paragraphs[1].QuerySelector("a.para-link")!;
        Assert.Equal("#" + paragraphs[1].Id, link.GetAttribute("href"));
        Assert.Equal("Link to this paragraph", link.GetAttribute("aria-label"));
    }

    [Fact]
    public void Render_ParagraphId_SurvivesEditsElsewhere_AndChangesWithItsOwnText()
    {
        static string IdOfSecond(string markdown) => Html.Parse(Render(markdown)).QuerySelectorAll("p")[1].Id!;

        var before = IdOfSecond("Intro.\n\nThe quoted line.");
        var afterEditAbove = IdOfSecond("A rewritten intro, longer.\n\nThe quoted line.");
        var afterOwnEdit = IdOfSecond("Intro.\n\nThe quoted line, corrected.");

        Assert.Equal(before, afterEditAbove);
        Assert.NotEqual(before, afterOwnEdit);
    }

    [Fact]
    public void Render_RepeatedParagraph_GetsADistinctId()
    {
        var ids = Html.Parse(Render("Same.\n\nSame.\n\nSame.")).QuerySelectorAll("p").Select(p => p.Id).ToList();

        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal(ids[0] + "-2", ids[1]);
    }

    [Fact]
    public void Render_NestedParagraphs_HaveNoPermalink()
    {
        var html = Html.Parse(Render("> Quoted.\n\n- item one\n\n- item two"));

        Assert.Empty(html.QuerySelectorAll("blockquote p[id], li p[id], a.para-link"));
    }

    [Fact]
    public void PlainText_HasNoParagraphLinkMarks()
    {
        Assert.DoesNotContain("¶", Renderer.ToPlainText(Renderer.Parse("One.\n\nTwo.")), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PipeTable_IsATable()
    {
        Assert.Contains("<table>", Render("| a | b |\n|---|---|\n| 1 | 2 |"), StringComparison.Ordinal);
    }

    [Fact]
    public void ParagraphId_IsStableAcrossReleases()
    {
        // Links to single paragraphs are shared; the ids must never change for unchanged text.
        var html = Renderer.ToHtml(Renderer.Parse("“We are watching with great pain and anxiety,” Putin said."));

        Assert.Equal("p-41cb72a5", Html.Parse(html).QuerySelector("p")?.Id);
    }
}
