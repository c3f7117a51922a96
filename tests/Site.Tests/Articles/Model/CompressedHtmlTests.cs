using System.Text;
using Site.Articles.Model;
using Site.Tests.Infrastructure;

namespace Site.Tests.Articles.Model;

public sealed class CompressedHtmlTests
{
    public static TheoryData<string> Bodies() => new()
    {
        "",
        "<p>x</p>",
        "<p id=\"p1\">Body — with “quotes”, Кремль, 巴勒斯坦 and 🌍.</p>\n",
        string.Concat(Enumerable.Range(0, 5000).Select(i => $"<p id=\"p{i}\">Paragraph {i} of a long article.</p>\n")),
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void ToString_GivesBackTheHtml_AndUtf8LengthIsItsEncodedLength(string html)
    {
        var body = new CompressedHtml(html);

        Assert.Equal(html, body.ToString());
        Assert.Equal(Encoding.UTF8.GetByteCount(html), body.Utf8Length);
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void FromHeld_WhatHeldGave_IsEqualAndGivesTheSameHtml(string html)
    {
        var body = new CompressedHtml(html);

        var again = CompressedHtml.FromHeld(body.Held.ToArray());

        Assert.Equal(body, again);
        Assert.Equal(body.GetHashCode(), again.GetHashCode());
        Assert.Equal(html, again.ToString());
    }

    [Fact]
    public void ShortProse_IsHeldInWellUnderItsUtf8Bytes()
    {
        var html = string.Concat(SeedArticle.Paragraphs.Select((text, i) => $"<p id=\"p{i + 1}\">{text}</p>\n"));

        var body = new CompressedHtml(html);

        // The seed article, 2.8 KB as HTML: 1.4 KB held. Longer bodies compress better.
        Assert.InRange(body.Held.Length, 1, Encoding.UTF8.GetByteCount(html) * 6 / 10);
    }

    [Fact]
    public void DifferentHtml_IsNotEqual()
    {
        Assert.NotEqual(new CompressedHtml("<p>a</p>"), new CompressedHtml("<p>b</p>"));
    }

    [Fact]
    public void FromHeld_ShorterThanItsLength_ThrowsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => CompressedHtml.FromHeld(new byte[] { 1, 0 }));
        Assert.Throws<InvalidDataException>(() => CompressedHtml.FromHeld(new byte[] { 0, 0, 0, 0x80 }));
    }

    [Fact]
    public void ToString_OfAStreamCutShort_ThrowsInvalidData_NamingTheLengths()
    {
        // Brotli has no checksum of its own: the article cache's file checksum catches a changed
        // byte before a body is used. What decompression itself can tell is a stream that stops short.
        var held = new CompressedHtml("<p>Paragraph one of an article.</p>\n<p>Paragraph two.</p>").Held[..^2].ToArray();

        var damaged = CompressedHtml.FromHeld(held);

        var error = Assert.Throws<InvalidDataException>(damaged.ToString);
        Assert.Contains($"{held.Length} bytes", error.Message, StringComparison.Ordinal);
    }
}
