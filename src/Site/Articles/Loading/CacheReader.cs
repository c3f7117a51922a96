using System.Buffers.Binary;
using System.Text;

namespace Site.Articles.Loading;

/// <summary>
/// Reads what <see cref="BinaryWriter"/> wrote to the article cache, from the file held whole in
/// memory: every count and length is checked against what is left, and a body comes back as a
/// slice of the file, not a copy. Anything malformed throws <see cref="InvalidDataException"/>.
/// </summary>
internal sealed class CacheReader(ReadOnlyMemory<byte> file)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private int _position;

    public bool AtEnd => _position == file.Length;

    public bool Boolean() => Take(1)[0] switch
    {
        0 => false,
        1 => true,
        var other => throw new InvalidDataException($"it holds {other} where a yes or no belongs"),
    };

    public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(sizeof(int)));

    public long Int64() => BinaryPrimitives.ReadInt64LittleEndian(Take(sizeof(long)));

    public DateTime UtcTime()
    {
        var ticks = Int64();
        return ticks >= 0 && ticks <= DateTime.MaxValue.Ticks ? new DateTime(ticks, DateTimeKind.Utc) : throw new InvalidDataException("it holds a file time out of range");
    }

    public DateTimeOffset Date()
    {
        var ticks = Int64();
        var offset = Int64();
        try
        {
            return new DateTimeOffset(ticks, new TimeSpan(offset));
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException("it holds a date out of range", ex);
        }
    }

    /// <summary>A count of items or bytes, which cannot be more than the bytes left.</summary>
    public int Count()
    {
        var count = Int32();
        return count >= 0 && count <= file.Length - _position
            ? count
            : throw new InvalidDataException($"it holds a count of {count} where at most {file.Length - _position} bytes follow");
    }

    public string String()
    {
        var bytes = Take(Length7Bit());
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new InvalidDataException("it holds text that is not UTF-8", ex);
        }
    }

    public string? OptionalString() => Boolean() ? String() : null;

    public ReadOnlyMemory<byte> Bytes()
    {
        var length = Count();
        var bytes = file.Slice(_position, length);
        _position += length;
        return bytes;
    }

    private ReadOnlySpan<byte> Take(int length)
    {
        if (length > file.Length - _position)
        {
            throw new InvalidDataException("it is cut short");
        }

        var span = file.Span.Slice(_position, length);
        _position += length;
        return span;
    }

    /// <summary>A string's byte length as <see cref="BinaryWriter"/> writes it: seven bits a byte, low bits first.</summary>
    private int Length7Bit()
    {
        var value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = Take(1)[0];
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value >= 0 ? value : throw new InvalidDataException("it holds a negative length");
            }
        }

        throw new InvalidDataException("it holds a length that does not end");
    }
}
