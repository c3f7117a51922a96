using Site.Articles.Model;
using Site.Articles.Parsing;
using Site.Tests.Infrastructure;
using static Site.Tests.Infrastructure.TestParser;

namespace Site.Tests.Articles.Parsing;

public sealed class ArticleParserTests
{
    [Fact]
    public void Parse_ValidFile_ReturnsArticleWithEveryField()
    {
        var article = Parse(ArticleFiles.Markdown(extra: """
            slug: chosen-slug
            updated: 2024-08-14T09:30:00+03:00
            author: Jane Reporter
            source:
              name: Reuters
              url: https://www.reuters.com/
            tags:
              - Middle East
              - Russia
            image: /images/photo.jpg
            image_alt: Two men shaking hands
            draft: true
            aliases:
              - /Old/Path/
            lang: en-GB
            """)).Article;

        Assert.NotNull(article);
        Assert.Equal("A test article", article.Title);
        Assert.Equal("chosen-slug", article.Slug);
        Assert.Equal(new DateTimeOffset(2024, 8, 13, 19, 0, 0, TimeSpan.FromHours(3)), article.Published);
        Assert.Equal(new DateTimeOffset(2024, 8, 14, 9, 30, 0, TimeSpan.FromHours(3)), article.Updated);
        Assert.Equal("Jane Reporter", article.Author);
        Assert.Equal(new ArticleSource("Reuters", new Uri("https://www.reuters.com/")), article.Source);
        Assert.Equal(["middle-east", "russia"], article.Tags.Select(t => t.Slug));
        Assert.Equal(new LeadImage("/images/photo.jpg", "Two men shaking hands", 1600, 900, "image/jpeg"), article.LeadImage);
        Assert.True(article.IsDraft);
        Assert.Equal(["/old/path"], article.Aliases.AsEnumerable());
        Assert.Equal("en-GB", article.Language);
        Assert.Equal("/2024/08/13/chosen-slug", article.Permalink);
        Assert.Equal(TestPath, article.SourcePath);
    }

    [Fact]
    public void Parse_NoSlug_TakesTheFileNameOverTheTitle()
    {
        var article = Parser.Parse("2024/putin-abbas.md", ArticleFiles.Markdown(title: "Putin meets Abbas"), "en").Article;

        Assert.Equal("putin-abbas", article?.Slug);
    }

    [Theory]
    [InlineData("2024/Story Draft.md")]
    [InlineData("2024/россия.md")]
    [InlineData("2024/Putin-Abbas.md")]
    public void Parse_NoSlugAndAFileNameThatIsNoSlug_DerivesItFromTheTitle(string path)
    {
        var article = Parser.Parse(path, ArticleFiles.Markdown(title: "\"Putin meets Abbas: what’s next?\""), "en").Article;

        Assert.Equal("putin-meets-abbas-whats-next", article?.Slug);
    }

    [Fact]
    public void Parse_ExplicitSlug_WinsOverFileNameAndTitle()
    {
        var article = Parser.Parse("2024/putin-abbas.md", ArticleFiles.Markdown(title: "Putin meets Abbas", extra: "slug: chosen-slug"), "en").Article;

        Assert.Equal("chosen-slug", article?.Slug);
    }

    [Fact]
    public void Parse_Body_IsRenderedAndCounted()
    {
        var article = Parse(ArticleFiles.Markdown(body: "One *two* three.\n\nFour five.")).Article!;

        var (first, second) = (ParagraphPermalinks.IdFor("One *two* three."), ParagraphPermalinks.IdFor("Four five."));
        Assert.Equal(
            $"<p id=\"{first}\">One <em>two</em> three.<a class=\"para-link\" href=\"#{first}\" aria-label=\"Link to this paragraph\">¶</a></p>\n" +
            $"<p id=\"{second}\">Four five.<a class=\"para-link\" href=\"#{second}\" aria-label=\"Link to this paragraph\">¶</a></p>\n",
            article.BodyHtml);
        Assert.Equal(5, article.WordCount);
        Assert.Equal(1, article.ReadingMinutes);
        Assert.Equal("One two three. Four five.", article.Excerpt);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void Parse_LongBody_ExcerptEndsAtAWordWithAnEllipsis()
    {
        var body = string.Join(' ', Enumerable.Repeat("word", 100));

        var excerpt = Parse(ArticleFiles.Markdown(body: body)).Article!.Excerpt;

        Assert.True(excerpt.Length <= 201, excerpt);
        Assert.EndsWith("word…", excerpt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("date")]
    [InlineData("summary")]
    public void Parse_MissingRequiredKey_ReportsFileAndLine(string key)
    {
        var markdown = string.Join('\n', ArticleFiles.Markdown().Split('\n').Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal)));

        var error = SingleError(markdown);

        Assert.Equal(TestPath, error.Path);
        Assert.Equal(2, error.Line);
        Assert.Contains($"missing required key '{key}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-08-13")]
    [InlineData("2024-08-13T19:00:00")]
    [InlineData("13 August 2024")]
    public void Parse_DateWithoutOffsetOrInvalid_ReportsLineOfDate(string date)
    {
        var error = SingleError(ArticleFiles.Markdown(date: date));

        Assert.Equal(3, error.Line);
        Assert.Contains("'date'", error.Message, StringComparison.Ordinal);
        Assert.Contains("offset", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownKey_IsAnErrorNamingTheKey()
    {
        var error = SingleError(ArticleFiles.Markdown(extra: "titel: typo"));

        Assert.Equal(5, error.Line);
        Assert.Contains("unknown key 'titel'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tags: Russia", "'tags' must be a list")]
    [InlineData("title2: x", "unknown key")]
    [InlineData("draft: maybe", "'draft' must be true or false")]
    [InlineData("author:\n  - a\n  - b", "'author' must be text, not a list")]
    [InlineData("slug: Not A Slug", "slug 'Not A Slug' must be lower-case")]
    [InlineData("lang: english!", "lang 'english!' is not a language tag")]
    [InlineData("image: /x.jpg", "image needs image_alt")]
    [InlineData("updated: 2024-08-12T19:00:00+03:00", "updated must not be earlier than date")]
    [InlineData("aliases:\n  - old-path", "alias 'old-path' must be a path")]
    [InlineData("aliases:\n  - /tags", "alias '/tags' is where the site serves the list of topics, so it would never redirect")]
    [InlineData("aliases:\n  - /feed.xml", "alias '/feed.xml' is where the site serves the Atom feed, so it would never redirect")]
    [InlineData("aliases:\n  - /Tags/", "alias '/Tags/' is where the site serves the list of topics")]
    [InlineData("source:\n  url: https://example.com", "source needs a name")]
    public void Parse_WrongValue_ReportsWhatIsWrong(string extra, string expected)
    {
        var error = SingleError(ArticleFiles.Markdown(extra: extra));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Line, 5, 6);
    }

    [Theory]
    [InlineData("/images/missing.jpg", "image '/images/missing.jpg' does not exist under wwwroot")]
    [InlineData("/images/unbuilt.jpg", "image '/images/unbuilt.jpg' is not among the files this build serves: add it under wwwroot/ and rebuild")]
    [InlineData("/images/narrow.jpg", "image '/images/narrow.jpg' is 800 px wide; link previews need at least 1200 px")]
    [InlineData("/images/not-a-picture.jpg", "image '/images/not-a-picture.jpg' is not a picture")]
    [InlineData("images/photo.jpg", "must be a path under wwwroot starting with '/'")]
    [InlineData("/../secret.jpg", "must be a path under wwwroot starting with '/'")]
    public void Parse_UnusableImage_ReportsTheFileAndTheImageLine(string image, string expected)
    {
        var error = SingleError(ArticleFiles.Markdown(extra: $"image: {image}\nimage_alt: A picture"));

        Assert.Equal(TestPath, error.Path);
        Assert.Equal(5, error.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOneWithItsLine()
    {
        var result = Parse("""
            ---
            title: ""
            date: yesterday
            colour: red
            tags: politics
            ---
            """);

        var errors = result.Errors.Select(e => $"{e.Path}:{e.Line}: {e.Message}").ToList();
        Assert.Equal(6, errors.Count);
        Assert.Contains(errors, e => e.StartsWith($"{TestPath}:2: missing required key 'summary'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith($"{TestPath}:2: 'title' must not be empty", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith($"{TestPath}:3: 'date' value 'yesterday'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith($"{TestPath}:4: unknown key 'colour'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith($"{TestPath}:5: 'tags' must be a list", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith($"{TestPath}:6: the article has no body text", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_EmptyBody_IsAnError()
    {
        var error = SingleError(ArticleFiles.Markdown(body: ""));

        Assert.Contains("no body text", error.Message, StringComparison.Ordinal);
        Assert.Equal(7, error.Line);
    }

    [Fact]
    public void Parse_NoFrontMatter_IsAnErrorOnLineOne()
    {
        var error = SingleError("Just some text.\n");

        Assert.Equal(1, error.Line);
        Assert.Contains("no front matter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BrokenYaml_ReportsTheLine()
    {
        var error = SingleError("---\ntitle: A\ndate: 2024-08-13T19:00:00+03:00\nsummary: [unclosed\n---\n\nBody.\n");

        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Line, 4, 5);
    }

    [Fact]
    public void Parse_FileNameAndTitleWithNoLatinLetters_AsksForASlug()
    {
        var result = Parser.Parse("2024/путин.md", ArticleFiles.Markdown(title: "Путин и Аббас"), "en");

        Assert.Null(result.Article);
        var error = Assert.Single(result.Errors);

        Assert.Contains("add a 'slug' key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CyrillicTitleWithSlug_IsAccepted()
    {
        var article = Parse(ArticleFiles.Markdown(title: "Путин и Аббас", extra: "slug: putin-abbas\nlang: ru")).Article;

        Assert.Equal("Путин и Аббас", article?.Title);
        Assert.Equal("ru", article?.Language);
    }

    [Theory]
    [InlineData("[a, b]: c")]
    [InlineData("{x: 1}: c")]
    [InlineData("source:\n  [name]: Reuters\n  name: Reuters")]
    public void Parse_KeyThatIsNotAPlainName_IsReportedNotThrown(string extra)
    {
        var result = Parse(ArticleFiles.Markdown(extra: extra));

        Assert.Null(result.Article);
        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e => Assert.Equal(TestPath, e.Path));
    }
}
