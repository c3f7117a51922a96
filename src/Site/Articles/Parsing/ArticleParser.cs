using System.Runtime.InteropServices;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Site.Articles.FrontMatter;
using Site.Articles.Images;
using Site.Articles.Model;
using Site.Articles.Text;

namespace Site.Articles.Parsing;

/// <summary>
/// Turns one Markdown file into an <see cref="Article"/>, or into the list of everything wrong
/// with it. The file is parsed once: the front matter block is taken from the Markdig document
/// and read with YamlDotNet; the rest of the same document is rendered to HTML.
/// </summary>
public sealed class ArticleParser(MarkdownRenderer renderer, LeadImages images)
{
    private const int ExcerptLength = 200;
    private const int MaxCharacterErrors = 10;

    /// <summary>Parses a file's bytes, which must be UTF-8 (a byte order mark is allowed).</summary>
    public ArticleParseResult Parse(string path, byte[] utf8, string defaultLanguage)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        return Utf8Text.TryDecode(utf8, out var markdown, out var badLine)
            ? Parse(path, markdown, defaultLanguage)
            : ArticleParseResult.Failed(new ContentError(path, badLine,
                "the file is not UTF-8 text (first bad byte on this line): save the file as UTF-8"));
    }

    public ArticleParseResult Parse(string path, string markdown, string defaultLanguage)
    {
        ArgumentNullException.ThrowIfNull(markdown);

        // File.ReadAllText drops a byte order mark; text handed over by other means may still have one.
        markdown = markdown.TrimStart('\uFEFF');
        var lines = TextLines.Ranges(markdown);
        var errors = FirstChecks(path, markdown, lines);
        if (errors.Count > 0)
        {
            return Failed(errors, lines);
        }

        MarkdownDocument document;
        try
        {
            document = renderer.Parse(markdown);
        }
        catch (ArgumentException)
        {
            return Failed([TooDeep(path)], lines);
        }

        var block = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (block is null || block.Line != 0)
        {
            return Failed([new ContentError(path, 1, IsFence(markdown, lines[0], "---")
                ? "the front matter is not closed: add a '---' line after the last key"
                : "no front matter: the file must begin with a '---' line, then YAML keys (title, date, summary), then '---'")], lines);
        }

        // The YAML starts on the line after the opening '---' (Markdig lines are zero-based).
        var reader = new FrontMatterReader(path, block.Line + 2, images);
        var frontMatter = reader.Read(block.Lines.ToString());
        errors.AddRange(reader.Errors);

        var bodyLine = block.Line + block.Lines.Count + 3;
        if (!document.Any(b => b is not YamlFrontMatterBlock))
        {
            errors.Add(new ContentError(path, bodyLine, "the article has no body text after the front matter"));
        }

        string? slug = null;
        if (frontMatter is not null)
        {
            slug = frontMatter.Slug ?? DefaultSlug(path, frontMatter.Title);
            if (slug.Length == 0)
            {
                errors.Add(new ContentError(path, block.Line + 2,
                    $"no slug can be made from the file name or the title '{frontMatter.Title}': add a 'slug' key"));
            }
        }

        if (errors.Count > 0 || frontMatter is null || slug is null)
        {
            return Failed(errors, lines);
        }

        document.Remove(block);
        string plainText, html;
        try
        {
            (plainText, html) = (renderer.ToPlainText(document), renderer.ToHtml(document));
        }
        catch (ArgumentException)
        {
            return Failed([TooDeep(path)], lines);
        }

        return ArticleParseResult.Parsed(new Article
        {
            Title = frontMatter.Title,
            Slug = slug,
            Published = frontMatter.Date,
            Updated = frontMatter.Updated,
            Summary = frontMatter.Summary,
            Author = frontMatter.Author,
            Source = frontMatter.Source,
            Tags = [.. frontMatter.Tags.Select(Tag.From).DistinctBy(t => t.Slug)],
            LeadImage = frontMatter.LeadImage,
            IsDraft = frontMatter.Draft,
            Aliases = [.. frontMatter.Aliases.Select(Permalinks.Normalize).Distinct()],
            Language = frontMatter.Lang ?? defaultLanguage,
            Body = new CompressedHtml(html),
            WordCount = CountWords(plainText),
            Excerpt = Excerpt(plainText),
            SourcePath = path,
        });
    }

    /// <summary>
    /// Checks made on the raw text before Markdig or YamlDotNet see it: characters no page or feed
    /// may carry, and paragraphs that would take Markdig too long.
    /// </summary>
    private static List<ContentError> FirstChecks(string path, string markdown, List<Range> lines)
    {
        var errors = new List<ContentError>();
        var forbidden = ForbiddenCharacters.FindLines(markdown, MaxCharacterErrors + 1);
        foreach (var (line, character) in forbidden.Take(MaxCharacterErrors))
        {
            errors.Add(new ContentError(path, line, $"this line contains {character}, which cannot appear in a web page or feed: delete it"));
        }

        if (forbidden.Count > MaxCharacterErrors)
        {
            errors.Add(new ContentError(path, forbidden[^1].Line,
                $"this and later lines contain more such characters (only the first {MaxCharacterErrors} lines are listed): delete them all"));
        }

        // Only the body: the front matter has checks of its own, and its lines are no paragraph.
        var bodyStart = IsFence(markdown, lines[0], "---") ? lines.FindIndex(1, l => IsFence(markdown, l, "---") || IsFence(markdown, l, "...")) + 1 : 0;
        errors.AddRange(MarkdownLimits.Check(markdown, CollectionsMarshal.AsSpan(lines)[bodyStart..], bodyStart + 1).Select(p => new ContentError(path, p.Line, p.Message)));
        return errors;
    }

    private static bool IsFence(string markdown, Range line, string fence) => markdown.AsSpan()[line].TrimEnd().SequenceEqual(fence);

    /// <summary>
    /// The file's name when it is a valid slug, so that editing a headline never moves the
    /// article; otherwise (a name with spaces, capitals or another script) one made from the title.
    /// </summary>
    private static string DefaultSlug(string path, string title)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return Slugs.IsValid(name) ? name : Slugs.FromText(title);
    }

    private static ContentError TooDeep(string path) => new(path, 1,
        "the Markdown is nested too deeply (brackets, quotes, lists or emphasis inside one another): simplify it");

    /// <summary>Fails with every error, each kept on a line the file really has.</summary>
    private static ArticleParseResult Failed(List<ContentError> errors, List<Range> lines) =>
        ArticleParseResult.Failed([.. errors.Select(e => e with { Line = Math.Clamp(e.Line, 1, lines.Count) })]);

    /// <summary>
    /// The start of the text with each run of whitespace made one space, cut at a word near
    /// <see cref="ExcerptLength"/> characters. Only as much of the text is read as the excerpt needs.
    /// </summary>
    internal static string Excerpt(string plainText)
    {
        // One character more than an excerpt holds tells whether the text goes on past it.
        Span<char> start = stackalloc char[ExcerptLength + 1];
        var length = Whitespace.Collapse(plainText, start);
        if (length <= ExcerptLength)
        {
            return new string(start[..length]);
        }

        var cut = start.LastIndexOf(' ');
        return string.Concat(start[..(cut > 0 ? cut : ExcerptLength)].TrimEnd(",;:—– ".AsSpan()), "…");
    }

    /// <summary>Runs of characters other than whitespace.</summary>
    internal static int CountWords(string plainText)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in plainText)
        {
            var letter = !char.IsWhiteSpace(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }
}
