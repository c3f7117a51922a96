namespace Site.Tests.Infrastructure;

/// <summary>Builds article files for tests: valid by default, with any front-matter line replaced or added.</summary>
public static class ArticleFiles
{
    public static string Markdown(
        string title = "A test article",
        string date = "2024-08-13T19:00:00+03:00",
        string summary = "One sentence that sums the article up.",
        string extra = "",
        string body = "The first paragraph.\n\nThe second paragraph.") =>
        $"""
        ---
        title: {title}
        date: {date}
        summary: {summary}
        {extra}
        ---

        {body}

        """;
}
