using System.Text.RegularExpressions;

namespace Site.Tests.Docs;

/// <summary>
/// The README and the pages under docs/ stay usable: every relative link leads to a file or
/// folder that exists, and the README stays short enough to read in a few minutes.
/// </summary>
public sealed partial class DocumentationLinksTests
{
    private const int ReadmeMaxLines = 200;

    /// <summary>README.md and every docs/*.md, as paths relative to the repository's root.</summary>
    public static TheoryData<string> Documents()
    {
        var documents = new TheoryData<string> { "README.md" };
        var docs = Path.Combine(RepositoryRoot.Path, "docs");
        if (Directory.Exists(docs))
        {
            foreach (var file in Directory.GetFiles(docs, "*.md").Order(StringComparer.Ordinal))
            {
                documents.Add(Path.GetRelativePath(RepositoryRoot.Path, file).Replace('\\', '/'));
            }
        }

        return documents;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void RelativeLink_InEveryMarkdownDocument_Resolves(string document)
    {
        var path = Path.Combine(RepositoryRoot.Path, document);
        var folder = Path.GetDirectoryName(path)!;

        var broken = RelativeLinks(File.ReadAllLines(path))
            .Where(link => !File.Exists(Path.Combine(folder, link.Target)) && !Directory.Exists(Path.Combine(folder, link.Target)))
            .Select(link => $"{document}:{link.Line}: ({link.Target}) leads nowhere")
            .ToList();

        Assert.True(broken.Count == 0, string.Join(Environment.NewLine, broken));
    }

    [Fact]
    public void Readme_HasAtMostTwoHundredLines()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "README.md")).Length;

        Assert.True(lines <= ReadmeMaxLines, $"README.md has {lines} lines; at most {ReadmeMaxLines}. Move the detail into docs/.");
    }

    [Fact]
    public void DocsFolder_HoldsMarkdownDocuments()
    {
        Assert.True(Documents().Count > 1, "No docs/*.md found beside README.md.");
    }

    [Fact]
    public void LinkExtraction_SkipsAbsoluteLinksAnchorsAndCode_AndStripsFragments()
    {
        string[] lines =
        [
            "[a](docs/a.md#part) [b](https://example.com) [c](mailto:x@example.com) [d](#top)",
            "`[e](in-a-code-span.md)` ![f](images/f.png \"title\") [g](<with space.md>)",
            "```",
            "[h](in-a-fence.md)",
            "```",
            "[i](http://example.com/i) [j](../up.md)",
        ];

        var links = RelativeLinks(lines).ToList();

        Assert.Equal(["docs/a.md", "images/f.png", "with space.md", "../up.md"], links.Select(link => link.Target));
        Assert.Equal([1, 2, 2, 6], links.Select(link => link.Line));
    }

    /// <summary>The relative targets of the Markdown links <c>[text](target)</c> outside code, without their fragments.</summary>
    private static IEnumerable<(int Line, string Target)> RelativeLinks(string[] lines)
    {
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                continue;
            }

            foreach (Match match in Link().Matches(CodeSpan().Replace(line, "")))
            {
                var target = match.Groups["target"].Value.Trim();
                if (target.StartsWith('<') && target.EndsWith('>'))
                {
                    target = target[1..^1];
                }

                if (target.Length == 0
                    || target.StartsWith('#')
                    || target.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                    || target.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                    || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var fragment = target.IndexOf('#', StringComparison.Ordinal);
                yield return (i + 1, Uri.UnescapeDataString(fragment < 0 ? target : target[..fragment]));
            }
        }
    }

    /// <summary><c>[text](target)</c> or <c>[text](target "title")</c>; the target may be in angle brackets.</summary>
    [GeneratedRegex("""\[[^\]]*\]\((?<target><[^>]*>|[^)\s]*)(?:\s+"[^"]*")?\)""")]
    private static partial Regex Link();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex CodeSpan();
}
