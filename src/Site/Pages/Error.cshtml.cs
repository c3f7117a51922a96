using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Site.Articles;
using Site.Hosting;

namespace Site.Pages;

/// <summary>The page for every error status: a helpful 404, and a 500 that shows no internals.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(ArticleRepository articles, SiteUrls urls, IOptions<SiteOptions> options) : PageModel
{
    public int Status { get; private set; }

    public IReadOnlyList<Article> Latest { get; private set; } = [];

    public IActionResult OnGet(int? code) => Show(code);

    public IActionResult OnPost(int? code) => Show(code);

    private PageResult Show(int? code)
    {
        Status = code is >= 400 and < 600 ? code.Value : 500;
        Response.StatusCode = Status;
        Latest = [.. articles.Published().Take(5)];
        var site = options.Value;
        var title = Status == 404 ? "Page not found" : "Something went wrong";
        ViewData[PageHead.Key] = new PageHead($"{title}: {site.Title}", title, urls.Absolute("/"), site.Language);
        return Page();
    }
}
