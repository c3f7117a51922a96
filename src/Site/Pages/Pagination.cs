namespace Site.Pages;

/// <summary>One page of a paged list (the front page, a topic): which page, how many, and the path of each.</summary>
public sealed record Pagination(int Number, int Count, string FirstPath)
{
    public string PathOf(int number) => number == 1 ? FirstPath : $"{FirstPath.TrimEnd('/')}/page/{number}";

    /// <summary>The page of <paramref name="total"/> items that <paramref name="requested"/> asks for (none: the first), or null when there is no such page.</summary>
    public static Pagination? Of(int total, int size, int? requested, string firstPath)
    {
        var count = Math.Max(1, (total + size - 1) / size);
        var number = requested ?? 1;
        return number >= 1 && number <= count ? new Pagination(number, count, firstPath) : null;
    }

    public IEnumerable<T> Slice<T>(IEnumerable<T> items, int size) => items.Skip((Number - 1) * size).Take(size);
}
