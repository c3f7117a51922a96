using System.Collections.Frozen;
using Microsoft.Extensions.Options;
using Site.Articles.Catalog;
using Site.Articles.Model;
using Site.Hosting;

namespace Site.Pages;

/// <summary>The site's sections (<c>Site:Sections</c>): the header's navigation, and which one an article belongs to.</summary>
public sealed class SiteSections(ArticleRepository articles, IOptions<SiteOptions> options)
{
    private readonly FrozenSet<string> _slugs = options.Value.Sections.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The sections a reader can open now, in the configured order, named as the articles name
    /// them; one whose tag has no visible article would lead to a 404, so it is left out.
    /// </summary>
    public IReadOnlyList<Tag> Visible() => [.. options.Value.Sections.Select(articles.FindVisibleTag).OfType<Tag>()];

    /// <summary>An article's section: its first tag that is one of the site's sections, else its first tag.</summary>
    public Tag? Of(Article article) => article.Tags.FirstOrDefault(t => _slugs.Contains(t.Slug)) ?? article.Section;
}
