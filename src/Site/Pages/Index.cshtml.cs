using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Site.Articles.Catalog;
using Site.Articles.Model;
using Site.Caching;
using Site.Hosting;
using Site.Sharing;

namespace Site.Pages;

[SharedCaching]
public sealed class IndexModel(ArticleRepository articles, SiteUrls urls, IOptions<SiteOptions> options, SharePreviews previews)
    : SitePageModel(urls, options)
{
    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public Pagination Pages { get; private set; } = new(1, 1, "/");

    public int PageNumber => Pages.Number;

    public IActionResult OnGet(int? number)
    {
        var published = articles.Published();
        if (Pagination.Of(published.Count, Site.PageSize, number, "/") is not { } pages)
        {
            return NotFound();
        }

        Pages = pages;
        if (this.ToCanonical(Pages.PathOf(PageNumber)) is { } redirect)
        {
            return redirect;
        }

        Current = ("/", PageNumber == 1);
        Articles = [.. Pages.Slice(published, Site.PageSize)];
        Response.SetLastModified(Articles);
        var canonical = Urls.Absolute(Pages.PathOf(PageNumber));
        Head = new PageHead(
            PageNumber == 1 ? Site.Title : $"{Site.Title}: page {PageNumber}",
            Site.Description,
            canonical,
            Site.Language)
        {
            Preview = previews.ForHome(canonical),
        };
        return Page();
    }
}
