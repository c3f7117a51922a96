using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Site.Articles.Model;

/// <summary>
/// HTML held as Brotli-compressed UTF-8, for ten thousand bodies in memory at once: for a 4 KB
/// body about a third of its UTF-8 bytes (half for a short one) and a sixth of a string's. It is
/// compressed once, when its file is parsed, at Brotli's fastest quality (about 40 µs for a 4 KB
/// body); <see cref="ToString"/> decompresses it (about 25 µs), which only rendering a page not
/// yet kept, a feed or a search snippet asks for. Equal when the compressed bytes are: the same
/// HTML compressed by the same build.
/// </summary>
public sealed class CompressedHtml : IEquatable<CompressedHtml>
{
    /// <summary>Brotli's fastest quality: parsing 10,000 files pays little, and the bodies take 2.8 times less memory.</summary>
    private const int Quality = 1;

    private const int Window = 22;

    /// <summary>The UTF-8 length of the HTML, then the Brotli stream.</summary>
    private readonly ReadOnlyMemory<byte> _held;

    public CompressedHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);

        // The text and the worst-case output are scratch (pooled); only the compressed bytes stay.
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(html.Length));
        var length = Encoding.UTF8.GetBytes(html, utf8);
        var scratch = ArrayPool<byte>.Shared.Rent(sizeof(int) + BrotliEncoder.GetMaxCompressedLength(length));
        try
        {
            BinaryPrimitives.WriteInt32LittleEndian(scratch, length);
            if (!BrotliEncoder.TryCompress(utf8.AsSpan(0, length), scratch.AsSpan(sizeof(int)), out var written, Quality, Window))
            {
                throw new InvalidOperationException($"Brotli could not compress {length} bytes of HTML");
            }

            _held = scratch.AsSpan(0, sizeof(int) + written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    private CompressedHtml(ReadOnlyMemory<byte> held) => _held = held;

    /// <summary>The bytes as held (length and Brotli stream), for the article cache to keep as they are.</summary>
    public ReadOnlySpan<byte> Held => _held.Span;

    /// <summary>How many bytes the HTML takes as UTF-8, uncompressed.</summary>
    public int Utf8Length => BinaryPrimitives.ReadInt32LittleEndian(_held.Span);

    /// <summary>
    /// Bytes <see cref="Held"/> gave, read back from the article cache and taken as they are: the
    /// memory may be part of a block shared with other bodies, and must not change afterwards. The
    /// cache file is checked whole before any of it is used.
    /// </summary>
    public static CompressedHtml FromHeld(ReadOnlyMemory<byte> held) =>
        held.Length >= sizeof(int) && BinaryPrimitives.ReadInt32LittleEndian(held.Span) >= 0
            ? new(held)
            : throw new InvalidDataException("it holds a body shorter than its length");

    public bool Equals(CompressedHtml? other) => other is not null && _held.Span.SequenceEqual(other._held.Span);

    public override bool Equals(object? obj) => Equals(obj as CompressedHtml);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_held.Span);
        return hash.ToHashCode();
    }

    /// <summary>The HTML as text, decompressed.</summary>
    public override string ToString()
    {
        var length = Utf8Length;
        if (length == 0)
        {
            return "";
        }

        var utf8 = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            return BrotliDecoder.TryDecompress(_held.Span[sizeof(int)..], utf8.AsSpan(0, length), out var written) && written == length
                ? Encoding.UTF8.GetString(utf8, 0, length)
                : throw new InvalidDataException($"a body held as {_held.Length} bytes does not decompress to the {length} bytes it says");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }
}
