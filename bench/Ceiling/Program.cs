using Ceiling;

// The ceiling Kestrel allows on this machine: the site's own responses (headers and bodies,
// captured by bench/run.sh) written from memory by the smallest ASP.NET Core app, with no
// middleware, routing, logging or rendering. The site is measured against it.
//
//   dotnet Ceiling.dll <folder with manifest> (listens on ASPNETCORE_URLS)
var responses = CapturedResponse.Load(args[0])
    .GroupBy(response => response.Path, StringComparer.Ordinal)
    .ToDictionary(group => group.Key, group => group.ToDictionary(r => r.Coding, StringComparer.Ordinal), StringComparer.Ordinal);

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
var app = builder.Build();

app.Run(context =>
{
    if (!responses.TryGetValue(context.Request.Path.Value ?? "/", out var codings))
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    var accept = context.Request.Headers.AcceptEncoding.ToString();
    var response = accept.Contains("br", StringComparison.Ordinal) && codings.TryGetValue("br", out var br) ? br
        : accept.Contains("gzip", StringComparison.Ordinal) && codings.TryGetValue("gzip", out var gzip) ? gzip
        : codings["identity"];
    foreach (var (name, value) in response.Headers)
    {
        context.Response.Headers[name] = value;
    }

    if (response.ETag is { } etag && context.Request.Headers.IfNoneMatch == etag)
    {
        context.Response.StatusCode = StatusCodes.Status304NotModified;
        context.Response.Headers.ContentType = default;
        return Task.CompletedTask;
    }

    context.Response.ContentLength = response.Body.Length;
    return context.Response.Body.WriteAsync(response.Body).AsTask();
});

app.Run();
