using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace Site.Articles;

/// <summary>
/// Reads and validates the YAML front matter of one file, collecting every problem with its
/// line instead of stopping at the first. Lines are reported in the file's own numbering.
/// </summary>
public sealed class FrontMatterReader(string path, int firstLine, LeadImages images)
{
    private readonly List<ContentError> _errors = [];
    private IReadOnlySet<string> _broken = new HashSet<string>();

    public IReadOnlyList<ContentError> Errors => _errors;

    public FrontMatter? Read(string yaml)
    {
        var lines = TextLines.Split(yaml);
        if (FrontMatterLines.TooDeep(lines) is { } deep)
        {
            Error(deep, $"brackets '[' or '{{', or '- ' and '? ', nest more than {FrontMatterLines.MaxNesting} deep here: write a value as text, or a list as one '- item' per line");
            return null;
        }

        var lineProblems = FrontMatterLines.Check(lines);
        var load = FrontMatterYaml.Load(lines, lineProblems.Select(p => p.Line).ToHashSet());
        foreach (var (line, message) in lineProblems.Concat(load.Problems).OrderBy(p => p.Line))
        {
            Error(line, message);
        }

        if (load.Root is not { } root || HasUnusableNodes(root))
        {
            return null;
        }

        _broken = load.BrokenKeys;
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                Error(keyNode.Start.Line, "a key must be a plain name such as 'title', not a list or mapping");
                continue;
            }

            if (!FrontMatter.Keys.Contains(key))
            {
                Error(keyNode.Start.Line, $"unknown key '{key}' (allowed: {string.Join(", ", FrontMatter.Keys)})");
                continue;
            }

            values[key] = value;
        }

        var title = RequiredText(values, "title", root);
        var summary = RequiredText(values, "summary", root);
        var date = RequiredDate(values, "date", root);
        var slug = OptionalText(values, "slug");
        if (slug is not null && !Slugs.IsValid(slug))
        {
            Error(values["slug"].Start.Line, $"slug '{slug}' must be lower-case letters, digits and single hyphens, at most {Slugs.MaxLength} characters");
        }

        var frontMatter = new FrontMatter
        {
            Title = title ?? "",
            Summary = summary ?? "",
            Date = date ?? default,
            Slug = slug,
            Updated = OptionalDate(values, "updated"),
            Author = OptionalText(values, "author"),
            Source = ReadSource(values),
            Tags = TextList(values, "tags"),
            Image = OptionalText(values, "image"),
            ImageAlt = OptionalText(values, "image_alt"),
            Draft = OptionalBool(values, "draft"),
            Aliases = TextList(values, "aliases"),
            Lang = OptionalText(values, "lang"),
        };

        CheckTags(values);
        var leadImage = CheckRelations(frontMatter, values);
        return _errors.Count == 0 ? frontMatter with { LeadImage = leadImage } : null;
    }

    private LeadImage? CheckRelations(FrontMatter frontMatter, Dictionary<string, YamlNode> values)
    {
        LeadImage? leadImage = null;
        if (frontMatter.Updated is { } updated && updated < frontMatter.Date)
        {
            Error(values["updated"].Start.Line, "updated must not be earlier than date");
        }

        if (frontMatter.Image is not null && string.IsNullOrWhiteSpace(frontMatter.ImageAlt))
        {
            Error(values["image"].Start.Line, "image needs image_alt, a description for readers who cannot see it");
        }
        else if (frontMatter.Image is { } image)
        {
            (leadImage, var problem) = images.Read(image, frontMatter.ImageAlt!);
            if (problem is not null)
            {
                Error(values["image"].Start.Line, problem);
            }
        }

        if (frontMatter.Lang is { } lang && !LanguageTags.IsValid(lang))
        {
            Error(values["lang"].Start.Line, $"lang '{lang}' is not a language tag such as 'en' or 'en-GB'");
        }

        foreach (var alias in frontMatter.Aliases)
        {
            if (!alias.StartsWith('/') || alias.StartsWith("//", StringComparison.Ordinal) || alias.Contains('?') || alias.Contains('#'))
            {
                Error(values["aliases"].Start.Line, $"alias '{alias}' must be a path on this site starting with '/', without query or fragment");
            }
        }

        return leadImage;
    }

    private string? RequiredText(Dictionary<string, YamlNode> values, string key, YamlNode root)
    {
        if (!values.TryGetValue(key, out var node))
        {
            MissingKey(key, root);
            return null;
        }

        var text = OptionalText(values, key);
        if (text is not null && text.Length == 0)
        {
            Error(node.Start.Line, $"'{key}' must not be empty");
        }

        return text;
    }

    private string? OptionalText(Dictionary<string, YamlNode> values, string key)
    {
        if (!values.TryGetValue(key, out var node))
        {
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Error(node.Start.Line, $"'{key}' must be text, not a {Describe(node)}");
            return null;
        }

        return scalar.Value?.Trim() ?? "";
    }

    private DateTimeOffset? RequiredDate(Dictionary<string, YamlNode> values, string key, YamlNode root)
    {
        if (!values.ContainsKey(key))
        {
            MissingKey(key, root);
            return null;
        }

        return OptionalDate(values, key);
    }

    private DateTimeOffset? OptionalDate(Dictionary<string, YamlNode> values, string key)
    {
        var text = OptionalText(values, key);
        if (text is null)
        {
            return null;
        }

        var (value, problem) = IsoDates.Parse(key, text);
        if (problem is not null)
        {
            Error(values[key].Start.Line, problem);
        }

        return value;
    }

    private bool OptionalBool(Dictionary<string, YamlNode> values, string key)
    {
        var text = OptionalText(values, key);
        switch (text)
        {
            case null or "false":
                return false;
            case "true":
                return true;
            default:
                Error(values[key].Start.Line, $"'{key}' must be true or false, not '{text}'");
                return false;
        }
    }

    private ImmutableArray<string> TextList(Dictionary<string, YamlNode> values, string key)
    {
        if (!values.TryGetValue(key, out var node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(node.Start.Line, $"'{key}' must be a list (one '- item' per line), not a {Describe(node)}");
            return [];
        }

        var items = ImmutableArray.CreateBuilder<string>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { } value } && value.Trim().Length > 0)
            {
                items.Add(value.Trim());
            }
            else
            {
                Error(item.Start.Line, $"each item of '{key}' must be non-empty text");
            }
        }

        return items.ToImmutable();
    }

    private ArticleSource? ReadSource(Dictionary<string, YamlNode> values)
    {
        if (!values.TryGetValue("source", out var node))
        {
            return null;
        }

        switch (node)
        {
            case YamlScalarNode { Value: { Length: > 0 } name }:
                return new ArticleSource(name.Trim(), null);
            case YamlMappingNode mapping:
                string? sourceName = null;
                Uri? url = null;
                foreach (var (keyNode, value) in mapping.Children)
                {
                    var key = (keyNode as YamlScalarNode)?.Value;
                    var text = (value as YamlScalarNode)?.Value?.Trim();
                    switch (key)
                    {
                        case "name" when !string.IsNullOrEmpty(text):
                            sourceName = text;
                            break;
                        case "url" when Uri.TryCreate(text, UriKind.Absolute, out var parsed) && parsed.Scheme is "https" or "http":
                            url = parsed;
                            break;
                        case "name" or "url":
                            Error(value.Start.Line, $"source {key} '{text}' is not valid (name is text, url an absolute http(s) address)");
                            break;
                        default:
                            Error(keyNode.Start.Line, $"unknown key 'source.{key}' (allowed: name, url)");
                            break;
                    }
                }

                if (sourceName is null)
                {
                    Error(node.Start.Line, "source needs a name");
                    return null;
                }

                return new ArticleSource(sourceName, url);
            default:
                Error(node.Start.Line, "source must be a name, or a mapping with name and url");
                return null;
        }
    }

    private void MissingKey(string key, YamlNode root)
    {
        // A key whose entry is broken YAML has already been reported on its own line.
        if (!_broken.Contains(key))
        {
            Error(root.Start.Line, $"missing required key '{key}'");
        }
    }

    /// <summary>
    /// Anchors and aliases have no use in front matter, and aliases of aliases ("billion laughs")
    /// make a small file an enormous tree, so they are refused. YAML escapes ("\\a", "\\0",
    /// "\\x07", "\\uFFFE") make characters that are not in the file itself, so the raw text check
    /// cannot see them: every loaded value is looked at too.
    /// </summary>
    private bool HasUnusableNodes(YamlNode root)
    {
        var found = false;
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>([root]);
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node))
            {
                continue;
            }

            if (!node.Anchor.IsEmpty)
            {
                Error(node.Start.Line, $"'&{node.Anchor}' and '*{node.Anchor}' (YAML anchors and aliases) are not allowed in front matter: write each value out");
                found = true;
            }

            switch (node)
            {
                case YamlScalarNode { Value: { } value } when ForbiddenCharacters.IndexOf(value) is >= 0 and var index:
                    Error(node.Start.Line, $"the value on this line makes {ForbiddenCharacters.Describe(value, index)} (through an escape such as \\a, \\0, \\x07 or \\uFFFE), which cannot appear in a web page or feed: delete the escape");
                    found = true;
                    break;
                case YamlSequenceNode sequence:
                    foreach (var child in sequence)
                    {
                        pending.Push(child);
                    }

                    break;
                case YamlMappingNode mapping:
                    foreach (var (key, value) in mapping.Children)
                    {
                        pending.Push(value);
                        pending.Push(key);
                    }

                    break;
            }
        }

        return found;
    }

    /// <summary>Every tag needs a page of its own: a slug, and not the slug of another tag in the same article.</summary>
    private void CheckTags(Dictionary<string, YamlNode> values)
    {
        if (!values.TryGetValue("tags", out var node) || node is not YamlSequenceNode sequence)
        {
            return;
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in sequence.OfType<YamlScalarNode>())
        {
            var name = item.Value?.Trim() ?? "";
            var slug = Slugs.FromTag(name);
            if (name.Length == 0)
            {
                continue;
            }

            if (slug.Length == 0)
            {
                Error(item.Start.Line, $"tag '{name}' has no letters or digits a URL can use: name the tag in words");
            }
            else if (!names.TryAdd(slug, name) && !string.Equals(names[slug], name, StringComparison.OrdinalIgnoreCase))
            {
                Error(item.Start.Line, $"tags '{names[slug]}' and '{name}' would share one page, /tags/{slug}: use one spelling, or name them so they differ in letters or digits");
            }
        }
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "mapping",
        _ => "single value",
    };

    private void Error(long yamlLine, string message) =>
        _errors.Add(new ContentError(path, firstLine + (int)Math.Max(0, yamlLine - 1), message));
}
