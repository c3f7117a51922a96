using Microsoft.Net.Http.Headers;

namespace Site.Sharing;

public static class SharingEndpoints
{
    /// <summary>Card images at content-addressed URLs, cached by everyone for a year.</summary>
    public static IEndpointRouteBuilder MapSocialCards(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/cards/{hash}/{format}.png", [HttpMethods.Get, HttpMethods.Head], (string hash, string format, HttpContext context, SocialCards cards) =>
        {
            if (CardFormat.Find(format) is not { } cardFormat || cards.Find(hash, cardFormat) is not { } png)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Bytes(png, "image/png", entityTag: new EntityTagHeaderValue($"\"{hash}-{cardFormat.Name}\""));
        });
        return endpoints;
    }
}
