namespace Site.Hosting;

/// <summary>
/// The response headers that lock pages down: a strict Content Security Policy (first-party
/// script, style and images only; no inline script, no framing), no MIME sniffing, a
/// conservative referrer policy, and no browser features the site does not use.
/// </summary>
public static class SecurityHeaders
{
    public static HeaderPolicyCollection Policies() => new HeaderPolicyCollection()
        .AddDefaultSecurityHeaders()
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().None();
            csp.AddScriptSrc().Self();
            csp.AddStyleSrc().Self();
            csp.AddImgSrc().Self().Data();
            csp.AddFontSrc().Self();
            csp.AddConnectSrc().Self();
            csp.AddManifestSrc().Self();
            csp.AddBaseUri().None();
            csp.AddFormAction().Self();
            csp.AddFrameAncestors().None();
            csp.AddObjectSrc().None();
        })
        .AddPermissionsPolicy(permissions =>
        {
            // Sharing an article uses the Web Share API; nothing else is needed.
            permissions.AddWebShare().Self();
            permissions.AddCamera().None();
            permissions.AddMicrophone().None();
            permissions.AddGeolocation().None();
            permissions.AddPayment().None();
            permissions.AddUsb().None();
            permissions.AddFullscreen().None();
            permissions.AddAccelerometer().None();
            permissions.AddGyroscope().None();
            permissions.AddMagnetometer().None();
        })
        // Link previews and feed readers on other origins may load our images and feed.
        .AddCrossOriginResourcePolicy(policy => policy.CrossOrigin());
}
