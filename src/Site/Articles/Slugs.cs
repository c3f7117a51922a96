using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Site.Articles;

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

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex ValidSlug();
}
