using Microsoft.Extensions.Primitives;

namespace Ceiling;

/// <summary>
/// One response of the site as the benchmark captured it: the headers it sent (as written by
/// <c>curl -D</c>) and the body, for one path and one content coding.
/// </summary>
public sealed record CapturedResponse(string Path, string Coding, IReadOnlyList<KeyValuePair<string, StringValues>> Headers, byte[] Body)
{
    // Kestrel writes these itself.
    private static readonly HashSet<string> Framing = new(StringComparer.OrdinalIgnoreCase)
    {
        "Date", "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive", "Server",
    };

    public string? ETag => Headers.FirstOrDefault(h => h.Key.Equals("ETag", StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>Reads <c>manifest</c> in the folder: one line per response, "path coding headers-file body-file".</summary>
    public static IReadOnlyList<CapturedResponse> Load(string folder) =>
        [.. File.ReadAllLines(System.IO.Path.Combine(folder, "manifest"))
            .Where(line => line.Length > 0)
            .Select(line => line.Split(' '))
            .Select(parts => new CapturedResponse(
                parts[0],
                parts[1],
                ReadHeaders(System.IO.Path.Combine(folder, parts[2])),
                File.ReadAllBytes(System.IO.Path.Combine(folder, parts[3]))))];

    private static List<KeyValuePair<string, StringValues>> ReadHeaders(string file) =>
        [.. File.ReadAllLines(file)
            .Skip(1) // the status line
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.Contains(':', StringComparison.Ordinal))
            .Select(line => (Name: line[..line.IndexOf(':', StringComparison.Ordinal)], Value: line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))
            .Where(header => !Framing.Contains(header.Name))
            .GroupBy(header => header.Name, StringComparer.OrdinalIgnoreCase)
            .Select(group => new KeyValuePair<string, StringValues>(group.Key, new StringValues([.. group.Select(h => h.Value)])))];
}
