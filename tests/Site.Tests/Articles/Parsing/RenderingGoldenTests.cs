using Site.Articles.Parsing;

namespace Site.Tests.Articles.Parsing;

/// <summary>
/// Golden files, in the way of Markdig's spec tests: each Fixtures/Rendering/x.md is rendered by
/// the site's one pipeline and compared with x.html beside it. To change an expected output,
/// edit the .html file and review the difference like any other change.
/// </summary>
public sealed class RenderingGoldenTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Rendering");

    public static TheoryData<string> Cases() => [.. Directory.GetFiles(Folder, "*.md").Select(f => Path.GetFileNameWithoutExtension(f)).Order()];

    [Fact]
    public void Fixtures_EveryMarkdownFileHasItsExpectedHtml()
    {
        var markdown = Directory.GetFiles(Folder, "*.md").Select(Path.GetFileNameWithoutExtension);
        var html = Directory.GetFiles(Folder, "*.html").Select(Path.GetFileNameWithoutExtension);

        Assert.NotEmpty(markdown);
        Assert.Equal(markdown.Order(), html.Order());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_Fixture_MatchesItsGoldenHtml(string name)
    {
        // A checkout may turn line ends into CRLF; the pairs are about content, not line ends.
        var markdown = File.ReadAllText(Path.Combine(Folder, name + ".md")).ReplaceLineEndings("\n");
        var expected = File.ReadAllText(Path.Combine(Folder, name + ".html")).ReplaceLineEndings("\n");

        var html = Renderer.ToHtml(Renderer.Parse(markdown));

        Assert.Equal(expected, html);
    }
}
