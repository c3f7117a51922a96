using System.Text.RegularExpressions;

namespace Site.Articles.Text;

/// <summary>The shape of a BCP 47 language tag as the site accepts it: "en", "en-GB", "sr-Latn".</summary>
public static partial class LanguageTags
{
    public static bool IsValid(string tag) => Pattern().IsMatch(tag);

    [GeneratedRegex("^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$")]
    private static partial Regex Pattern();
}
