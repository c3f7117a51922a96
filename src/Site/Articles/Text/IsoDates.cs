using System.Globalization;
using System.Text.RegularExpressions;

namespace Site.Articles.Text;

/// <summary>
/// Reads a front matter date and time with an offset, and when it cannot, says which part is
/// wrong: a day the month does not have, a year out of range, a time or offset that does not exist.
/// </summary>
public static partial class IsoDates
{
    public const int FirstYear = 1900;
    public const int LastYear = 2100;

    private const string Example = "such as 2024-08-13T18:30:00+03:00";

    /// <summary>The date, or null and what is wrong with <paramref name="text"/>.</summary>
    public static (DateTimeOffset? Value, string? Problem) Parse(string key, string text)
    {
        var match = Shape().Match(text);
        if (!match.Success)
        {
            return (null, $"'{key}' value '{text}' must be an ISO 8601 date and time with an offset, {Example}");
        }

        int Part(string name) => int.Parse(match.Groups[name].ValueSpan, CultureInfo.InvariantCulture);
        var (year, month, day) = (Part("year"), Part("month"), Part("day"));
        var (hour, minute, second) = (Part("hour"), Part("minute"), match.Groups["second"].Success ? Part("second") : 0);
        var problem = (year, month) switch
        {
            _ when year is < FirstYear or > LastYear =>
                $"'{key}' year {match.Groups["year"].Value} is not between {FirstYear} and {LastYear}: check the year",
            _ when month is < 1 or > 12 =>
                $"'{key}' value '{text}' has month {match.Groups["month"].Value}, but months run from 01 to 12",
            _ when day < 1 || day > DateTime.DaysInMonth(year, month) =>
                $"'{key}' day {match.Groups["day"].Value} does not exist in {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year}, " +
                $"which has {DateTime.DaysInMonth(year, month)} days: check the date",
            _ when hour > 23 || minute > 59 || second > 59 =>
                $"'{key}' time {match.Groups["time"].Value} does not exist: hours run from 00 to 23, minutes and seconds from 00 to 59",
            _ when match.Groups["offset"].Value is not "Z" and var offset &&
                   (int.Parse(offset.AsSpan(4, 2), CultureInfo.InvariantCulture) > 59 ||
                    (int.Parse(offset.AsSpan(1, 2), CultureInfo.InvariantCulture) * 60) + int.Parse(offset.AsSpan(4, 2), CultureInfo.InvariantCulture) > 14 * 60) =>
                $"'{key}' offset {offset} does not exist: offsets run from -14:00 to +14:00",
            _ => null,
        };
        if (problem is not null)
        {
            return (null, problem);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? (value, null)
            : (null, $"'{key}' value '{text}' is not a date and time this site can read: write it {Example}");
    }

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})[T ](?<time>(?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:\.\d{1,7})?)?)(?<offset>Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Shape();
}
