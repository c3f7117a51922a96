using System.Globalization;
using System.Net;

namespace Site.Tests.Infrastructure;

/// <summary>
/// One site with enough content for every kind of route: 21 articles (so the front page has a
/// page 2), a tag, an alias, cards. It runs on Kestrel on a loopback port, so requests go through
/// the real HTTP parser, and logs at Information, captured, so tests can count lines.
/// </summary>
public sealed class SweepSiteFixture : IAsyncLifetime, IDisposable
{
    public const string Article = "/2024/08/21/story-21";

    public const string Tag = "/tags/russia";

    public const string Alias = "/old/story";

    private readonly ContentFolder _content = new();

    public SweepSiteFixture()
    {
        for (var day = 1; day <= 21; day++)
        {
            var slug = string.Create(CultureInfo.InvariantCulture, $"story-{day:00}");
            var alias = day == 21 ? $"\naliases:\n  - {Alias}" : "";
            _content.Write($"2024/{slug}.md", ArticleFiles.Markdown(
                title: $"Story number {day}",
                date: string.Create(CultureInfo.InvariantCulture, $"2024-08-{day:00}T10:00:00+00:00"),
                extra: $"slug: {slug}\ntags:\n  - Russia{alias}"));
        }

        Factory = new SiteFactory(_content.Path);
        Factory.Settings["Serilog:MinimumLevel:Default"] = "Information";
        // The sweep counts one request-log line per request, so this site logs every one.
        Factory.Settings["Site:RequestLogsPerSecond"] = "1000000";
        Factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        Address = Factory.ClientOptions.BaseAddress;
    }

    public SiteFactory Factory { get; }

    /// <summary>The server's loopback address.</summary>
    public Uri Address { get; }

    /// <summary>A client of the real server that reports redirects instead of following them.</summary>
    public HttpClient CreateClient() => new(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = Address };

    /// <summary>Waits for the search index, so /search answers with results rather than "getting ready".</summary>
    public Task InitializeAsync() => Factory.WaitForSearchAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Factory.Dispose();
        _content.Dispose();
    }
}
