using System.Text.RegularExpressions;

namespace Site.Articles;

/// <summary>
/// Checks on the raw lines of a front matter that YAML itself would accept silently or report
/// on the wrong line: a tab in the indentation, and a text value cut short by " #", which YAML
/// reads as the start of a comment ("title: Apple is #1" would publish "Apple is").
/// </summary>
public static partial class FrontMatterLines
{
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

    [GeneratedRegex(@"^ *- +(?<value>.*)$")]
    private static partial Regex ListItem();
}
