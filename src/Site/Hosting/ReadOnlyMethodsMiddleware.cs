namespace Site.Hosting;

/// <summary>
/// The site only reads: everything it serves answers GET and HEAD. Any other method is refused
/// here, before a route, the request body or an error page is touched: 405 with
/// <c>Allow: GET, HEAD</c> where a GET of the same path would reach something the site serves,
/// 404 where it would not. It sits outside the status code pages, so the answer stays empty.
/// </summary>
public sealed class ReadOnlyMethodsMiddleware(RequestDelegate next, RequestDelegate routeAsGet)
{
    public const string Allowed = "GET, HEAD";

    public Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        return HttpMethods.IsGet(method) || HttpMethods.IsHead(method) ? next(context) : RefuseAsync(context, method);
    }

    private async Task RefuseAsync(HttpContext context, string method)
    {
        // Routing alone cannot tell: for another method it picks its own 405 endpoint even for
        // paths only a catch-all pattern would take. So ask it what a GET would reach.
        context.Request.Method = HttpMethods.Get;
        context.SetEndpoint(null);
        await routeAsGet(context);
        var known = context.GetEndpoint() is not null;
        context.SetEndpoint(null);
        context.Request.Method = method;

        var response = context.Response;
        response.StatusCode = known ? StatusCodes.Status405MethodNotAllowed : StatusCodes.Status404NotFound;
        if (known)
        {
            response.Headers.Allow = Allowed;
        }

        response.ContentLength = 0;
    }
}
