using Site.Articles;
using Site.Tests.Infrastructure;

namespace Site.Tests.Articles;

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
        Assert.DoesNotContain("<a ", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](<javascript:alert(1)>)")]
    [InlineData("[click](javascript:alert%281%29)")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](java\tscript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox)")]
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
    [InlineData("[a](https://example.com/x?y=1)", "https://example.com/x?y=1")]
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
        Assert.Equal("<p>“Quoted,” he said. Russia’s.</p>\n", Render("“Quoted,” he said. Russia’s."));
    }

    [Fact]
    public void Render_PipeTable_IsATable()
    {
        Assert.Contains("<table>", Render("| a | b |\n|---|---|\n| 1 | 2 |"), StringComparison.Ordinal);
    }
}
