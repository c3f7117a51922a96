using Site.Search;

namespace Site.Tests.Search;

public sealed class SearchQueryTests
{
    [Fact]
    public void Parse_SplitsWordsAndQuotedPhrases()
    {
        var query = SearchQuery.Parse("  rail \"central bank\"   rates ");

        Assert.Equal("rail \"central bank\" rates", query.Text);
        Assert.Equal([new SearchClause("rail", false), new SearchClause("central bank", true), new SearchClause("rates", false)], query.Clauses.AsEnumerable());
    }

    [Fact]
    public void Parse_UnbalancedQuote_KeepsTheWordsAfterIt()
    {
        var query = SearchQuery.Parse("\"rail strike");

        Assert.Equal([new SearchClause("rail", false), new SearchClause("strike", false)], query.Clauses.AsEnumerable());
    }

    [Fact]
    public void Parse_ControlCharacters_BecomeSpaces()
    {
        var query = SearchQuery.Parse("rail\0\u0007strike\r\nnews");

        Assert.Equal("rail strike news", query.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"")]
    public void Parse_NothingToLookFor_IsEmpty(string? text)
    {
        Assert.True(SearchQuery.Parse(text).IsEmpty);
    }
}
