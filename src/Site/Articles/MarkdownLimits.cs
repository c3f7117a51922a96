using System.Globalization;
using System.Text.RegularExpressions;

namespace Site.Articles;

/// <summary>
/// Refuses paragraphs that would make Markdig slow before they are parsed. Its inline parser
/// takes time that grows with the square of the number of unclosed link openers ("[a]("),
/// bare web addresses (the autolinks extension) or emphasis marks in one paragraph: 40,000
/// addresses in one paragraph take over a minute. Paragraphs are counted as runs of lines
/// between blank lines or block starts (list items, headings, quotes), a little larger than
/// Markdig's own, so the check errs on the side of the reader's time.
/// </summary>
public static partial class MarkdownLimits
{
    // Measured on 512 KB files made of paragraphs at these limits: each parses in about a second.
    public const int LinkOpeners = 200;
    public const int WebAddresses = 500;
    public const int EmphasisMarks = 300;

    /// <summary>One message per paragraph over a limit, with the paragraph's first line.</summary>
    public static List<(int Line, string Message)> Check(IReadOnlyList<string> lines, int firstLine)
    {
        var problems = new List<(int, string)>();
        var (start, links, addresses, marks) = (0, 0, 0, 0);
        for (var i = 0; i <= lines.Count; i++)
        {
            var line = i < lines.Count ? lines[i] : "";
            var blank = string.IsNullOrWhiteSpace(line);
            if (blank || BlockStart().IsMatch(line))
            {
                if (Describe(links, addresses, marks) is { } problem)
                {
                    problems.Add((firstLine + start, problem));
                }

                (start, links, addresses, marks) = (blank ? i + 1 : i, 0, 0, 0);
            }

            links += line.Count(c => c == '[');
            addresses += WebAddress().Count(line);
            marks += line.Count(c => c is '*' or '_' or '~');
        }

        return problems;
    }

    private static string? Describe(int links, int addresses, int marks) => (links, addresses, marks) switch
    {
        ( > LinkOpeners, _, _) => string.Create(CultureInfo.InvariantCulture,
            $"this paragraph has more than {LinkOpeners} links or '[' brackets, too many to render quickly: split it into shorter paragraphs"),
        (_, > WebAddresses, _) => string.Create(CultureInfo.InvariantCulture,
            $"this paragraph has more than {WebAddresses} web addresses, too many to render quickly: split it into shorter paragraphs"),
        (_, _, > EmphasisMarks) => string.Create(CultureInfo.InvariantCulture,
            $"this paragraph has more than {EmphasisMarks} emphasis marks ('*', '_' or '~'), too many to render quickly: split it into shorter paragraphs or escape them as \\*"),
        _ => null,
    };

    [GeneratedRegex(@"^ {0,3}(?:[-+*]\s|\d{1,9}[.)]\s|#|>)")]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"://|www\.", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();
}
