using System.Buffers;
using System.Globalization;

namespace Site.Articles.Text;

/// <summary>
/// Characters that cannot appear in HTML or XML (so neither in a page nor in a feed): C0
/// controls other than tab, line feed and carriage return; DEL and the C1 controls; lone
/// surrogate halves; and Unicode noncharacters (U+FDD0–U+FDEF and every U+xFFFE, U+xFFFF).
/// </summary>
public static class ForbiddenCharacters
{
    /// <summary>Every character that is forbidden or may start a forbidden pair: a vectorised first look.</summary>
    private static readonly SearchValues<char> Suspects = SearchValues.Create(
        [.. Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(c => IsForbidden(c) || char.IsSurrogate(c))]);

    /// <summary>The index of the first forbidden character in <paramref name="text"/>, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAny(Suspects);
        if (first < 0)
        {
            return -1;
        }

        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    return i;
                }

                i++;
            }
            else if (IsForbidden(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Each line (up to <paramref name="limit"/> of them) that holds a forbidden character, with the first one named.</summary>
    public static List<(int Line, string Character)> FindLines(string text, int limit)
    {
        var found = new List<(int, string)>();
        if (IndexOf(text) < 0)
        {
            return found;
        }

        var lines = TextLines.Split(text);
        for (var i = 0; i < lines.Count && found.Count < limit; i++)
        {
            var index = IndexOf(lines[i]);
            if (index >= 0)
            {
                found.Add((i + 1, Describe(lines[i], index)));
            }
        }

        return found;
    }

    /// <summary>Names the character at <paramref name="index"/> for an editor, e.g. "U+000C (form feed)".</summary>
    public static string Describe(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        var codePoint = char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? char.ConvertToUtf32(c, text[index + 1])
            : c;
        return string.Create(CultureInfo.InvariantCulture, $"U+{codePoint:X4} ({Name(codePoint)})");
    }

    private static bool IsForbidden(char c) =>
        (c < ' ' && c is not '\t' and not '\n' and not '\r') ||
        c is >= '\u007F' and <= '\u009F' ||
        char.IsSurrogate(c) ||
        IsNoncharacter(c);

    private static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    private static string Name(int codePoint) => codePoint switch
    {
        0x00 => "null",
        0x07 => "bell",
        0x08 => "backspace",
        0x0B => "vertical tab",
        0x0C => "form feed",
        0x1B => "escape",
        0x7F => "delete",
        < 0x20 or (>= 0x80 and <= 0x9F) => "a control character",
        >= 0xD800 and <= 0xDFFF => "half of a surrogate pair",
        _ => "a Unicode noncharacter",
    };
}
