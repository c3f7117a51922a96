using Site.Sharing;
using Site.Tests.Infrastructure;
using SkiaSharp;

namespace Site.Tests.Sharing;

/// <summary>Cards drawn directly; each one is also saved under artifacts/cards/ for a person to look at.</summary>
public sealed class CardRendererTests : IDisposable
{
    private const string Long = "Putin voices strong support for Palestinian statehood in Abbas talks as the Kremlin hosts a delegation amid the war in Gaza and a new Ukrainian incursion into the Kursk region";

    private readonly CardFonts _fonts = new();
    private readonly CardRenderer _renderer;

    public CardRendererTests() => _renderer = new CardRenderer(_fonts);

    public static TheoryData<string, string> Headlines() => new()
    {
        { "short", "Ceasefire holds" },
        { "seed", "Putin voices strong support for Palestinian statehood in Abbas talks" },
        { "long", Long },
        { "overflowing", string.Join(' ', Enumerable.Repeat("Statehood talks continue in Moscow", 12)) },
        { "one-huge-word", "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz repealed" },
        { "overflowing-cyrillic", string.Join(' ', Enumerable.Repeat("Переговоры о государственности продолжаются в Москве", 10)) },
        { "accented", "Élections en Côte d’Ivoire : l’opposition dénonce « un scrutin joué d’avance »" },
        { "cyrillic", "Путин выразил поддержку палестинской государственности на переговорах с Аббасом" },
    };

    public void Dispose() => _fonts.Dispose();

    [Theory]
    [MemberData(nameof(Headlines))]
    public void Render_EveryFormat_IsAPngOfItsSize_UnderTheLimit_WithTheHeadlineDrawn(string name, string headline)
    {
        var text = new CardText("The Meridian", headline, "13 August 2024", "Reuters");
        foreach (var format in CardFormat.All)
        {
            var png = _renderer.Render(text, format);
            File.WriteAllBytes(Path.Combine(RepositoryRoot.Artifacts("cards"), $"{name}-{format.Name}.png"), png);

            Assert.Equal((format.Width, format.Height), Png.Size(png));
            Assert.InRange(png.Length, 1, 300 * 1024);
            Assert.True(LightPixels(png, CardRenderer.HeadlineArea(format)) > 500, $"no headline pixels on {name} {format.Name}");
        }
    }

    [Theory]
    [MemberData(nameof(Headlines))]
    public void Fonts_CoverEveryLetterOfTheHeadline(string name, string headline)
    {
        using var font = new SKFont(_fonts.Headline, 40);
        using var label = new SKFont(_fonts.Label, 20);

        Assert.True(font.ContainsGlyphs(headline), $"headline font lacks glyphs for {name}");
        Assert.True(label.ContainsGlyphs(headline), $"label font lacks glyphs for {name}");
    }

    [Fact]
    public void Render_Logo_IsTheSiteNameOnA600x60Strip()
    {
        var png = _renderer.Render(new CardText("The Meridian", "Any headline", "1 January 2026", null), CardFormat.Logo);
        File.WriteAllBytes(Path.Combine(RepositoryRoot.Artifacts("cards"), "logo-600x60.png"), png);

        Assert.Equal((600, 60), Png.Size(png));
        Assert.True(LightPixels(png, new SKRect(0, 0, 600, 60)) > 100);
    }

    [Fact]
    public void Render_SameText_IsByteIdentical()
    {
        var text = new CardText("The Meridian", "Same words, same card", "1 January 2026", null);

        Assert.Equal(_renderer.Render(text, CardFormat.OpenGraph), _renderer.Render(text, CardFormat.OpenGraph));
    }

    [Fact]
    public void Layout_ShortHeadline_IsOneLineAtTheLargestSize()
    {
        var layout = _renderer.Layout(new CardText("S", "Ceasefire holds", "d", null), CardFormat.OpenGraph);

        Assert.Equal(["Ceasefire holds"], layout.Lines.AsEnumerable());
        Assert.Equal(Math.Min(108f, 630 / 7.5f), layout.FontSize);
    }

    [Theory]
    [MemberData(nameof(Headlines))]
    public void Layout_KeepsEveryWordWhole_AndFitsTheBox(string name, string headline)
    {
        foreach (var format in CardFormat.All)
        {
            var layout = _renderer.Layout(new CardText("S", headline, "d", null), format);
            var area = CardRenderer.HeadlineArea(format);
            using var font = new SKFont(_fonts.Headline, layout.FontSize);

            Assert.All(layout.Lines, line => Assert.True(font.MeasureText(line) <= area.Width, $"{name}: '{line}' is wider than the card"));
            Assert.True(layout.Lines.Length * layout.LineHeight <= area.Height, $"{name} is taller than the card at {format.Name}");
            var words = headline.Split(' ');
            var drawn = string.Join(' ', layout.Lines).TrimEnd('…').Split(' ');
            Assert.Equal(words.Take(drawn.Length), drawn);
        }
    }

    [Fact]
    public void Layout_LongHeadline_ShrinksBelowTheShortOne()
    {
        var shortLayout = _renderer.Layout(new CardText("S", "Ceasefire holds", "d", null), CardFormat.OpenGraph);
        var longLayout = _renderer.Layout(new CardText("S", Long, "d", null), CardFormat.OpenGraph);

        Assert.True(longLayout.FontSize < shortLayout.FontSize);
        Assert.True(longLayout.Lines.Length > 1);
    }

    [Fact]
    public void Layout_HeadlineTooLongForTheSmallestSize_EndsWithAnEllipsisAfterAWholeWord()
    {
        var endless = string.Join(' ', Enumerable.Repeat("Statehood talks continue", 40));

        var layout = _renderer.Layout(new CardText("S", endless, "d", null), CardFormat.OpenGraph);

        Assert.EndsWith("…", layout.Lines[^1], StringComparison.Ordinal);
        Assert.Matches(@"(Statehood|talks|continue)…$", layout.Lines[^1]);
    }

    [Fact]
    public void Hash_ChangesWithWhatIsDrawn_AndOnlyWithIt()
    {
        var a = new CardText("The Meridian", "Headline one", "1 January 2026", "Reuters");

        Assert.Equal(a.Hash, new CardText("The Meridian", "Headline one", "1 January 2026", "Reuters").Hash);
        Assert.Equal("80c359886d0f7c60", a.Hash);
        Assert.Equal(5, new[]
        {
            a.Hash,
            (a with { Headline = "Headline two" }).Hash,
            (a with { SiteName = "Another Site" }).Hash,
            (a with { Dateline = "2 January 2026" }).Hash,
            (a with { Source = null }).Hash,
        }.Distinct().Count());
    }

    private static int LightPixels(byte[] png, SKRect area)
    {
        using var bitmap = SKBitmap.Decode(png);
        var count = 0;
        for (var y = (int)area.Top; y < (int)area.Bottom; y += 2)
        {
            for (var x = (int)area.Left; x < (int)area.Right; x += 2)
            {
                var pixel = bitmap.GetPixel(x, y);
                if (pixel.Red > 200 && pixel.Green > 200 && pixel.Blue > 200)
                {
                    count++;
                }
            }
        }

        return count;
    }
}
