namespace Site.Hosting;

public static class ReadOnlyMethods
{
    // Where WebApplication keeps its endpoints; New() leaves it out of a branch, so it is copied
    // in, as the status code pages and exception handler do when they re-route.
    private const string GlobalEndpointRouteBuilder = "__GlobalEndpointRouteBuilder";

    /// <summary>Refuses every method but GET and HEAD (see <see cref="ReadOnlyMethodsMiddleware"/>).</summary>
    public static IApplicationBuilder UseReadOnlyMethods(this IApplicationBuilder app) =>
        app.Use(next =>
        {
            // Built with the pipeline, once every endpoint is mapped: a branch that only matches
            // the route against the app's own endpoints.
            var routing = app.New();
            routing.Properties[GlobalEndpointRouteBuilder] = app.Properties[GlobalEndpointRouteBuilder];
            routing.UseRouting();
            routing.Run(_ => Task.CompletedTask);
            return new ReadOnlyMethodsMiddleware(next, routing.Build()).InvokeAsync;
        });
}
