using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Articles.FrontMatter;

/// <summary>
/// Loads a front matter's YAML into one mapping. When the whole does not load, each top-level
/// entry (a line that starts at the left edge, with the indented lines under it) is loaded on its
/// own, so independent mistakes are all reported with their lines and the sound entries are still
/// checked. YamlDotNet's own messages (and the odd InvalidOperationException it throws on a broken
/// flow list) are never shown: <see cref="Explain"/> says what is wrong in an editor's terms.
/// </summary>
public static partial class FrontMatterYaml
{
    private const string NotAMapping = "front matter must be a set of 'key: value' lines";

    /// <param name="lines">The front matter's lines.</param>
    /// <param name="reported">Lines already reported by <see cref="FrontMatterLines"/>: an entry holding one is not reported again.</param>
    public static YamlLoad Load(IReadOnlyList<string> lines, IReadOnlySet<int> reported)
    {
        var problems = new List<(int, string)>();
        Exception failure;
        try
        {
            var root = LoadMapping(string.Join('\n', lines));
            if (root is null)
            {
                problems.Add((1, NotAMapping));
            }

            return new YamlLoad(root, problems, new HashSet<string>());
        }
        catch (Exception ex) when (IsYamlFailure(ex))
        {
            failure = ex;
        }

        var merged = new YamlMappingNode();
        var broken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (start, end) in Entries(lines))
        {
            // Blank lines in front keep YamlDotNet's line numbers those of the whole front matter.
            var text = new string('\n', start) + string.Join('\n', lines.Skip(start).Take(end - start));
            try
            {
                if (LoadMapping(text) is not { } entry)
                {
                    problems.Add((start + 1, NotAMapping));
                    continue;
                }

                foreach (var (key, value) in entry.Children)
                {
                    if (merged.Children.ContainsKey(key))
                    {
                        problems.Add(((int)key.Start.Line, $"key '{(key as YamlScalarNode)?.Value}' appears twice: keep only one of them"));
                    }
                    else
                    {
                        merged.Add(key, value);
                    }
                }
            }
            catch (Exception ex) when (IsYamlFailure(ex))
            {
                var line = ex is YamlException yaml ? (int)Math.Clamp(yaml.Start.Line, start + 1, LastLine(lines, start, end)) : start + 1;
                if (!reported.Any(r => r > start && r <= end))
                {
                    problems.Add((line, Explain(ex)));
                }

                if (EntryKey().Match(lines[start]) is { Success: true } key)
                {
                    broken.Add(key.Groups[1].Value);
                }
            }
        }

        if (problems.Count == 0 && reported.Count == 0)
        {
            var line = failure is YamlException yaml ? (int)Math.Clamp(yaml.Start.Line, 1, Math.Max(1, lines.Count)) : 1;
            problems.Add((line, Explain(failure)));
        }

        return new YamlLoad(merged.Children.Count > 0 ? merged : null, problems, broken);
    }

    /// <summary>Says what a YamlDotNet failure means for the person editing the file.</summary>
    public static string Explain(Exception ex)
    {
        var message = ex.Message;
        var what = message switch
        {
            _ when message.Contains("escape", StringComparison.Ordinal) || message.Contains("surrogate", StringComparison.Ordinal) =>
                "a quoted value has a '\\' escape YAML cannot read: write the character itself, or use single quotes",
            _ when message.Contains("quoted scalar", StringComparison.Ordinal) =>
                "a quoted value is not closed: end it with the same quote (' or \") it starts with",
            _ when message.Contains("flow sequence", StringComparison.Ordinal) =>
                "a list opened with '[' is not closed: end it with ']', or write one '- item' per line",
            _ when message.Contains("flow mapping", StringComparison.Ordinal) =>
                "a value opened with '{' is not closed: end it with '}', or put the value in quotes",
            _ when message.Contains("tab", StringComparison.OrdinalIgnoreCase) =>
                "a tab is used for indentation: YAML indentation must use spaces",
            _ when message.Contains("Duplicate key", StringComparison.Ordinal) =>
                "a key appears twice: keep only one of them",
            _ when message.Contains("anchor", StringComparison.OrdinalIgnoreCase) || message.Contains("alias", StringComparison.OrdinalIgnoreCase) =>
                "a value starts with '&' or '*', which YAML reserves: put the value in quotes",
            _ when message.Contains("mapping", StringComparison.Ordinal) =>
                "a ': ' inside a value, or a line indented by mistake, makes YAML see a new key here: put the value in quotes and start each key at the left edge",
            _ when message.Contains("cannot start any token", StringComparison.Ordinal) =>
                "a value starts with a character YAML reserves ('@', '`' or '%'): put the value in quotes",
            _ => "this line is not 'key: value' as YAML expects: put text values in quotes and check the indentation and brackets",
        };
        return "front matter is not valid YAML: " + what;
    }

    private static bool IsYamlFailure(Exception ex) => ex is YamlException or InvalidOperationException or ArgumentException;

    private static YamlMappingNode? LoadMapping(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
    }

    /// <summary>Top-level entries as [start, end) line ranges; a line starting at the left edge starts one.</summary>
    private static IEnumerable<(int Start, int End)> Entries(IReadOnlyList<string> lines)
    {
        var start = 0;
        for (var i = 1; i <= lines.Count; i++)
        {
            if (i == lines.Count || (lines[i].Length > 0 && lines[i][0] is not (' ' or '\t' or '#')))
            {
                if (lines.Skip(start).Take(i - start).Any(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')))
                {
                    yield return (start, i);
                }

                start = i;
            }
        }
    }

    private static int LastLine(IReadOnlyList<string> lines, int start, int end)
    {
        var last = end;
        while (last > start + 1 && lines[last - 1].Trim().Length == 0)
        {
            last--;
        }

        return last;
    }

    [GeneratedRegex(@"^([^\s:#][^:]*):")]
    private static partial Regex EntryKey();
}
