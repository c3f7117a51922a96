using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Site.Articles.Catalog;
using Site.Articles.Model;
using Site.Caching;
using Site.Hosting;
using Site.Sharing;

namespace Site.Pages;

/// <summary>Every topic with its visible articles, alphabetical in the site's language.</summary>
[SharedCaching]
public sealed class TagsModel(ArticleRepository articles, SiteUrls urls, IOptions<SiteOptions> options, SharePreviews previews)
    : SitePageModel(urls, options)
{
    public const string CanonicalPath = Permalinks.Tags;

    public IReadOnlyList<(Tag Tag, int Count)> Tags { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (this.ToCanonical(CanonicalPath) is { } redirect)
        {
            return redirect;
        }

        var names = StringComparer.Create(CultureInfo.GetCultureInfo(Site.Language), CompareOptions.IgnoreCase);
        Tags = [.. articles.Tags().OrderBy(t => t.Tag.Name, names).ThenBy(t => t.Tag.Slug, StringComparer.Ordinal)];
        // The counts change with any article, so any article's change is this page's.
        Response.SetLastModified(articles.Published());
        var title = $"Topics: {Site.Title}";
        var description = $"Every topic {Site.Title} reports on, with the number of articles on each.";
        var canonical = Urls.Absolute(CanonicalPath);
        Head = new PageHead(title, description, canonical, Site.Language)
        {
            Preview = previews.ForCollection(title, canonical, description, []),
        };
        return Page();
    }
}
