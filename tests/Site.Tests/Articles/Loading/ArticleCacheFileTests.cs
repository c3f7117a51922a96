using Site.Articles.Loading;
using Site.Articles.Model;

namespace Site.Tests.Articles.Loading;

public sealed class ArticleCacheFileTests
{
    private static readonly ArticleCacheKey Key = new("build-1", "/srv/content", "en");

    private static readonly DateTime Saved = new(2024, 8, 14, 9, 30, 15, DateTimeKind.Utc);

    /// <summary>An article with every optional field set, in an offset other than UTC.</summary>
    private static Article Full() => new()
    {
        Title = "Putin meets Abbas — «talks» in Moscow",
        Slug = "putin-abbas",
        Published = new DateTimeOffset(2024, 8, 13, 19, 0, 0, TimeSpan.FromHours(3)),
        Updated = new DateTimeOffset(2024, 8, 14, 8, 15, 0, TimeSpan.FromHours(-4)),
        Summary = "A summary with an ampersand & a quote \".",
        Author = "A. Writer",
        Source = new ArticleSource("Reuters", new Uri("https://www.reuters.com/world/")),
        Tags = [new Tag("Russia", "russia"), new Tag("Palästina", "palastina")],
        LeadImage = new LeadImage("/images/photo.jpg", "Two men at a table", 1600, 900, "image/jpeg"),
        IsDraft = true,
        Aliases = ["/old/path", "/older/path"],
        Language = "en-GB",
        Body = new CompressedHtml("<p id=\"p1\">Body — with “quotes” and 🌍.</p>\n"),
        WordCount = 7,
        Excerpt = "Body — with “quotes” and 🌍.",
        SourcePath = "2024/putin-abbas.md",
    };

    private static Article Bare() => new()
    {
        Title = "Bare",
        Slug = "bare",
        Published = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero),
        Summary = "S",
        Language = "en",
        Body = new CompressedHtml(""),
        WordCount = 0,
        Excerpt = "",
        SourcePath = "bare.md",
    };

    private static byte[] Written(params Article[] articles)
    {
        using var stream = new MemoryStream();
        ArticleCacheFile.Write(stream, Key, [.. articles.Select((a, i) => new ArticleCacheEntry(a.SourcePath, 1000 + i, Saved.AddSeconds(i), a))]);
        return stream.ToArray();
    }

    [Fact]
    public void Read_WhatWasWritten_GivesEqualArticlesWithTheirFileStamps()
    {
        var (full, bare) = (Full(), Bare());

        var entries = ArticleCacheFile.Read(Written(full, bare), Key)!;

        Assert.Equal(2, entries.Count);
        var readFull = entries["2024/putin-abbas.md"];
        // Immutable arrays compare by reference in a record's equality: their items are compared here.
        Assert.Equal(full.Tags.ToArray(), readFull.Article.Tags.ToArray());
        Assert.Equal(full.Aliases.ToArray(), readFull.Article.Aliases.ToArray());
        Assert.Equal(full with { Tags = readFull.Article.Tags, Aliases = readFull.Article.Aliases }, readFull.Article);
        Assert.Equal(full.BodyHtml, readFull.Article.BodyHtml);
        Assert.Equal(full.Published.Offset, readFull.Article.Published.Offset);
        Assert.Equal(full.Updated!.Value.Offset, readFull.Article.Updated!.Value.Offset);
        Assert.Equal((1000L, Saved), (readFull.Length, readFull.LastWriteUtc));
        Assert.Equal(DateTimeKind.Utc, readFull.LastWriteUtc.Kind);
        Assert.Equal(bare with { Tags = entries["bare.md"].Article.Tags, Aliases = entries["bare.md"].Article.Aliases }, entries["bare.md"].Article);
        Assert.Equal((1001L, Saved.AddSeconds(1)), (entries["bare.md"].Length, entries["bare.md"].LastWriteUtc));
    }

    [Fact]
    public void Article_EveryPropertyItsInitializerSets_IsOneTheCacheFormatKnows()
    {
        // A new property must be written and read by ArticleCacheFile (and this list updated), or a
        // restart would serve articles without it.
        string[] known =
        [
            "Title", "Slug", "Published", "Updated", "Summary", "Author", "Source", "Tags",
            "LeadImage", "IsDraft", "Aliases", "Language", "Body", "WordCount", "Excerpt", "SourcePath",
        ];

        var settable = typeof(Article).GetProperties().Where(p => p.SetMethod is { IsPublic: true }).Select(p => p.Name);

        Assert.Equal(known.Order(StringComparer.Ordinal), settable.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_UnderAnotherLanguage_GivesNothing()
    {
        Assert.Null(ArticleCacheFile.Read(Written(Full()), Key with { Language = "de" }));
    }

    [Theory]
    [InlineData("build-2", "/srv/content")]
    [InlineData("build-1", "/srv/other")]
    public void Read_UnderAnotherBuildOrFolder_GivesLastGoodVersionsOnly(string build, string root)
    {
        var entries = ArticleCacheFile.Read(Written(Full(), Bare()), Key with { Build = build, Root = root })!;

        Assert.Equal(2, entries.Count);
        Assert.All(entries.Values, e => Assert.True(e.IsLastGood));
    }

    [Fact]
    public void Read_KeepsWhetherEachEntryIsALastGoodVersion()
    {
        using var stream = new MemoryStream();
        ArticleCacheFile.Write(stream, Key, [new ArticleCacheEntry("a.md", 1, Saved, Bare()), new ArticleCacheEntry("b.md", 2, Saved, Full(), IsLastGood: true)]);

        var entries = ArticleCacheFile.Read(stream.ToArray(), Key)!;

        Assert.False(entries["a.md"].IsLastGood);
        Assert.True(entries["b.md"].IsLastGood);
    }

    [Fact]
    public void Read_CutShortAtAnyByte_ThrowsInvalidData()
    {
        var file = Written(Full(), Bare());

        for (var length = 0; length < file.Length; length++)
        {
            Assert.Throws<InvalidDataException>(() => ArticleCacheFile.Read(file.AsMemory(0, length), Key));
        }
    }

    [Fact]
    public void Read_WithTrailingBytes_ThrowsInvalidData()
    {
        var file = Written(Full());

        Assert.Throws<InvalidDataException>(() => ArticleCacheFile.Read(file.Concat(new byte[] { 0 }).ToArray(), Key));
    }

    [Fact]
    public void Read_AnyByteChanged_ThrowsInvalidDataOrReadsAsAnotherKey_NeverAnArticle()
    {
        // The checksum catches a change anywhere, bodies included, which are held compressed and
        // would otherwise fail only when their page is rendered. A change in the header may
        // instead read as another build, folder or language: the cache then counts as absent too.
        var file = Written(Full(), Bare());

        for (var position = 0; position < file.Length; position++)
        {
            foreach (var flip in new byte[] { 0x01, 0x80, 0xFF })
            {
                var damaged = (byte[])file.Clone();
                damaged[position] ^= flip;
                try
                {
                    Assert.Null(ArticleCacheFile.Read(damaged, Key));
                }
                catch (InvalidDataException)
                {
                    // The only way the reader may fail: the cache then counts as absent.
                }
            }
        }
    }
}
