using System.Collections.Immutable;
using Site.Articles.Model;
using Site.Articles.Text;
using YamlDotNet.RepresentationModel;

namespace Site.Articles.FrontMatter;

/// <summary>
/// The known keys of one loaded front matter, with readers that turn each value into its type.
/// A value of the wrong shape is reported on its own line and read as absent, so that every
/// other key is still checked and all mistakes are reported at once.
/// </summary>
public sealed class FrontMatterValues
{
    private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);
    private readonly YamlMappingNode _root;
    private readonly IReadOnlySet<string> _broken;
    private readonly FrontMatterErrors _errors;

    /// <param name="root">The loaded mapping.</param>
    /// <param name="brokenKeys">Keys whose entries did not load; they were reported already and are not called missing.</param>
    /// <param name="errors">Where problems are reported.</param>
    public FrontMatterValues(YamlMappingNode root, IReadOnlySet<string> brokenKeys, FrontMatterErrors errors)
    {
        (_root, _broken, _errors) = (root, brokenKeys, errors);
        foreach (var (keyNode, value) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                errors.Add(keyNode.Start.Line, "a key must be a plain name such as 'title', not a list or mapping");
                continue;
            }

            if (!FrontMatterFields.Keys.Contains(key))
            {
                var hint = NearestKey(key) is { } nearest ? $": did you mean '{nearest}'?" : "";
                errors.Add(keyNode.Start.Line, $"unknown key '{key}'{hint} (allowed: {string.Join(", ", FrontMatterFields.Keys)})");
                continue;
            }

            _values[key] = value;
        }
    }

    public YamlNode? Node(string key) => _values.GetValueOrDefault(key);

    /// <summary>The YAML line a key's value starts on (the first line when the key is absent).</summary>
    public long LineOf(string key) => Node(key)?.Start.Line ?? _root.Start.Line;

    public string? RequiredText(string key)
    {
        if (!_values.TryGetValue(key, out var node))
        {
            MissingKey(key);
            return null;
        }

        var text = OptionalText(key);
        if (text is not null && text.Length == 0)
        {
            _errors.Add(node.Start.Line, $"'{key}' must not be empty");
        }

        return text;
    }

    public string? OptionalText(string key)
    {
        if (!_values.TryGetValue(key, out var node))
        {
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            _errors.Add(node.Start.Line, $"'{key}' must be text, not a {Describe(node)}");
            return null;
        }

        return scalar.Value?.Trim() ?? "";
    }

    public DateTimeOffset? RequiredDate(string key)
    {
        if (!_values.ContainsKey(key))
        {
            MissingKey(key);
            return null;
        }

        return OptionalDate(key);
    }

    public DateTimeOffset? OptionalDate(string key)
    {
        var text = OptionalText(key);
        if (text is null)
        {
            return null;
        }

        var (value, problem) = IsoDates.Parse(key, text);
        if (problem is not null)
        {
            _errors.Add(LineOf(key), problem);
        }

        return value;
    }

    public bool OptionalBool(string key)
    {
        var text = OptionalText(key);
        switch (text)
        {
            case null or "false":
                return false;
            case "true":
                return true;
            default:
                _errors.Add(LineOf(key), $"'{key}' must be true or false, not '{text}'");
                return false;
        }
    }

    public ImmutableArray<string> TextList(string key)
    {
        if (!_values.TryGetValue(key, out var node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            _errors.Add(node.Start.Line, $"'{key}' must be a list (one '- item' per line), not a {Describe(node)}");
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
                _errors.Add(item.Start.Line, $"each item of '{key}' must be non-empty text");
            }
        }

        return items.ToImmutable();
    }

    public ArticleSource? Source() => Node("source") is { } node ? FrontMatterSource.Read(node, _errors) : null;

    private void MissingKey(string key)
    {
        // A key whose entry is broken YAML has already been reported on its own line.
        if (!_broken.Contains(key))
        {
            _errors.Add(_root.Start.Line, $"missing required key '{key}'");
        }
    }

    /// <summary>The known key a typo most likely meant: the closest within two edits (or a third of its length), else null.</summary>
    private static string? NearestKey(string key)
    {
        var typed = key.ToLowerInvariant();
        var allowed = Math.Max(2, typed.Length / 3);
        return FrontMatterFields.Keys
            .Select(known => (Known: known, Distance: EditDistance(typed, known)))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance)
            .Select(c => c.Known)
            .FirstOrDefault();
    }

    /// <summary>The Levenshtein distance: how many inserted, deleted or replaced characters turn one text into the other.</summary>
    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var replace = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(replace, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "mapping",
        _ => "single value",
    };
}
