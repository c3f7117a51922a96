using Microsoft.Extensions.Options;

namespace Site.Hosting;

/// <summary>Absolute URLs from the configured public base address, never from the request's Host header.</summary>
public sealed class SiteUrls(IOptions<SiteOptions> options)
{
    private readonly Uri _base = options.Value.BaseUri;

    public string Absolute(string path) => new Uri(_base, path.TrimStart('/')).AbsoluteUri;
}
