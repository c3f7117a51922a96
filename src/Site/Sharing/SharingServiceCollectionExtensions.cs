namespace Site.Sharing;

public static class SharingServiceCollectionExtensions
{
    public static IServiceCollection AddSharing(this IServiceCollection services)
    {
        services.AddSingleton<CardFonts>();
        services.AddSingleton<CardRenderer>();
        services.AddSingleton<SocialCards>();
        services.AddSingleton<SharePreviews>();
        return services;
    }
}
