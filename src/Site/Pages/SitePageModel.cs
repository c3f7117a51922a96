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

    /// <summary>
    /// <c>aria-current</c> for a header link: "page" on the page it leads to, "true" elsewhere
    /// within what it leads to (a later page of the list, one of its articles); none otherwise.
    /// </summary>
    public string? AriaCurrent(string path) =>
        Current is { } current && current.Path == path ? (current.IsThisPage ? "page" : "true") : null;

    /// <summary>Where the reader is, in the header's terms: the path of a header link, and whether this page is that link's page.</summary>
    protected (string Path, bool IsThisPage)? Current { get; set; }

    protected SiteOptions Site { get; } = options.Value;

    protected SiteUrls Urls { get; } = urls;
}
