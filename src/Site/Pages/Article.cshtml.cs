using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Site.Articles;
using Site.Hosting;

namespace Site.Pages;

[OutputCache(PolicyName = HostingServiceCollectionExtensions.PagesCachePolicy)]
public sealed class ArticleModel(ArticleRepository articles, SiteUrls urls) : PageModel
{
    public Article Article { get; private set; } = null!;

    public IActionResult OnGet()
    {
        if (articles.FindByPath(Request.Path.Value ?? "") is not { } article)
        {
            return NotFound();
        }

        if (this.ToCanonical(article.Permalink) is { } redirect)
        {
            return redirect;
        }

        Article = article;
        ViewData[PageHead.Key] = new PageHead(article.Title, article.Summary, urls.Absolute(article.Permalink), article.Language);
        return Page();
    }
}
