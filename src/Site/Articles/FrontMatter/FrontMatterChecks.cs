using Site.Articles.Images;
using Site.Articles.Model;
using Site.Articles.Text;
using YamlDotNet.RepresentationModel;

namespace Site.Articles.FrontMatter;

/// <summary>
/// Checks that look beyond one value's type: between keys (updated after date, image with its
/// alt text), against the site (the image file, language tags, alias paths) and across tags.
/// </summary>
public static class FrontMatterChecks
{
    /// <summary>Every tag needs a page of its own: a slug, and not the slug of another tag in the same article.</summary>
    public static void Tags(YamlNode? node, FrontMatterErrors errors)
    {
        if (node is not YamlSequenceNode sequence)
        {
            return;
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in sequence.OfType<YamlScalarNode>())
        {
            var name = item.Value?.Trim() ?? "";
            var slug = Slugs.FromTag(name);
            if (name.Length == 0)
            {
                continue;
            }

            if (slug.Length == 0)
            {
                errors.Add(item.Start.Line, $"tag '{name}' has no letters or digits a URL can use: name the tag in words");
            }
            else if (!names.TryAdd(slug, name) && !string.Equals(names[slug], name, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(item.Start.Line, $"tags '{names[slug]}' and '{name}' would share one page, /tags/{slug}: use one spelling, or name them so they differ in letters or digits");
            }
        }
    }

    /// <returns>The checked lead image, when the front matter names one and it is fit to use.</returns>
    public static LeadImage? Relations(FrontMatterFields frontMatter, FrontMatterValues values, LeadImages images, FrontMatterErrors errors)
    {
        LeadImage? leadImage = null;
        if (frontMatter.Updated is { } updated && updated < frontMatter.Date)
        {
            errors.Add(values.LineOf("updated"), "updated must not be earlier than date");
        }

        if (frontMatter.Image is not null && string.IsNullOrWhiteSpace(frontMatter.ImageAlt))
        {
            errors.Add(values.LineOf("image"), "image needs image_alt, a description for readers who cannot see it");
        }
        else if (frontMatter.Image is { } image)
        {
            (leadImage, var problem) = images.Read(image, frontMatter.ImageAlt!);
            if (problem is not null)
            {
                errors.Add(values.LineOf("image"), problem);
            }
        }

        if (frontMatter.Lang is { } lang && !LanguageTags.IsValid(lang))
        {
            errors.Add(values.LineOf("lang"), $"lang '{lang}' is not a language tag such as 'en' or 'en-GB'");
        }

        foreach (var alias in frontMatter.Aliases)
        {
            if (!alias.StartsWith('/') || alias.StartsWith("//", StringComparison.Ordinal) || alias.Contains('?') || alias.Contains('#'))
            {
                errors.Add(values.LineOf("aliases"), $"alias '{alias}' must be a path on this site starting with '/', without query or fragment");
            }
            else if (SitePaths.ServedAt(Permalinks.Normalize(alias)) is { } served)
            {
                errors.Add(values.LineOf("aliases"), $"alias '{alias}' is where the site serves {served}, so it would never redirect: remove it or pick another path");
            }
        }

        return leadImage;
    }
}
