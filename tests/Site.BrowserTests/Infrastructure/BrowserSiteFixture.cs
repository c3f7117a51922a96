using System.Net;
using Microsoft.Playwright;

namespace Site.BrowserTests.Infrastructure;

/// <summary>
/// One real Kestrel server on 127.0.0.1 and one Chromium, shared by every browser test: two
/// Chromiums would fight for the machine's two cores. The site serves the repository's articles
/// plus a fixture article that uses every element the stylesheet styles.
/// </summary>
public sealed class BrowserSiteFixture : IAsyncLifetime, IAsyncDisposable
{
    public const string ArticlePath = "/2024/08/13/putin-abbas-palestinian-statehood";

    public const string RichArticlePath = "/2025/11/20/baltic-ferries-winter";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        // No DNS at all: anything but the test server fails fast and shows up as a failed request.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ];

    private readonly ContentCopy _content = new();
    private SiteFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The server's address, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The one browser; null only when Chromium is absent (its tests are then skipped).</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException(
        $"Chromium is required but was not found at {Tools.ChromiumPath}; install it with apt-get install chromium.");

    public async Task InitializeAsync()
    {
        Evidence.ClearFailures();
        _factory = Serve(_content.Path);
        BaseAddress = _factory.ClientOptions.BaseAddress;
        await _factory.WaitForSearchAsync();

        if (Tools.HasChromium)
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = Tools.ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
            });
        }
    }

    /// <summary>
    /// Runs a test on a fresh page in a fresh context (empty cache, no cookies). When the test
    /// throws, the page is photographed under failures/ as <paramref name="name"/>; the context is
    /// always closed.
    /// </summary>
    public Task WithPageAsync(string name, Func<IPage, Task> test) => WithPageAsync(name, new PageOptions(), test);

    /// <inheritdoc cref="WithPageAsync(string, Func{IPage, Task})"/>
    public async Task WithPageAsync(string name, PageOptions options, Func<IPage, Task> test)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new() { Width = options.Width, Height = options.Height },
            ColorScheme = options.Scheme,
            ReducedMotion = options.Motion,
            JavaScriptEnabled = options.JavaScript,
        });
        try
        {
            var page = await context.NewPageAsync();
            try
            {
                await test(page);
            }
            catch (Exception)
            {
                await Evidence.FailureAsync(page, name);
                throw;
            }
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>Starts the site on a free port of 127.0.0.1, reading <paramref name="contentPath"/>.</summary>
    public static SiteFactory Serve(string contentPath)
    {
        var factory = new SiteFactory(contentPath);
        factory.Settings["Serilog:MinimumLevel:Override:Microsoft"] = "Error";
        factory.Settings["Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime"] = "Error";

        // Serve the build's precompressed assets as a published site would; the development
        // re-check of wwwroot would otherwise re-wrap changed files in uncompressed gzip.
        factory.Settings["ReloadStaticAssetsAtRuntime"] = "false";
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return factory;
    }

    /// <summary>An HTTP client that sees the bytes on the wire: no automatic decompression.</summary>
    public HttpClient CreateRawClient() =>
        new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, AllowAutoRedirect = false })
        {
            BaseAddress = BaseAddress,
        };

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _content.Dispose();
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}
