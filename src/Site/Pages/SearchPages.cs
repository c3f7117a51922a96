namespace Site.Pages;

/// <summary>Which page of a search's results, how many there are, and the address of each (<c>/search?q=…&amp;page=2</c>).</summary>
public sealed record SearchPages(string Query, int Number, int Count)
{
    public string PathOf(int number) =>
        "/search?q=" + Uri.EscapeDataString(Query) + (number == 1 ? "" : "&page=" + number.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
