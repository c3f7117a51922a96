namespace Site.Hosting;

/// <summary>How unhandled exceptions are answered outside Development.</summary>
public static class ErrorHandling
{
    public static ExceptionHandlerOptions Options() => new()
    {
        ExceptionHandlingPath = "/error",

        // A request the client got wrong and the server only noticed late (a body over the
        // limit, a malformed header value) is the client's 4xx, not a server failure: no 500,
        // and no Error entry with a stack trace.
        StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
    };
}
