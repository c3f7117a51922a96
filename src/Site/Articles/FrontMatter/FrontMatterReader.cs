using Site.Articles.Images;
using Site.Articles.Model;
using Site.Articles.Text;

namespace Site.Articles.FrontMatter;

/// <summary>
/// Reads and validates the YAML front matter of one file, collecting every problem with its
/// line instead of stopping at the first. Lines are reported in the file's own numbering.
/// </summary>
public sealed class FrontMatterReader(string path, int firstLine, LeadImages images)
{
    private readonly FrontMatterErrors _errors = new(path, firstLine);

    public IReadOnlyList<ContentError> Errors => _errors.All;

    public FrontMatterFields? Read(string yaml)
    {
        if (FrontMatterLoader.Load(yaml, _errors) is not { Root: { } root } load)
        {
            return null;
        }

        // The order of the reads is the order of the errors an editor sees: required keys first.
        var values = new FrontMatterValues(root, load.BrokenKeys, _errors);
        var title = values.RequiredText("title");
        var summary = values.RequiredText("summary");
        var date = values.RequiredDate("date");
        var slug = values.OptionalText("slug");
        if (slug is not null && !Slugs.IsValid(slug))
        {
            _errors.Add(values.LineOf("slug"), $"slug '{slug}' must be lower-case letters, digits and single hyphens, at most {Slugs.MaxLength} characters");
        }

        var frontMatter = new FrontMatterFields
        {
            Title = title ?? "",
            Summary = summary ?? "",
            Date = date ?? default,
            Slug = slug,
            Updated = values.OptionalDate("updated"),
            Author = values.OptionalText("author"),
            Source = values.Source(),
            Tags = values.TextList("tags"),
            Image = values.OptionalText("image"),
            ImageAlt = values.OptionalText("image_alt"),
            Draft = values.OptionalBool("draft"),
            Aliases = values.TextList("aliases"),
            Lang = values.OptionalText("lang"),
        };

        FrontMatterChecks.Tags(values.Node("tags"), _errors);
        var leadImage = FrontMatterChecks.Relations(frontMatter, values, images, _errors);
        return _errors.Count == 0 ? frontMatter with { LeadImage = leadImage } : null;
    }
}
