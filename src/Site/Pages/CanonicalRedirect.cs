using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Site.Pages;

public static class CanonicalRedirect
{
    /// <summary>
    /// A 301 to the canonical path, keeping the query string, when the request reached the page by
    /// another spelling (other letter case, a trailing slash); null when it is already canonical.
    /// </summary>
    public static IActionResult? ToCanonical(this PageModel page, string canonicalPath) =>
        string.Equals(page.Request.Path.Value, canonicalPath, StringComparison.Ordinal)
            ? null
            : page.RedirectPermanent(canonicalPath + page.Request.QueryString);
}
