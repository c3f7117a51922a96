using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Site.Articles.Catalog;
using Site.Articles.Model;
using Site.Caching;
using Site.Hosting;
using Site.Sharing;

namespace Site.Pages;

[SharedCaching]
public sealed class ArticleModel(ArticleRepository articles, SiteSections sections, SiteUrls urls, IOptions<SiteOptions> options, SharePreviews previews)
    : SitePageModel(urls, options)
{
    public Article Article { get; private set; } = null!;

    public ShareLinks Share { get; private set; } = null!;

    /// <summary>What the related stories are headed "More on": the article's section.</summary>
    public Tag? Section { get; private set; }

    /// <summary>Other visible articles that share tags with this one, most shared first.</summary>
    public IReadOnlyList<Article> Related { get; private set; } = [];

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
        Section = sections.Of(article);
        Current = Section is { } section ? (section.Path, false) : null;
        Related = articles.Related(article);
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
