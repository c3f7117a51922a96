using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Site.Articles;
using Site.Hosting;
using Site.Sharing;

namespace Site.Pages;

[OutputCache(PolicyName = HostingServiceCollectionExtensions.PagesCachePolicy)]
public sealed class TagModel(ArticleRepository articles, SiteUrls urls, IOptions<SiteOptions> options, SharePreviews previews) : PageModel
{
    public Tag Tag { get; private set; } = null!;

    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public IActionResult OnGet(string tag)
    {
        if (articles.FindTag(tag.ToLowerInvariant().TrimEnd('/')) is not { } found)
        {
            return NotFound();
        }

        if (this.ToCanonical(found.Tag.Path) is { } redirect)
        {
            return redirect;
        }

        (Tag, Articles) = found;
        var site = options.Value;
        var description = $"The latest {site.Title} reporting on {Tag.Name}.";
        ViewData[PageHead.Key] = new PageHead($"{Tag.Name}: {site.Title}", description, urls.Absolute(Tag.Path), site.Language)
        {
            Preview = previews.ForTag(Tag, description, Articles),
        };
        return Page();
    }
}
