using Site.Articles.Model;
using YamlDotNet.RepresentationModel;

namespace Site.Articles.FrontMatter;

/// <summary>Reads the <c>source</c> key: a name alone, or a mapping with a name and an http(s) url.</summary>
public static class FrontMatterSource
{
    public static ArticleSource? Read(YamlNode node, FrontMatterErrors errors)
    {
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
                            errors.Add(value.Start.Line, $"source {key} '{text}' is not valid (name is text, url an absolute http(s) address)");
                            break;
                        default:
                            errors.Add(keyNode.Start.Line, $"unknown key 'source.{key}' (allowed: name, url)");
                            break;
                    }
                }

                if (sourceName is null)
                {
                    errors.Add(node.Start.Line, "source needs a name");
                    return null;
                }

                return new ArticleSource(sourceName, url);
            default:
                errors.Add(node.Start.Line, "source must be a name, or a mapping with name and url");
                return null;
        }
    }
}
