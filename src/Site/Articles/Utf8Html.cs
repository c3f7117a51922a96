using System.Text;

namespace Site.Articles;

/// <summary>
/// HTML held as UTF-8 bytes: for most text half the memory of a string. Equal when the bytes are.
/// </summary>
public sealed class Utf8Html : IEquatable<Utf8Html>
{
    private readonly ReadOnlyMemory<byte> _bytes;

    public Utf8Html(string html) => _bytes = Encoding.UTF8.GetBytes(html);

    private Utf8Html(ReadOnlyMemory<byte> utf8) => _bytes = utf8;

    /// <summary>The bytes as held, for writing them out without a detour through text.</summary>
    public ReadOnlySpan<byte> Utf8 => _bytes.Span;

    /// <summary>
    /// HTML already encoded (read back from the article cache), taken as it is: the memory may be
    /// part of a block shared with other bodies, and must not change afterwards.
    /// </summary>
    public static Utf8Html FromUtf8(ReadOnlyMemory<byte> utf8) => new(utf8);

    public bool Equals(Utf8Html? other) => other is not null && _bytes.Span.SequenceEqual(other._bytes.Span);

    public override bool Equals(object? obj) => Equals(obj as Utf8Html);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_bytes.Span);
        return hash.ToHashCode();
    }

    /// <summary>The HTML as text.</summary>
    public override string ToString() => Encoding.UTF8.GetString(_bytes.Span);
}
