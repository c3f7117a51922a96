namespace Site.BrowserTests.Infrastructure;

/// <summary>
/// A second server beside the shared one, whose content folder holds a single article: the front
/// page of a site just begun, shorter than a phone's screen. The shared browser can visit it.
/// </summary>
public sealed class OneArticleSite : IAsyncDisposable
{
    private readonly ContentCopy _content = new("2024/putin-abbas-palestinian-statehood.md");
    private readonly SiteFactory _factory;

    public OneArticleSite()
    {
        _factory = BrowserSiteFixture.Serve(_content.Path);
        BaseAddress = _factory.ClientOptions.BaseAddress;
    }

    public Uri BaseAddress { get; }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        _content.Dispose();
    }
}
