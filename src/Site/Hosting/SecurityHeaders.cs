namespace Site.Hosting;

/// <summary>
/// The response headers that lock pages down: a strict Content Security Policy (first-party
/// script, style and images only; no inline script, no framing), no MIME sniffing, a
/// conservative referrer policy, and no browser features the site does not use.
/// </summary>
public static class SecurityHeaders
{
    /// <param name="https">
    /// Whether the public address is https: then browsers are told to use nothing else (HSTS, and
    /// upgrade-insecure-requests). They are sent on every response, since TLS usually ends at a
    /// proxy and the request the site sees is plain HTTP.
    /// </param>
    public static HeaderPolicyCollection Policies(bool https)
    {
        var policies = new HeaderPolicyCollection()
            .AddDefaultSecurityHeaders()
            .AddContentSecurityPolicy(csp =>
            {
                if (https)
                {
                    csp.AddUpgradeInsecureRequests();
                }

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
            // The library's secure defaults, written out because share.js may open the system share
            // sheet: web-share is allowed for this origin, every other feature stays off.
            .AddPermissionsPolicy(policy =>
            {
                policy.AddAccelerometer().None();
                policy.AddAutoplay().None();
                policy.AddCamera().None();
                policy.AddDisplayCapture().None();
                policy.AddEncryptedMedia().None();
                policy.AddFullscreen().None();
                policy.AddGeolocation().None();
                policy.AddGyroscope().None();
                policy.AddMagnetometer().None();
                policy.AddMicrophone().None();
                policy.AddMidi().None();
                policy.AddPayment().None();
                policy.AddPictureInPicture().None();
                policy.AddPublickeyCredentialsGet().None();
                policy.AddScreenWakeLock().None();
                policy.AddSyncXHR().None();
                policy.AddUsb().None();
                policy.AddXrSpatialTracking().None();
                policy.AddWebShare().Self();
            })
            // Link previews and feed readers on other origins may load our images and feed.
            .AddCrossOriginResourcePolicy(policy => policy.CrossOrigin());
        return https ? policies.AddCustomHeader("Strict-Transport-Security", "max-age=31536000") : policies;
    }
}
