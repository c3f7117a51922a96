using Microsoft.AspNetCore.Mvc.RazorPages;
using Site.Articles;

namespace Site.Pages;

public static class LastModified
{
    /// <summary>
    /// Last-Modified from the content a page shows (the newest update or publication of its
    /// articles), never from the clock or the process, so every replica sends the same one.
    /// </summary>
    public static void SetLastModified(this PageModel page, IReadOnlyCollection<Article> shown)
    {
        if (shown.Count > 0)
        {
            page.Response.GetTypedHeaders().LastModified = shown.Max(a => a.Modified);
        }
    }
}
