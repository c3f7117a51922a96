using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Articles;

/// <summary>
/// Reads and validates the YAML front matter of one file, collecting every problem with its
/// line instead of stopping at the first. Lines are reported in the file's own numbering.
/// </summary>
public sealed partial class FrontMatterReader(string path, int firstLine, LeadImages images)
{
    private readonly List<ContentError> _errors = [];

    public IReadOnlyList<ContentError> Errors => _errors;

    public FrontMatter? Read(string yaml)
    {
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                Error(0, "front matter must be a set of 'key: value' lines");
                return null;
            }

            root = mapping;
        }
        catch (YamlException ex)
        {
            Error(ex.Start.Line, $"front matter is not valid YAML: {(ex.InnerException ?? ex).Message}");
            return null;
        }

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
            Error(root.Start.Line, $"missing required key '{key}'");
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
            Error(root.Start.Line, $"missing required key '{key}'");
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

        if (DateWithOffset().IsMatch(text) &&
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        Error(values[key].Start.Line, $"'{key}' value '{text}' must be an ISO 8601 date and time with an offset, such as 2024-08-13T18:30:00+03:00");
        return null;
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

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "mapping",
        _ => "single value",
    };

    private void Error(long yamlLine, string message) =>
        _errors.Add(new ContentError(path, firstLine + (int)Math.Max(0, yamlLine - 1), message));

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateWithOffset();
}
