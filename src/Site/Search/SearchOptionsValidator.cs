using Microsoft.Extensions.Options;

namespace Site.Search;

/// <summary>Rejects search limits the site cannot run on, naming each key that is wrong.</summary>
public sealed class SearchOptionsValidator : IValidateOptions<SearchOptions>
{
    public ValidateOptionsResult Validate(string? name, SearchOptions options)
    {
        var failures = new List<string>();
        foreach (var (key, value, min, max) in new[]
        {
            ("MaxWords", options.MaxWords, 1, 64),
            ("MaxResults", options.MaxResults, SearchIndex.PageSize, 100_000),
            ("ConcurrentSearches", options.ConcurrentSearches, 1, 1024),
            ("QueuedSearches", options.QueuedSearches, 0, 10_000),
            // At least the costliest search: the budget must be able to admit it.
            ("CostPerSecond", options.CostPerSecond, 1 + Math.Max(1, options.MaxWords), 1_000_000),
        })
        {
            if (value < min || value > max)
            {
                failures.Add($"Site:Search:{key} {value} must be between {min} and {max}.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
