using Site.Articles.Catalog;

namespace Site.Pages;

/// <summary>
/// Sends a request for an article's old path (a front-matter alias) to its permalink with a 301,
/// keeping the query string. Aliases answer only where nothing else does (a 404 with nothing
/// written yet), so an alias can never take over a page, a feed or an asset of the site.
/// </summary>
public sealed class AliasRedirectMiddleware(RequestDelegate next, ArticleRepository articles)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);

        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status404NotFound && !response.HasStarted &&
            (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) &&
            articles.FindByAlias(context.Request.Path.Value ?? "/") is { } article)
        {
            response.Clear();
            response.Redirect(article.Permalink + context.Request.QueryString, permanent: true);
        }
    }
}
