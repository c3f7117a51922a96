using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Unicode;

namespace Site.Articles.Text;

/// <summary>
/// Strict UTF-8 decoding of a content file. A lenient decoder would turn a Latin-1 "é" into
/// U+FFFD and publish the damage; here the editor learns the line of the first bad byte instead.
/// </summary>
public static class Utf8Text
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static bool TryDecode(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out string? text, out int badLine)
    {
        if (bytes.StartsWith(Bom))
        {
            bytes = bytes[Bom.Length..];
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
            {
                (text, badLine) = (new string(chars, 0, written), 0);
                return true;
            }

            (text, badLine) = (null, LineAt(bytes, read));
            return false;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int index)
    {
        var line = 1;
        for (var i = 0; i < index; i++)
        {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.Length || bytes[i + 1] != '\n')))
            {
                line++;
            }
        }

        return line;
    }
}
