using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Site.Hosting;
using Site.Tests.Infrastructure;

namespace Site.Tests.Hosting;

/// <summary>
/// What a client can do to the published site, run as the container runs it: send any method,
/// flood it with bad requests, and find nothing written to disk and no Error in its log.
/// </summary>
[Trait(TestTiers.Category, TestTiers.Published)]
[Collection(PublishedSiteGroup.Name)]
public sealed class PublishedRequestTests(PublishedSite site) : IDisposable
{
    private const int Requests = 60;

    private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = site.Address };

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task FloodOfBadRequests_CostsNoMoreLogThanAFloodOfGoodOnes_AndNoError()
    {
        var longPath = "/" + new string('a', 7000);
        Func<HttpRequestMessage>[] bad =
        [
            () => new(HttpMethod.Delete, "/"),
            () => new(HttpMethod.Put, "/feed.xml") { Content = new StringContent("x") },
            () => new(new HttpMethod("BREW"), "/no-such-page"),
            () => new(new HttpMethod(new string('X', 500)), SeedArticle.Permalink),
            () => new(HttpMethod.Get, longPath),
            () => new(HttpMethod.Post, "/") { Content = new FormUrlEncodedContent([new("a", "b")]) },
        ];

        var good = await LogBytesAsync(Enumerable.Range(0, Requests).Select(i =>
            (Func<HttpRequestMessage>)(() => new(HttpMethod.Get, i % 2 == 0 ? "/" : SeedArticle.Permalink))));
        var flood = await LogBytesAsync(Enumerable.Range(0, Requests).Select(i => bad[i % bad.Length]));

        Assert.Empty(flood.Failures);
        Assert.True(flood.Bytes <= good.Bytes * 1.1, $"{Requests} bad requests logged {flood.Bytes} bytes, {Requests} good ones {good.Bytes}");
    }

    /// <summary>
    /// With the default Site:RequestLogsPerSecond (50), a burst of requests leaves a log bounded
    /// by the budget of each second it lasted, not one line per request.
    /// </summary>
    [Fact]
    public async Task Burst_WithTheDefaultSettings_LogsAtMostTheBudgetOfEachSecond()
    {
        const int Burst = 1000;
        using var burst = await site.StartAnotherAsync(new Dictionary<string, string>());
        using var http = new HttpClient { BaseAddress = burst.Address };
        var clock = Stopwatch.StartNew();
        await Parallel.ForAsync(0, Burst, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, cancellation) =>
        {
            using var response = await http.GetAsync(SeedArticle.Permalink, cancellation);
            response.EnsureSuccessStatusCode();
        });
        var seconds = (int)Math.Ceiling(clock.Elapsed.TotalSeconds) + 1;

        // Lines are written in order: once a later request is logged (in a later second, with
        // budget to spare), every line of the burst is in.
        string? marker = null;
        for (var attempt = 0; marker is null && attempt < 20; attempt++)
        {
            using var probe = await http.GetAsync($"/after-the-burst-{attempt}");
            try
            {
                marker = await burst.WaitForLogAsync(line => line.Contains($"/after-the-burst-{attempt}", StringComparison.Ordinal), seconds: 1);
            }
            catch (OperationCanceledException)
            {
                // That second's budget was spent by the burst; the next request falls in a new one.
            }
        }

        // A request slower than RequestLogging.SlowMilliseconds is logged whatever the budget (a
        // busy machine can stall one); every other line must come out of a second's budget.
        var logged = burst.LogLines
            .Where(line => line.Contains("RequestLoggingMiddleware", StringComparison.Ordinal) &&
                line.Contains(SeedArticle.Permalink, StringComparison.Ordinal))
            .Select(ElapsedMilliseconds)
            .ToList();
        Assert.NotNull(marker);
        Assert.InRange(logged.Count(elapsed => elapsed < RequestLogging.SlowMilliseconds), 1, Math.Min(50 * seconds, Burst - 1));
    }

    [Theory]
    [InlineData("DELETE", "/")]
    [InlineData("PUT", "/feed.xml")]
    [InlineData("PATCH", "/css/site.css")]
    [InlineData("TRACE", "/healthz")]
    [InlineData("OPTIONS", "/2024/08/13/putin-abbas-palestinian-statehood")]
    public async Task OtherMethods_Get405WithAllow(string method, string path)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
    }

    [Fact]
    public async Task Serving_CreatesNoDataProtectionKeys_AndLogsNoKeyWarnings()
    {
        using var page = await _client.GetAsync("/");
        using var refused = await _client.PostAsync("/", new FormUrlEncodedContent([new("a", "b")]));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        // The home holds the article cache (~/.cache/site) and nothing else: no key ring.
        Assert.All(
            Directory.EnumerateFiles(site.HomePath, "*", SearchOption.AllDirectories),
            file => Assert.Matches(@"^\.cache/site/articles-[0-9a-f]{16}\.bin(\.\d+\.tmp)?$", Path.GetRelativePath(site.HomePath, file)));
        Assert.DoesNotContain(site.LogLines, line => line.Contains("DataProtection", StringComparison.Ordinal));
    }

    private static double ElapsedMilliseconds(string logLine)
    {
        using var json = JsonDocument.Parse(logLine);
        return json.RootElement.GetProperty("Elapsed").GetDouble();
    }

    private async Task<(long Bytes, IReadOnlyList<string> Failures)> LogBytesAsync(IEnumerable<Func<HttpRequestMessage>> requests)
    {
        var before = site.LogLines.Count;
        var sent = 0;
        foreach (var create in requests)
        {
            using var request = create();
            using var response = await _client.SendAsync(request);
            sent++;
        }

        // The request log is written after each response; wait until every line is in.
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var written = site.LogWritten;
            if (RequestLines(before).Count >= sent)
            {
                break;
            }

            await written.WaitAsync(deadline.Token);
        }

        var lines = site.LogLines.Skip(before).ToList();
        return (
            RequestLines(before).Sum(line => (long)Encoding.UTF8.GetByteCount(line)),
            [.. lines.Where(line => line.Contains("\"@l\":\"Error\"", StringComparison.Ordinal) || line.Contains("\"@x\"", StringComparison.Ordinal))]);
    }

    private List<string> RequestLines(int skip) =>
        [.. site.LogLines.Skip(skip).Where(line => line.Contains("RequestLoggingMiddleware", StringComparison.Ordinal))];
}
