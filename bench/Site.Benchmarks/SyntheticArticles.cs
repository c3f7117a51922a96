using System.Globalization;
using System.Text;

namespace Site.Benchmarks;

/// <summary>
/// Writes N articles shaped like the site's real ones: front matter with a title, a date, a
/// summary, a source and two to five tags (a few tags are common, most are rare, as on a news
/// site), and a body of 5 to 14 paragraphs (about 4 KB). Dates spread over ten years; the same
/// count always gives the same files.
/// </summary>
public static class SyntheticArticles
{
    // The first tags are drawn far more often; "Russia" is the tag page the load benchmark measures.
    private static readonly string[] Tags =
    [
        "Russia", "Europe", "Economy", "Politics", "Middle East", "Climate", "Technology", "Energy",
        "United States", "China", "Elections", "Health", "Markets", "Ukraine", "Africa", "Science",
        "Transport", "Labour", "Courts", "Defence", "Agriculture", "Migration", "Sport", "Culture",
        "Education", "Trade", "Banking", "Housing", "Diplomacy", "Water",
    ];

    private static readonly string[] Words =
    [
        "government", "minister", "officials", "said", "on", "Tuesday", "the", "a", "talks", "agreement",
        "between", "two", "countries", "would", "could", "after", "before", "during", "meeting", "leaders",
        "according", "to", "statement", "reported", "percent", "year", "month", "week", "billion", "million",
        "prices", "rose", "fell", "sharply", "central", "bank", "rates", "inflation", "growth", "economy",
        "parliament", "vote", "law", "court", "ruling", "appeal", "protest", "workers", "strike", "union",
        "border", "troops", "ceasefire", "aid", "humanitarian", "crisis", "region", "city", "capital", "port",
        "energy", "gas", "oil", "supply", "pipeline", "exports", "imports", "tariffs", "trade", "deal",
        "election", "candidate", "campaign", "poll", "coalition", "opposition", "party", "president", "prime", "spokesman",
        "climate", "emissions", "flood", "drought", "storm", "temperatures", "scientists", "study", "survey", "data",
        "and", "of", "in", "with", "for", "that", "it", "was", "is", "has", "had", "by", "from", "at", "its",
    ];

    public static void Write(int count, string folder)
    {
        var random = new Random(count);
        var start = new DateTimeOffset(2016, 1, 1, 8, 0, 0, TimeSpan.FromHours(1));
        var span = TimeSpan.FromDays(3650);
        for (var i = 0; i < count; i++)
        {
            var date = start + (span / Math.Max(count, 1) * i) + TimeSpan.FromMinutes(random.Next(0, 600));
            var title = Capitalise(Sentence(random, 6, 11));
            var slug = $"story-{i:D5}";
            var text = new StringBuilder()
                .Append("---\n")
                .Append(CultureInfo.InvariantCulture, $"title: \"{title}\"\n")
                .Append(CultureInfo.InvariantCulture, $"date: {date:yyyy-MM-ddTHH:mm:sszzz}\n")
                .Append(CultureInfo.InvariantCulture, $"summary: \"{Capitalise(Sentence(random, 14, 24))}.\"\n")
                .Append("source:\n  name: Reuters\ntags:\n");
            foreach (var tag in PickTags(random))
            {
                text.Append(CultureInfo.InvariantCulture, $"  - {tag}\n");
            }

            text.Append("---\n");
            for (var paragraph = random.Next(5, 15); paragraph > 0; paragraph--)
            {
                text.Append('\n').Append(Capitalise(Sentence(random, 40, 90))).Append(".\n");
            }

            var path = Path.Combine(folder, date.Year.ToString(CultureInfo.InvariantCulture), slug + ".md");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text.ToString());
        }
    }

    private static List<string> PickTags(Random random)
    {
        var picked = new List<string>();
        for (var wanted = random.Next(2, 6); picked.Count < wanted;)
        {
            // Squaring a uniform draw favours the front of the list.
            var u = random.NextDouble();
            var tag = Tags[(int)(u * u * Tags.Length)];
            if (!picked.Contains(tag))
            {
                picked.Add(tag);
            }
        }

        return picked;
    }

    private static string Sentence(Random random, int min, int max) =>
        string.Join(' ', Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Words[random.Next(Words.Length)]));

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
