using Microsoft.Extensions.Options;
using Site.Articles.Text;

namespace Site.Hosting;

/// <summary>Rejects a configuration the site cannot run on, naming each key that is wrong.</summary>
public sealed class SiteOptionsValidator : IValidateOptions<SiteOptions>
{
    public ValidateOptionsResult Validate(string? name, SiteOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Title))
        {
            failures.Add("Site:Title must be set: it is the site's name.");
        }

        if (options.RequestLogsPerSecond is < 0 or > 1_000_000)
        {
            failures.Add($"Site:RequestLogsPerSecond {options.RequestLogsPerSecond} must be between 0 and 1000000.");
        }

        foreach (var (key, value) in new[] { ("Title", options.Title), ("Description", options.Description) })
        {
            if (ForbiddenCharacters.IndexOf(value) is var index and >= 0)
            {
                failures.Add($"Site:{key} contains {ForbiddenCharacters.Describe(value, index)}, which no page or feed can carry.");
            }
        }

        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl) ||
            baseUrl.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(baseUrl.Query) || !string.IsNullOrEmpty(baseUrl.Fragment))
        {
            failures.Add($"Site:BaseUrl '{options.BaseUrl}' must be an absolute http(s) URL such as https://news.example.com, without query or fragment.");
        }

        if (!LanguageTags.IsValid(options.Language))
        {
            failures.Add($"Site:Language '{options.Language}' must be a language tag such as 'en' or 'en-GB'.");
        }

        if (options.PageSize is < 1 or > 100)
        {
            failures.Add($"Site:PageSize {options.PageSize} must be between 1 and 100.");
        }

        foreach (var (key, value) in new[]
        {
            ("MaxAgeSeconds", options.Cache.MaxAgeSeconds),
            ("StaleWhileRevalidateSeconds", options.Cache.StaleWhileRevalidateSeconds),
            ("StaleIfErrorSeconds", options.Cache.StaleIfErrorSeconds),
            ("NotFoundMaxAgeSeconds", options.Cache.NotFoundMaxAgeSeconds),
        })
        {
            if (value is < 0 or > 31_536_000)
            {
                failures.Add($"Site:Cache:{key} {value} must be between 0 and 31536000 seconds.");
            }
        }

        foreach (var section in options.Sections.Where(s => !Slugs.IsValid(s)))
        {
            failures.Add($"Site:Sections '{section}' must be a tag's slug such as 'middle-east': lower-case letters and digits joined by single hyphens.");
        }

        foreach (var section in options.Sections.CountBy(s => s).Where(c => c.Value > 1).Select(c => c.Key))
        {
            failures.Add($"Site:Sections lists '{section}' more than once.");
        }

        foreach (var proxy in options.KnownProxies.Where(p => !System.Net.IPAddress.TryParse(p, out _)))
        {
            failures.Add($"Site:KnownProxies '{proxy}' must be an IP address such as 10.0.0.1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
