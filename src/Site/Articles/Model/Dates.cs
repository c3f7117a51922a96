using System.Globalization;

namespace Site.Articles.Model;

/// <summary>How dates are written for readers and machines: in the article's own offset, with a 24-hour clock.</summary>
public static class Dates
{
    /// <summary>ISO 8601 with offset, for <c>&lt;time datetime&gt;</c> and metadata.</summary>
    public static string Machine(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>"13 August 2024".</summary>
    public static string Day(DateTimeOffset value) =>
        value.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"13 August 2024, 18:00 UTC+03:00".</summary>
    public static string DayAndTime(DateTimeOffset value) =>
        value.ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) + " " + Offset(value.Offset);

    /// <summary>"2024", "August 2024", "13 August 2024".</summary>
    public static string Period(ArchivePeriod period)
    {
        var first = new DateTime(period.Year, period.Month ?? 1, period.Day ?? 1, 0, 0, 0, DateTimeKind.Unspecified);
        var format = period.Day is not null ? "d MMMM yyyy" : period.Month is not null ? "MMMM yyyy" : "yyyy";
        return first.ToString(format, CultureInfo.InvariantCulture);
    }

    private static string Offset(TimeSpan offset) =>
        offset == TimeSpan.Zero ? "UTC" : "UTC" + (offset < TimeSpan.Zero ? "−" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
