namespace Site.Hosting;

/// <summary>
/// The error path's own safety net, outside the exception handler: when even the error page
/// fails (the exception handler has logged both failures and rethrown), the client still gets a
/// small static 500 page rather than an empty response.
/// </summary>
public sealed class LastResortErrorMiddleware(RequestDelegate next)
{
    private static readonly byte[] Page =
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Something went wrong</title></head>
        <body><h1>Something went wrong</h1><p>We could not show this page. Please try again in a moment.</p>
        <p><a href="/">Go to the front page</a></p></body></html>

        """u8.ToArray();

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
#pragma warning disable CA1031 // Whatever escaped has been logged by the exception handler; the client still gets an answer.
        catch (Exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
#pragma warning restore CA1031
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            context.Response.ContentLength = Page.Length;
            await context.Response.Body.WriteAsync(Page, context.RequestAborted);
        }
    }
}
