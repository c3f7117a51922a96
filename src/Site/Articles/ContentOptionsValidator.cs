using Microsoft.Extensions.Options;
using Site.Articles.Text;

namespace Site.Articles;

/// <summary>Rejects content settings the loader cannot work with, naming each key that is wrong.</summary>
public sealed class ContentOptionsValidator(IHostEnvironment environment) : IValidateOptions<ContentOptions>
{
    public ValidateOptionsResult Validate(string? name, ContentOptions options)
    {
        var failures = new List<string>();
        if (!LanguageTags.IsValid(options.Language))
        {
            failures.Add($"Site:Language '{options.Language}' must be a language tag such as 'en' or 'en-GB'.");
        }

        var contentPath = ContentPaths.Content(options, environment);
        if (!Directory.Exists(contentPath))
        {
            failures.Add($"Site:ContentPath '{options.ContentPath}' does not name a folder (looked for {contentPath}).");
        }

        if (options.RescanSeconds is < 1 or > 86_400)
        {
            failures.Add($"Site:RescanSeconds {options.RescanSeconds} must be between 1 and 86400.");
        }

        if (options.MaxArticleBytes is < 1024 or > 64 * 1024 * 1024)
        {
            failures.Add($"Site:MaxArticleBytes {options.MaxArticleBytes} must be between 1024 and 67108864.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
