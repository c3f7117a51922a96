using Microsoft.Extensions.Options;

namespace Site.Hosting;

public static class ConfigurationFailures
{
    /// <summary>
    /// Every failed setting in a start-up validation error: one options class fails with an
    /// <see cref="OptionsValidationException"/>, several with an <see cref="AggregateException"/> of them.
    /// </summary>
    public static IReadOnlyList<string> Of(Exception exception) => exception switch
    {
        OptionsValidationException options => [.. options.Failures],
        AggregateException aggregate when aggregate.InnerExceptions.All(e => e is OptionsValidationException) =>
            [.. aggregate.InnerExceptions.SelectMany(e => ((OptionsValidationException)e).Failures)],
        _ => [],
    };
}
