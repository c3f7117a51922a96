using System.Net.Sockets;
using System.Text;

namespace Site.Tests.Infrastructure;

/// <summary>
/// Sends a request as raw bytes over TCP, so a test can send what HttpClient refuses to: invalid
/// UTF-8, control characters, duplicated or oversized headers, odd methods and request targets.
/// Reads until the server closes the connection (requests carry <c>Connection: close</c>).
/// </summary>
public static class RawHttp
{
    public sealed record Response(int Status, string Head, string Body)
    {
        public string? Header(string name) =>
            Head.Split("\r\n").Skip(1).Select(line => line.Split(':', 2))
                .FirstOrDefault(parts => parts.Length == 2 && parts[0].Equals(name, StringComparison.OrdinalIgnoreCase))?[1].Trim();
    }

    /// <summary>A request line, headers and an optional body; the target is written as Latin-1, so any byte can be sent.</summary>
    public static byte[] Request(string method, string target, string headers = "", string version = "HTTP/1.1", byte[]? body = null)
    {
        var head = $"{method} {target} {version}\r\nHost: 127.0.0.1\r\nConnection: close\r\n{headers}\r\n";
        return [.. Encoding.Latin1.GetBytes(head), .. body ?? []];
    }

    public static async Task<Response> SendAsync(Uri server, byte[] request)
    {
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await client.ConnectAsync(server.Host, server.Port, timeout.Token);
        var stream = client.GetStream();
        try
        {
            await stream.WriteAsync(request, timeout.Token);
        }
        catch (IOException)
        {
            // The server may answer and close before it has taken all of a large request.
        }

        using var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException) when (received.Length > 0)
        {
            // A reset after the answer was sent: what arrived is the answer.
        }

        var text = Encoding.UTF8.GetString(received.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var status = int.Parse(head.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return new Response(status, head, split < 0 ? "" : text[(split + 4)..]);
    }
}
