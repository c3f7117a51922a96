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

    [Fact]
    public void Parse_PastTheWordBudget_KeepsTheFirstWords_AndNamesTheRest()
    {
        var query = SearchQuery.Parse("one two three four five six seven eight nine ten", maxWords: 8);

        Assert.Equal("one two three four five six seven eight", query.Text);
        Assert.Equal(8, query.Clauses.Length);
        Assert.Equal("nine ten", query.Dropped);
    }

    [Fact]
    public void Parse_APhrasePastTheBudget_IsCutAndClosed()
    {
        var query = SearchQuery.Parse("rail \"one two three four five\" strike", maxWords: 4);

        Assert.Equal("rail \"one two three\"", query.Text);
        Assert.Equal([new SearchClause("rail", false), new SearchClause("one two three", true)], query.Clauses.AsEnumerable());
        Assert.Equal("four five strike", query.Dropped);
    }

    /// <summary>One run of characters can hold many words for the index ("a-b-c"): they count as the index splits them.</summary>
    [Fact]
    public void Parse_WordsJoinedByPunctuation_CountAsTheIndexSplitsThem()
    {
        var query = SearchQuery.Parse("a-b-c-d-e-f-g-h-i-j", maxWords: 8);

        Assert.Equal("a-b-c-d-e-f-g-h", Assert.Single(query.Clauses).Text);
        Assert.Equal("i-j", query.Dropped);
    }

    [Fact]
    public void Parse_WithinTheBudget_DropsNothing()
    {
        var query = SearchQuery.Parse("!!! rail \"central bank\" ???", maxWords: 3);

        Assert.Equal("!!! rail \"central bank\" ???", query.Text);
        Assert.Equal("", query.Dropped);
    }
}
