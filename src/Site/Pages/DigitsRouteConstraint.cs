using System.Globalization;

namespace Site.Pages;

/// <summary>
/// <c>{year:digits(4)}</c>: a segment of exactly so many ASCII digits. The <c>int</c> constraint
/// would also take signs, spaces and other lengths, and a route that matched those would answer
/// 405 rather than 404 to other methods for paths the site does not have.
/// </summary>
public sealed class DigitsRouteConstraint(int length) : IRouteConstraint
{
    public const string Name = "digits";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) &&
        Convert.ToString(value, CultureInfo.InvariantCulture) is { } text &&
        text.Length == length && text.All(char.IsAsciiDigit);
}
