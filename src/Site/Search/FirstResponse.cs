namespace Site.Search;

/// <summary>
/// Completes once the site has sent its first response. Work that can wait for it (the first
/// search index build) does, so that the framework's first-use work on the first request (routes,
/// page activators, tag helpers, much of it compiled on the spot) has the cores to itself.
/// </summary>
public sealed class FirstResponse
{
    private readonly TaskCompletionSource _sent = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Sent => _sent.Task;

    /// <summary>
    /// Called at the front of the pipeline for every request: until a response has been sent, it
    /// asks to be told when this one is; after that it is one check.
    /// </summary>
    public void Watch(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!_sent.Task.IsCompleted)
        {
            context.Response.OnCompleted(static sent =>
            {
                ((TaskCompletionSource)sent).TrySetResult();
                return Task.CompletedTask;
            }, _sent);
        }
    }
}
