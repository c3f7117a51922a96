using System.Text.RegularExpressions;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Site.Articles;

/// <summary>
/// Turns one Markdown file into an <see cref="Article"/>, or into the list of everything wrong
/// with it. The file is parsed once: the front matter block is taken from the Markdig document
/// and read with YamlDotNet; the rest of the same document is rendered to HTML.
/// </summary>
public sealed partial class ArticleParser(MarkdownRenderer renderer, LeadImages images)
{
    private const int ExcerptLength = 200;

    public ArticleParseResult Parse(string path, string markdown, string defaultLanguage)
    {
        var document = renderer.Parse(markdown);
        var block = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (block is null || block.Line != 0)
        {
            return ArticleParseResult.Failed(new ContentError(path, 1,
                "no front matter: the file must begin with a '---' line, then YAML keys (title, date, summary), then '---'"));
        }

        // The YAML starts on the line after the opening '---' (Markdig lines are zero-based).
        var reader = new FrontMatterReader(path, block.Line + 2, images);
        var frontMatter = reader.Read(block.Lines.ToString());
        var errors = reader.Errors.ToList();

        var bodyLine = block.Line + block.Lines.Count + 3;
        if (!document.Any(b => b is not YamlFrontMatterBlock))
        {
            errors.Add(new ContentError(path, bodyLine, "the article has no body text after the front matter"));
        }

        string? slug = null;
        if (frontMatter is not null)
        {
            slug = frontMatter.Slug ?? Slugs.FromText(frontMatter.Title);
            if (slug.Length == 0)
            {
                errors.Add(new ContentError(path, block.Line + 2,
                    $"no slug can be made from the title '{frontMatter.Title}': add a 'slug' key"));
            }

            foreach (var tag in frontMatter.Tags.Where(t => Slugs.FromText(t).Length == 0))
            {
                errors.Add(new ContentError(path, block.Line + 2, $"tag '{tag}' has no letters or digits a URL can use"));
            }
        }

        if (errors.Count > 0 || frontMatter is null || slug is null)
        {
            return ArticleParseResult.Failed([.. errors]);
        }

        document.Remove(block);
        var plainText = renderer.ToPlainText(document);
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
            Image = frontMatter.Image,
            ImageAlt = frontMatter.ImageAlt,
            LeadImage = frontMatter.LeadImage,
            IsDraft = frontMatter.Draft,
            Aliases = [.. frontMatter.Aliases.Select(Permalinks.Normalize).Distinct()],
            Language = frontMatter.Lang ?? defaultLanguage,
            BodyHtml = renderer.ToHtml(document),
            WordCount = Words().Count(plainText),
            Excerpt = Excerpt(plainText),
            SourcePath = path,
        });
    }

    private static string Excerpt(string plainText)
    {
        var text = Whitespace().Replace(plainText, " ").Trim();
        if (text.Length <= ExcerptLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', ExcerptLength);
        return string.Concat(text.AsSpan(0, cut > 0 ? cut : ExcerptLength).TrimEnd(",;:—– ".AsSpan()), "…");
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
