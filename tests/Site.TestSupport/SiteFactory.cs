using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Serilog.Core;

namespace Site.TestSupport;

/// <summary>
/// The real site in memory, reading a given content folder, with a clock the test controls
/// and the public address https://news.example.com.
/// </summary>
public class SiteFactory(string contentPath, string environment = "Production") : WebApplicationFactory<Program>
{
    public const string BaseUrl = "https://news.example.com";

    /// <summary>The content folder the build copies next to the tests: the repository's own articles.</summary>
    public static string RepositoryContent => Path.Combine(AppContext.BaseDirectory, "content");

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Every event the site logged, at the level the settings allow (Warning unless a test lowers it).</summary>
    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Site:ContentPath", contentPath);
        builder.UseSetting("Site:BaseUrl", BaseUrl);
        // No article cache unless a test names a folder for one: test hosts share the user's home.
        builder.UseSetting("Site:CachePath", "");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton<ILogEventSink>(Logs);
        });
    }

    /// <summary>A client that reports redirects instead of following them.</summary>
    public HttpClient CreateRawClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(BaseUrl) });
}
