namespace Site.Articles.Text;

/// <summary>Text with each run of whitespace made one space and none at either end, in one pass.</summary>
public static class Whitespace
{
    /// <summary>
    /// Writes <paramref name="text"/> collapsed into <paramref name="destination"/>, stopping when it is full.
    /// </summary>
    /// <returns>How many characters were written.</returns>
    public static int Collapse(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (length == destination.Length)
            {
                break;
            }

            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                destination[length++] = ' ';
                space = false;
                if (length == destination.Length)
                {
                    break;
                }
            }

            destination[length++] = c;
        }

        return length;
    }
}
