using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Site.Articles;
using Site.Hosting;
using Site.Sharing;

namespace Site.Pages;

[OutputCache(PolicyName = PageCache.Policy)]
[SharedCaching]
public sealed class IndexModel(ArticleRepository articles, SiteUrls urls, IOptions<SiteOptions> options, SharePreviews previews)
    : SitePageModel(urls, options)
{
    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    public static string PathOf(int pageNumber) => pageNumber == 1 ? "/" : $"/page/{pageNumber}";

    public IActionResult OnGet(int? number)
    {
        var published = articles.Published();
        var size = Site.PageSize;
        PageNumber = number ?? 1;
        PageCount = Math.Max(1, (published.Count + size - 1) / size);
        if (PageNumber < 1 || PageNumber > PageCount)
        {
            return NotFound();
        }

        if (this.ToCanonical(PathOf(PageNumber)) is { } redirect)
        {
            return redirect;
        }

        Articles = [.. published.Skip((PageNumber - 1) * size).Take(size)];
        this.SetLastModified(Articles);
        var canonical = Urls.Absolute(PathOf(PageNumber));
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
