using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Site.Tests.Infrastructure;

/// <summary>A Production host environment rooted at the test binaries.</summary>
public sealed class TestHostEnvironment : IHostEnvironment
{
    public string EnvironmentName { get; set; } = "Production";

    public string ApplicationName { get; set; } = "Site";

    public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
