using Site.Articles;

namespace Site.Hosting;

/// <summary>Sends a request for an article's old path (a front-matter alias) to its permalink with a 301, keeping the query string.</summary>
public sealed class AliasRedirectMiddleware(RequestDelegate next, ArticleRepository articles)
{
    public Task InvokeAsync(HttpContext context)
    {
        if ((HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) &&
            articles.FindByAlias(context.Request.Path.Value ?? "/") is { } article)
        {
            context.Response.Redirect(article.Permalink + context.Request.QueryString, permanent: true);
            return Task.CompletedTask;
        }

        return next(context);
    }
}
