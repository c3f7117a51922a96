using System.Collections.Immutable;
using SkiaSharp;

namespace Site.Sharing;

/// <summary>
/// A headline broken into lines that fit a box: the largest font size at which every word fits
/// whole, wrapping only between words. If even the smallest size is too tall, the last line
/// that fits ends with an ellipsis after a whole word; a word is never cut.
/// </summary>
public sealed record HeadlineLayout(float FontSize, float LineHeight, ImmutableArray<string> Lines)
{
    private const float LineSpacing = 1.18f;
    private const float MinimumSize = 20;

    public static HeadlineLayout Fit(SKTypeface typeface, string headline, float maxWidth, float maxHeight, float largest, float smallest)
    {
        var words = headline.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var size = largest; size > smallest; size -= 2)
        {
            using var font = new SKFont(typeface, size);
            if (words.All(w => font.MeasureText(w) <= maxWidth))
            {
                var lines = Wrap(font, words, maxWidth);
                if (lines.Count * size * LineSpacing <= maxHeight)
                {
                    return new HeadlineLayout(size, size * LineSpacing, [.. lines]);
                }
            }
        }

        // Below the smallest size only for a word that is wider than the card on its own
        // (a long compound or an address), so that it is shrunk rather than cut.
        var fallback = smallest;
        while (fallback > MinimumSize && words.Any(w => Width(typeface, fallback, w) > maxWidth))
        {
            fallback -= 2;
        }

        using var smallFont = new SKFont(typeface, fallback);
        var maxLines = Math.Max(1, (int)(maxHeight / (fallback * LineSpacing)));
        var wrapped = Wrap(smallFont, words, maxWidth);
        if (wrapped.Count > maxLines)
        {
            wrapped = [.. wrapped.Take(maxLines - 1), Ellipsize(smallFont, wrapped[maxLines - 1], maxWidth)];
        }

        return new HeadlineLayout(fallback, fallback * LineSpacing, [.. wrapped]);
    }

    private static float Width(SKTypeface typeface, float size, string text)
    {
        using var font = new SKFont(typeface, size);
        return font.MeasureText(text);
    }

    private static List<string> Wrap(SKFont font, string[] words, float maxWidth)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in words)
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.MeasureText(candidate) > maxWidth)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static string Ellipsize(SKFont font, string line, float maxWidth)
    {
        var words = line.Split(' ').ToList();
        while (words.Count > 1 && font.MeasureText(string.Join(' ', words) + "…") > maxWidth)
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words).TrimEnd(',', ';', ':', '—', '–') + "…";
    }
}
