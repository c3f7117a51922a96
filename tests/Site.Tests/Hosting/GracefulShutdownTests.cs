using System.Net.Sockets;
using System.Text;
using Site.Tests.Infrastructure;

namespace Site.Tests.Hosting;

/// <summary>
/// Stopping the container (SIGTERM) while a reader is still receiving a response: the response
/// arrives whole and the process stops cleanly with exit code 0. (On loopback the kernel's
/// buffers can hold the whole card, so this shows a clean stop, not that Kestrel waited.)
/// </summary>
[Trait(TestTiers.Category, TestTiers.Published)]
[Collection(PublishedSiteGroup.Name)]
public sealed class GracefulShutdownTests(PublishedSite published) : IDisposable
{
    private readonly ContentFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public async Task Sigterm_WhileAResponseIsBeingRead_ItArrivesWhole_AndTheProcessExitsZero()
    {
        _scratch.Write("content/2024/long.md", ArticleFiles.Markdown(
            title: "Ministers, mayors and the whole coalition agree to a sweeping overhaul of rail, road and river transport across every region",
            extra: "slug: long"));
        using var site = await published.StartAnotherAsync(new Dictionary<string, string>
        {
            ["Site__ContentPath"] = Path.Combine(_scratch.Path, "content"),
        });
        using var http = new HttpClient { BaseAddress = site.Address };
        var page = await http.GetDocumentAsync("/2024/08/13/long");
        var card = new Uri(page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!).AbsolutePath.Replace("1200x630", "1200x1200", StringComparison.Ordinal);
        var expected = await http.GetByteArrayAsync(card); // drawn once, so the next request only sends

        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 1024 };
        await socket.ConnectAsync(site.Address.Host, site.Address.Port);
        await socket.SendAsync(Encoding.ASCII.GetBytes($"GET {card} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        Assert.True(socket.Poll(TimeSpan.FromSeconds(10), SelectMode.SelectRead), "the response never started");

        site.Terminate();
        await site.WaitForLogAsync(line => line.Contains("Application is shutting down", StringComparison.Ordinal));

        using var received = new MemoryStream();
        var buffer = new byte[8192];
        int read;
        while ((read = await socket.ReceiveAsync(buffer)) > 0)
        {
            received.Write(buffer, 0, read);
        }

        var exitCode = await site.WaitForExitAsync();
        var bytes = received.ToArray();
        var bodyStart = bytes.AsSpan().IndexOf("\r\n\r\n"u8) + 4;

        Assert.StartsWith("HTTP/1.1 200", Encoding.ASCII.GetString(bytes, 0, 12), StringComparison.Ordinal);
        Assert.Equal(expected, bytes[bodyStart..]);
        Assert.Equal(0, exitCode);
    }
}
