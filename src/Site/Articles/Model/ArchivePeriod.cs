using System.Globalization;

namespace Site.Articles.Model;

/// <summary>
/// A year, a month or a day of the permalinks' calendar (each article's date in its own offset),
/// with the path of its archive page: <c>/2024</c>, <c>/2024/08</c>, <c>/2024/08/13</c>.
/// </summary>
public sealed record ArchivePeriod(int Year, int? Month = null, int? Day = null)
{
    public string Path =>
        (Month, Day) switch
        {
            ({ } month, { } day) => string.Create(CultureInfo.InvariantCulture, $"/{Year:0000}/{month:00}/{day:00}"),
            ({ } month, null) => string.Create(CultureInfo.InvariantCulture, $"/{Year:0000}/{month:00}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"/{Year:0000}"),
        };

    /// <summary>The day an article's permalink is dated.</summary>
    public static ArchivePeriod DayOf(DateTimeOffset published) => new(published.Year, published.Month, published.Day);

    /// <summary>
    /// The period that path segments name, spelled as permalinks spell it (four digits, then two,
    /// then two); null for any other spelling and for dates the calendar does not have.
    /// </summary>
    public static ArchivePeriod? Parse(string? year, string? month = null, string? day = null)
    {
        if (Number(year, 4) is not (>= 1 and var y) || (month is null && day is not null))
        {
            return null;
        }

        if (month is null)
        {
            return new ArchivePeriod(y);
        }

        if (Number(month, 2) is not (>= 1 and <= 12 and var m))
        {
            return null;
        }

        if (day is null)
        {
            return new ArchivePeriod(y, m);
        }

        return Number(day, 2) is >= 1 and var d && d <= DateTime.DaysInMonth(y, m) ? new ArchivePeriod(y, m, d) : null;
    }

    public bool Contains(DateTimeOffset published) =>
        published.Year == Year && (Month is null || published.Month == Month) && (Day is null || published.Day == Day);

    private static int? Number(string? digits, int length) =>
        digits is not null && digits.Length == length && digits.All(char.IsAsciiDigit)
            ? int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;
}
