using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Site.Hosting;

namespace Site.Pages;

/// <summary>
/// The base of every page: the layout reads <see cref="Head"/> from it, typed and never null.
/// Until a handler says more, the head describes the site itself, so even a page rendered
/// without its handler (an error page re-executed for any method) has a complete head.
/// </summary>
public abstract class SitePageModel(SiteUrls urls, IOptions<SiteOptions> options) : PageModel
{
    private PageHead? _head;

    /// <summary>What the layout writes into the page's head.</summary>
    public PageHead Head
    {
        get => _head ??= new PageHead(Site.Title, Site.Description, Urls.Absolute("/"), Site.Language);
        protected set => _head = value;
    }

    protected SiteOptions Site { get; } = options.Value;

    protected SiteUrls Urls { get; } = urls;
}
