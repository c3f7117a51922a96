using YamlDotNet.RepresentationModel;

namespace Site.Articles.FrontMatter;

/// <summary>What <see cref="FrontMatterYaml.Load"/> made of a front matter.</summary>
/// <param name="Root">Every entry that loaded, or null when nothing usable did.</param>
/// <param name="Problems">Each problem with its 1-based line within the front matter.</param>
/// <param name="BrokenKeys">Keys whose entry did not load, so they are not also reported as missing.</param>
public sealed record YamlLoad(YamlMappingNode? Root, IReadOnlyList<(int Line, string Message)> Problems, IReadOnlySet<string> BrokenKeys);
