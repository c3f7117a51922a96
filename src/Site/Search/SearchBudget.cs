using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Site.Search;

/// <summary>
/// How much searching a replica does in a second, whoever asks. A search's cost grows with its
/// words, so each takes one unit and one more per word from a bucket of
/// <see cref="SearchOptions.CostPerSecond"/> units, refilled every tenth of a second; a search
/// that finds it short is turned away at once (503, Retry-After), before anything of the page
/// runs, so a refusal costs about what a kept page does. The concurrency limit bounds how many
/// searches run together, this how much of the cores they take: a client flooding the site with
/// its costliest search gets a bounded share, and every other page keeps the rest. Requests to
/// anything but search pass untouched.
/// </summary>
public sealed class SearchBudget : PartitionedRateLimiter<HttpContext>
{
    private const int RefillsPerSecond = 10;

    private readonly TokenBucketRateLimiter _bucket;
    private readonly RateLimiter _free = RateLimitPartition.GetNoLimiter(0).Factory(0);
    private readonly int _maxWords;

    private static readonly object Charged = new();

    public SearchBudget(IOptions<SearchOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var perSecond = options.Value.CostPerSecond;
        _maxWords = options.Value.MaxWords;
        _bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = perSecond,
            TokensPerPeriod = Math.Max(1, perSecond / RefillsPerSecond),
            ReplenishmentPeriod = TimeSpan.FromSeconds(1.0 / RefillsPerSecond),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    /// <summary>
    /// One for the search, one for each word searched (at most <see cref="SearchOptions.MaxWords"/>),
    /// counted cheaply and never fewer than the index's tokenizer finds: a run of letters or digits
    /// is a word, and so is each ideograph or kana (which the tokenizer takes one by one).
    /// </summary>
    public static int Cost(string? query, int maxWords)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in query ?? "")
        {
            var single = c is >= '\u3040' and <= '\u30ff' or >= '\u3400' and <= '\u9fff' or >= '\uf900' and <= '\ufaff' || char.IsHighSurrogate(c);
            var letter = !single && char.IsLetterOrDigit(c);
            words += single || (letter && !inWord) ? 1 : 0;
            inWord = letter;
        }

        return 1 + Math.Min(words, maxWords);
    }

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => _bucket.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount)
    {
        if (!IsSearch(resource))
        {
            return _free.AttemptAcquire(0);
        }

        // The rate limiter asks again when the search then waits for a place: it was paid for once.
        if (resource.Items.ContainsKey(Charged))
        {
            return _free.AttemptAcquire(0);
        }

        var lease = _bucket.AttemptAcquire(Cost(resource.Request.Query["q"], _maxWords));
        if (lease.IsAcquired)
        {
            resource.Items[Charged] = true;
        }

        return lease;
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(resource, permitCount));

    protected override async ValueTask DisposeAsyncCore()
    {
        await _bucket.DisposeAsync();
        await _free.DisposeAsync();
        await base.DisposeAsyncCore();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _bucket.Dispose();
            _free.Dispose();
        }

        base.Dispose(disposing);
    }

    private static bool IsSearch(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == SearchServiceCollectionExtensions.ConcurrencyPolicy;
}
