namespace Site.Articles.Text;

/// <summary>
/// Line numbers in a file's own 1-based numbering. A line ends at "\n", "\r\n" or a lone "\r",
/// as it does for Markdig and YamlDotNet, so every reader of the file counts alike.
/// </summary>
public static class TextLines
{
    /// <summary>The 1-based line on which the character at <paramref name="index"/> stands.</summary>
    public static int LineAt(ReadOnlySpan<char> text, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>How many lines an editor shows for <paramref name="text"/> (at least one).</summary>
    public static int Count(ReadOnlySpan<char> text) => LineAt(text, text.Length);

    /// <summary>Splits <paramref name="text"/> into its lines, without their line endings.</summary>
    public static List<string> Split(string text) => [.. Ranges(text).Select(r => text[r])];

    /// <summary>Where each line of <paramref name="text"/> stands, without its line ending: lines found without copying them.</summary>
    public static List<Range> Ranges(ReadOnlySpan<char> text)
    {
        var lines = new List<Range>();
        var start = 0;
        while (text[start..].IndexOfAny('\r', '\n') is var found and >= 0)
        {
            var end = start + found;
            lines.Add(start..end);
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }

        lines.Add(start..text.Length);
        return lines;
    }
}
