using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Site.Articles.Catalog;
using Site.Articles.Model;
using Site.Caching;
using Site.Hosting;
using Site.Sharing;

namespace Site.Pages;

/// <summary>
/// The articles of a year, month or day (<c>/2024</c>, <c>/2024/08</c>, <c>/2024/08/13</c>): the
/// permalink with its slug cut off, by the same date. Paged like the front page.
/// </summary>
[SharedCaching]
public sealed class ArchiveModel(ArticleRepository articles, SiteUrls urls, IOptions<SiteOptions> options, SharePreviews previews)
    : SitePageModel(urls, options)
{
    /// <summary>"2024", "August 2024", "13 August 2024".</summary>
    public string Name { get; private set; } = "";

    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public Pagination Pages { get; private set; } = new(1, 1, "/");

    /// <param name="year">Four digits; the route takes no other spelling.</param>
    /// <param name="month">Two digits, or none for a year.</param>
    /// <param name="day">Two digits, or none for a year or month.</param>
    /// <param name="number">The page, from <c>.../page/{number}</c>; the first has no number.</param>
    public IActionResult OnGet(string? year, string? month, string? day, int? number)
    {
        // An impossible date (month 13, 30 February, year 0) and a period with nothing published are both pages that do not exist.
        if (ArchivePeriod.Parse(year, month, day) is not { } period ||
            articles.PublishedIn(period) is not { Count: > 0 } published ||
            Pagination.Of(published.Count, Site.PageSize, number, period.Path) is not { } pages)
        {
            return NotFound();
        }

        Pages = pages;
        var path = Pages.PathOf(Pages.Number);
        if (this.ToCanonical(path) is { } redirect)
        {
            return redirect;
        }

        Name = Dates.Period(period);
        Articles = [.. Pages.Slice(published, Site.PageSize)];
        Response.SetLastModified(Articles);
        var description = $"{Site.Title}'s articles from {Name}.";
        var title = Pages.Number == 1 ? $"{Name}: {Site.Title}" : $"{Name}, page {Pages.Number}: {Site.Title}";
        var canonical = Urls.Absolute(path);
        Head = new PageHead(title, description, canonical, Site.Language)
        {
            Preview = previews.ForCollection(title, canonical, description, Articles),
        };
        return Page();
    }
}
