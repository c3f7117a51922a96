using Site.Articles.Model;

namespace Site.Caching;

public static class LastModified
{
    /// <summary>
    /// Last-Modified from the content a response shows (the newest update or publication of its
    /// articles), never from the clock or the process, so every replica sends the same one.
    /// </summary>
    public static void SetLastModified(this HttpResponse response, IReadOnlyCollection<Article> shown)
    {
        if (shown.Count > 0)
        {
            response.GetTypedHeaders().LastModified = shown.Max(a => a.Modified);
        }
    }
}
