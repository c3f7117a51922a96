using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Site.Articles;
using Site.Hosting;
using Site.Sharing;

namespace Site.Pages;

[OutputCache(PolicyName = PageCache.Policy)]
[SharedCaching]
public sealed class TagModel(ArticleRepository articles, SiteUrls urls, IOptions<SiteOptions> options, SharePreviews previews)
    : SitePageModel(urls, options)
{
    public Tag Tag { get; private set; } = null!;

    public IReadOnlyList<Article> Articles { get; private set; } = [];

    /// <param name="tag">The slug as the client sent it: null for an empty or blank segment.</param>
    public IActionResult OnGet(string? tag)
    {
        // Only a well-formed slug is looked up; other spellings of a real one get their 301 below.
        var slug = tag?.ToLowerInvariant().TrimEnd('/');
        if (slug is null || !Slugs.IsValid(slug) || articles.FindTag(slug) is not { } found)
        {
            return NotFound();
        }

        if (this.ToCanonical(found.Tag.Path) is { } redirect)
        {
            return redirect;
        }

        (Tag, Articles) = found;
        this.SetLastModified(Articles);
        var description = $"The latest {Site.Title} reporting on {Tag.Name}.";
        Head = new PageHead($"{Tag.Name}: {Site.Title}", description, Urls.Absolute(Tag.Path), Site.Language)
        {
            Preview = previews.ForTag(Tag, description, Articles),
        };
        return Page();
    }
}
