namespace Site.Search;

/// <summary>One word, or one "quoted phrase" whose words must appear together and in order.</summary>
public sealed record SearchClause(string Text, bool IsPhrase);
