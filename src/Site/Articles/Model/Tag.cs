using Site.Articles.Text;

namespace Site.Articles.Model;

/// <summary>A topic as written in front matter, and the slug that names its page.</summary>
public sealed record Tag(string Name, string Slug)
{
    public string Path => "/tags/" + Slug;

    public static Tag From(string name) => new(name, Slugs.FromTag(name));
}
