using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AnyAscii;

namespace Site.Articles.Text;

/// <summary>URL slugs: lower-case ASCII letters and digits joined by single hyphens.</summary>
public static partial class Slugs
{
    public const int MaxLength = 80;

    public static bool IsValid(string slug) => slug.Length <= MaxLength && ValidSlug().IsMatch(slug);

    /// <summary>
    /// Derives a slug from free text: accents are folded (é → e), anything else that is not a
    /// letter or digit becomes a hyphen, and a long result is cut at a word boundary.
    /// Returns an empty string when nothing usable remains (a title in a non-Latin script).
    /// </summary>
    public static string FromText(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is not '\'' and not '’' && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > MaxLength)
        {
            var cut = slug.LastIndexOf('-', MaxLength);
            slug = cut > 0 ? slug[..cut] : slug[..MaxLength];
        }

        return slug;
    }

    /// <summary>
    /// Derives a tag's slug as <see cref="FromText"/> does, with two differences, so that every
    /// tag has a page and distinct tags rarely share one: '#' and '+' after a letter or digit are
    /// spelled out (C# → c-sharp, C++ → c-plus-plus), and a tag with letters that accent folding
    /// cannot keep (Россия, 東京, straße) is transliterated first (rossiya, dongjing, strasse).
    /// Plain Latin tags keep the slugs they always had.
    /// </summary>
    public static string FromTag(string tag)
    {
        var spelled = Symbols().Replace(tag, m => string.Concat(m.Value.Select(c => c == '#' ? " sharp " : " plus ")));
        return FromText(LosesLetters(spelled) ? spelled.Transliterate() : spelled);
    }

    private static bool LosesLetters(string text) =>
        text.Normalize(NormalizationForm.FormD).Any(c => char.IsLetter(c) && !char.IsAscii(c));

    [GeneratedRegex(@"(?<=[\p{L}\p{N}])[#+]+")]
    private static partial Regex Symbols();

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex ValidSlug();
}
