using System.Text.RegularExpressions;

namespace Site.Articles.FrontMatter;

/// <summary>
/// Checks on the raw lines of a front matter that YAML itself would accept silently or report
/// on the wrong line: a tab in the indentation, and a text value cut short by " #", which YAML
/// reads as the start of a comment ("title: Apple is #1" would publish "Apple is").
/// </summary>
public static partial class FrontMatterLines
{
    public const int MaxNesting = 20;

    private static readonly HashSet<string> TextKeys = ["title", "summary", "slug", "author", "image", "image_alt", "lang"];
    private static readonly HashSet<string> ListKeys = ["tags", "aliases"];

    /// <summary>Each problem with its 1-based line within <paramref name="lines"/>.</summary>
    public static List<(int Line, string Message)> Check(IReadOnlyList<string> lines)
    {
        var problems = new List<(int, string)>();
        string? key = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = line.Length - line.TrimStart(' ', '\t').Length;
            if (line.AsSpan(0, indent).Contains('\t') && indent < line.Length)
            {
                problems.Add((i + 1, "this line is indented with a tab: YAML indentation must use spaces"));
                continue;
            }

            if (KeyLine().Match(line) is { Success: true } keyLine)
            {
                key = keyLine.Groups["key"].Value;
                if (TextKeys.Contains(key) && Cut(keyLine.Groups["value"].Value) is { } value)
                {
                    problems.Add((i + 1, Advice(key, value, $"{key}: {Quote(value)}")));
                }
            }
            else if (key is not null && ListKeys.Contains(key) && ListItem().Match(line) is { Success: true } item &&
                     Cut(item.Groups["value"].Value) is { } value)
            {
                problems.Add((i + 1, Advice(key, value, $"- {Quote(value)}")));
            }
        }

        return problems;
    }

    /// <summary>
    /// The 1-based line on which '[' and '{', or '- ' and '? ' at the start of a line, first nest
    /// deeper than <see cref="MaxNesting"/>, or null.
    /// YamlDotNet recurses once per level and a few thousand levels overflow the stack, which
    /// would take the whole site down, so such a front matter must not reach it.
    /// </summary>
    public static int? TooDeep(IReadOnlyList<string> lines)
    {
        var depth = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            // "- - - a" and "? ? ? a" nest block collections on one line, one level per indicator.
            if (BlockIndicators().Match(lines[i]).Groups[1].Captures.Count > MaxNesting)
            {
                return i + 1;
            }

            var quote = '\0';
            foreach (var c in lines[i])
            {
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c is '\'' or '"')
                {
                    quote = c;
                }
                else if (c is '[' or '{' && ++depth > MaxNesting)
                {
                    return i + 1;
                }
                else if (c is ']' or '}')
                {
                    depth = Math.Max(0, depth - 1);
                }
            }
        }

        return null;
    }

    /// <summary>The whole written value when YAML would cut it at a comment, otherwise null.</summary>
    private static string? Cut(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0 || "'\"[{|>&*!#%@`".Contains(trimmed[0], StringComparison.Ordinal))
        {
            return null;
        }

        return CommentStart(trimmed) > 0 ? trimmed : null;
    }

    private static int CommentStart(string value) => value.Replace('\t', ' ').IndexOf(" #", StringComparison.Ordinal);

    private static string Advice(string key, string value, string quoted) =>
        $"'{key}' is cut short at ' #': YAML reads the rest of the line as a comment, so the value would be " +
        $"'{value[..CommentStart(value)].TrimEnd()}'. Put the value in quotes: {quoted}";

    private static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    [GeneratedRegex(@"^(?<key>[A-Za-z_][A-Za-z0-9_]*):(?:[ \t]+(?<value>.*))?$")]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"^[ \t]*(?:([-?:])[ \t]+)*")]
    private static partial Regex BlockIndicators();

    [GeneratedRegex(@"^ *- +(?<value>.*)$")]
    private static partial Regex ListItem();
}
