using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Site.Articles;
using Site.Hosting;
using Site.Sharing;

namespace Site.Pages;

[OutputCache(PolicyName = PageCache.Policy)]
[SharedCaching]
public sealed class ArticleModel(ArticleRepository articles, SiteSections sections, SiteUrls urls, IOptions<SiteOptions> options, SharePreviews previews)
    : SitePageModel(urls, options)
{
    public Article Article { get; private set; } = null!;

    public ShareLinks Share { get; private set; } = null!;

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
        Current = sections.Of(article) is { } section ? (section.Path, false) : null;
        Response.SetLastModified([article]);
        var canonical = Urls.Absolute(article.Permalink);
        Share = ShareLinks.For(canonical, article.Title);
        Head = new PageHead(article.Title, article.Summary, canonical, article.Language)
        {
            Preview = previews.ForArticle(article),
        };
        return Page();
    }
}
