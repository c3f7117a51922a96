using SkiaSharp;

namespace Site.Sharing;

/// <summary>
/// Draws a social card: a dark navy ground with a brand-red rule, the site name, the headline
/// in a large serif fitted to the space, and the date and source at the foot. The output is a
/// PNG, identical byte for byte for the same text and format.
/// </summary>
public sealed class CardRenderer(CardFonts fonts)
{
    private const float Margin = 80;
    private const float LabelSize = 34;
    private static readonly SKColor Top = new(0x10, 0x1c, 0x2e);
    private static readonly SKColor Bottom = new(0x1d, 0x31, 0x4f);
    private static readonly SKColor Accent = new(0xe0, 0x4f, 0x39);
    private static readonly SKColor Ink = new(0xfa, 0xf7, 0xf0);
    private static readonly SKColor Muted = new(0xb9, 0xc5, 0xd8);

    /// <summary>The box the headline is fitted into.</summary>
    public static SKRect HeadlineArea(CardFormat format) =>
        new(Margin, Margin + 96, format.Width - Margin, format.Height - Margin - 80);

    public HeadlineLayout Layout(CardText text, CardFormat format)
    {
        var area = HeadlineArea(format);
        var largest = Math.Min(108f, format.Height / 7.5f);
        return HeadlineLayout.Fit(fonts.Headline, text.Headline, area.Width, area.Height, largest, Math.Max(40f, largest / 2));
    }

    public byte[] Render(CardText text, CardFormat format)
    {
        using var surface = SKSurface.Create(new SKImageInfo(format.Width, format.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var canvas = surface.Canvas;
        DrawBackground(canvas, format);
        if (format == CardFormat.Logo)
        {
            DrawLogo(canvas, text);
            return Encode(surface);
        }

        using var labelFont = new SKFont(fonts.Label, LabelSize);
        using var ink = new SKPaint { Color = Ink, IsAntialias = true };
        using var muted = new SKPaint { Color = Muted, IsAntialias = true };
        canvas.DrawText(text.SiteName.ToUpperInvariant(), Margin, Margin + LabelSize, SKTextAlign.Left, labelFont, ink);

        var layout = Layout(text, format);
        var area = HeadlineArea(format);
        using var headlineFont = new SKFont(fonts.Headline, layout.FontSize);
        var blockHeight = layout.Lines.Length * layout.LineHeight;
        var baseline = area.Top + ((area.Height - blockHeight) / 2) + layout.FontSize;
        foreach (var line in layout.Lines)
        {
            canvas.DrawText(line, area.Left, baseline, SKTextAlign.Left, headlineFont, ink);
            baseline += layout.LineHeight;
        }

        canvas.DrawText(text.Footer, Margin, format.Height - Margin, SKTextAlign.Left, labelFont, muted);

        return Encode(surface);
    }

    private static byte[] Encode(SKSurface surface)
    {
        // Opaque pixels are written as RGB without alpha, compressed as hard as zlib goes, to
        // keep even a long headline on the square card well under the 300 KB previews accept.
        using var pixels = surface.PeekPixels() ?? throw new InvalidOperationException("A raster surface has pixels.");
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 9))
            ?? throw new InvalidOperationException("The PNG encoder failed.");
        return png.ToArray();
    }

    private void DrawLogo(SKCanvas canvas, CardText text)
    {
        using var font = new SKFont(fonts.Headline, 34);
        using var ink = new SKPaint { Color = Ink, IsAntialias = true };
        canvas.DrawText(text.SiteName, 32, 42, SKTextAlign.Left, font, ink);
    }

    private static void DrawBackground(SKCanvas canvas, CardFormat format)
    {
        using var shader = SKShader.CreateLinearGradient(
            new SKPoint(0, 0), new SKPoint(0, format.Height), [Top, Bottom], SKShaderTileMode.Clamp);
        using var ground = new SKPaint { Shader = shader };
        canvas.DrawRect(0, 0, format.Width, format.Height, ground);

        using var accent = new SKPaint { Color = Accent };
        canvas.DrawRect(0, 0, format == CardFormat.Logo ? 8 : 16, format.Height, accent);
        if (format != CardFormat.Logo)
        {
            canvas.DrawRect(Margin, Margin + LabelSize + 22, 96, 6, accent);
        }
    }
}
