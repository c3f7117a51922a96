using System.Globalization;
using System.Text.RegularExpressions;

namespace Site.Articles.Parsing;

/// <summary>
/// Refuses text that would make Markdig slow, before it is parsed. Its inline parser takes time
/// that grows with the square of the number of unclosed link openers ("[a]("), bare web
/// addresses (the autolinks extension) or emphasis marks in one paragraph: 40,000 addresses in
/// one paragraph take over a minute. Paragraphs are counted as runs of lines between blank lines
/// or block starts (list items, headings, quotes), a little larger than Markdig's own, so the
/// check errs on the side of the reader's time. Limits per file keep a file of many paragraphs,
/// each just under the limit, to about a second.
/// </summary>
public static partial class MarkdownLimits
{
    public const int LinkOpeners = 200;
    public const int WebAddresses = 500;
    public const int EmphasisMarks = 300;
    public const int LinkOpenersPerFile = 5_000;
    public const int WebAddressesPerFile = 10_000;
    public const int EmphasisMarksPerFile = 20_000;

    private static readonly Limit[] Limits =
    [
        new("links or '[' brackets", line => line.Count('['), LinkOpeners, LinkOpenersPerFile),
        new("web addresses", CountWebAddresses, WebAddresses, WebAddressesPerFile),
        new("emphasis marks ('*', '_' or '~')", line => line.Count('*') + line.Count('_') + line.Count('~'), EmphasisMarks, EmphasisMarksPerFile),
    ];

    /// <summary>
    /// One message per paragraph over a limit, with the paragraph's first line; only when no
    /// paragraph is over, one per file-wide limit passed, at the line that passes it.
    /// </summary>
    /// <param name="text">The file's text.</param>
    /// <param name="lines">Where the lines to check stand in <paramref name="text"/>.</param>
    /// <param name="firstLine">The line number of the first of them.</param>
    public static List<(int Line, string Message)> Check(string text, ReadOnlySpan<Range> lines, int firstLine)
    {
        var paragraphs = new List<(int, string)>();
        var files = new List<(int, string)>();
        var inParagraph = new int[Limits.Length];
        var inFile = new int[Limits.Length];
        var start = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? text.AsSpan()[lines[i]] : [];
            var blank = line.IsWhiteSpace();
            if (blank || BlockStart().IsMatch(line))
            {
                if (Limits.Select((limit, k) => (limit, count: inParagraph[k])).FirstOrDefault(p => p.count > p.limit.PerParagraph) is { limit: { } over })
                {
                    paragraphs.Add((firstLine + start, Format(
                        $"this paragraph has more than {over.PerParagraph:N0} {over.What}, too many to render quickly: split it into shorter paragraphs")));
                }

                Array.Clear(inParagraph);
                start = blank ? i + 1 : i;
            }

            for (var k = 0; k < Limits.Length; k++)
            {
                var count = Limits[k].Count(line);
                if (inFile[k] <= Limits[k].PerFile && inFile[k] + count > Limits[k].PerFile)
                {
                    files.Add((firstLine + i, Format(
                        $"the file has more than {Limits[k].PerFile:N0} {Limits[k].What} by this line, too many to render quickly: split the article")));
                }

                inParagraph[k] += count;
                inFile[k] += count;
            }
        }

        return paragraphs.Count > 0 ? paragraphs : files;
    }

    private static int CountWebAddresses(ReadOnlySpan<char> line) =>
        line.Contains("://", StringComparison.Ordinal) || line.Contains("www.", StringComparison.OrdinalIgnoreCase) ? WebAddress().Count(line) : 0;

    private static string Format(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);

    private delegate int Counter(ReadOnlySpan<char> line);

    private sealed record Limit(string What, Counter Count, int PerParagraph, int PerFile);

    [GeneratedRegex(@"^ {0,3}(?:[-+*]\s|\d{1,9}[.)]\s|#|>)")]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"://|www\.", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();
}
