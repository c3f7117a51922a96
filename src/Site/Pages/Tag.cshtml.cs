using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Site.Articles.Catalog;
using Site.Articles.Model;
using Site.Articles.Text;
using Site.Caching;
using Site.Hosting;
using Site.Sharing;

namespace Site.Pages;

[SharedCaching]
public sealed class TagModel(ArticleRepository articles, SiteUrls urls, IOptions<SiteOptions> options, SharePreviews previews)
    : SitePageModel(urls, options)
{
    public Tag Tag { get; private set; } = null!;

    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public Pagination Pages { get; private set; } = new(1, 1, "/");

    /// <param name="tag">The slug as the client sent it: null for an empty or blank segment.</param>
    /// <param name="number">The page, from <c>/tags/{tag}/page/{number}</c>; the first has no number.</param>
    public IActionResult OnGet(string? tag, int? number)
    {
        // Only a well-formed slug is looked up; other spellings of a real one get their 301 below.
        var slug = tag?.ToLowerInvariant().TrimEnd('/');
        if (slug is null || !Slugs.IsValid(slug) || articles.FindTag(slug) is not { } found)
        {
            return NotFound();
        }

        if (Pagination.Of(found.Articles.Count, Site.PageSize, number, found.Tag.Path) is not { } pages)
        {
            return NotFound();
        }

        Pages = pages;
        var path = Pages.PathOf(Pages.Number);
        if (this.ToCanonical(path) is { } redirect)
        {
            return redirect;
        }

        Tag = found.Tag;
        Current = (Tag.Path, Pages.Number == 1);
        Articles = [.. Pages.Slice(found.Articles, Site.PageSize)];
        Response.SetLastModified(Articles);
        var description = $"The latest {Site.Title} reporting on {Tag.Name}.";
        var title = Pages.Number == 1 ? $"{Tag.Name}: {Site.Title}" : $"{Tag.Name}, page {Pages.Number}: {Site.Title}";
        Head = new PageHead(title, description, Urls.Absolute(path), Site.Language)
        {
            Preview = previews.ForTag(Tag, description, Articles),
        };
        return Page();
    }
}
