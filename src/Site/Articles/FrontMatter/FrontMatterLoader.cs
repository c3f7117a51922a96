using Site.Articles.Text;
using YamlDotNet.RepresentationModel;

namespace Site.Articles.FrontMatter;

/// <summary>
/// Turns a front matter's text into a YAML mapping that is safe to read, reporting everything that
/// stops it: nesting too deep, unusable lines, YAML that does not load, anchors and aliases, and
/// characters made by escapes.
/// </summary>
public static class FrontMatterLoader
{
    /// <returns>The loaded mapping, or null when it cannot be read safely (every reason is in <paramref name="errors"/>).</returns>
    public static YamlLoad? Load(string yaml, FrontMatterErrors errors)
    {
        var lines = TextLines.Split(yaml);
        if (FrontMatterLines.TooDeep(lines) is { } deep)
        {
            errors.Add(deep, $"brackets '[' or '{{', or '- ' and '? ', nest more than {FrontMatterLines.MaxNesting} deep here: write a value as text, or a list as one '- item' per line");
            return null;
        }

        var lineProblems = FrontMatterLines.Check(lines);
        var load = FrontMatterYaml.Load(lines, lineProblems.Select(p => p.Line).ToHashSet());
        foreach (var (line, message) in lineProblems.Concat(load.Problems).OrderBy(p => p.Line))
        {
            errors.Add(line, message);
        }

        return load.Root is { } root && !HasUnusableNodes(root, errors) ? load : null;
    }

    /// <summary>
    /// Anchors and aliases have no use in front matter, and aliases of aliases ("billion laughs")
    /// make a small file an enormous tree, so they are refused. YAML escapes ("\\a", "\\0",
    /// "\\x07", "\\uFFFE") make characters that are not in the file itself, so the raw text check
    /// cannot see them: every loaded value is looked at too.
    /// </summary>
    private static bool HasUnusableNodes(YamlNode root, FrontMatterErrors errors)
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
                errors.Add(node.Start.Line, $"'&{node.Anchor}' and '*{node.Anchor}' (YAML anchors and aliases) are not allowed in front matter: write each value out");
                found = true;
            }

            switch (node)
            {
                case YamlScalarNode { Value: { } value } when ForbiddenCharacters.IndexOf(value) is >= 0 and var index:
                    errors.Add(node.Start.Line, $"the value on this line makes {ForbiddenCharacters.Describe(value, index)} (through an escape such as \\a, \\0, \\x07 or \\uFFFE), which cannot appear in a web page or feed: delete the escape");
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
}
