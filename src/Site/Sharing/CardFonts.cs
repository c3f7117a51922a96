using SkiaSharp;

namespace Site.Sharing;

/// <summary>
/// The typefaces cards are drawn with, loaded from fonts embedded in the assembly (SIL OFL,
/// licences beside them in Sharing/Fonts). System fonts are never used: the native Skia build
/// has none, and text drawn with its default typeface silently comes out empty.
/// </summary>
public sealed class CardFonts : IDisposable
{
    public SKTypeface Headline { get; } = Load("NotoSerif-Bold.ttf");

    public SKTypeface Label { get; } = Load("Inter-SemiBold.ttf");

    public void Dispose()
    {
        Headline.Dispose();
        Label.Dispose();
    }

    private static SKTypeface Load(string file)
    {
        var name = "Site.Sharing.Fonts." + file;
        using var stream = typeof(CardFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font {name} is not embedded in the assembly.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"The font {name} could not be read.");
    }
}
