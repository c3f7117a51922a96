using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Site.Sharing;

/// <summary>
/// Writes JSON-LD with System.Text.Json. Its encoder escapes every HTML-sensitive character
/// (&lt; &gt; &amp; and quotes) as \u00XX, so no field can close the script element it sits in;
/// other letters (accents, Cyrillic) are written as they are.
/// </summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Serialize(JsonObject data) => data.ToJsonString(Options);

    public static JsonObject Thing(string type, params (string Key, JsonNode? Value)[] properties)
    {
        var thing = new JsonObject { ["@type"] = type };
        foreach (var (key, value) in properties.Where(p => p.Value is not null))
        {
            thing[key] = value;
        }

        return thing;
    }

    public static JsonObject WithContext(JsonObject thing)
    {
        var root = new JsonObject { ["@context"] = "https://schema.org" };
        foreach (var (key, value) in thing.ToList())
        {
            thing.Remove(key);
            root[key] = value;
        }

        return root;
    }

    public static JsonArray Array(IEnumerable<string> values) => [.. values.Select(v => (JsonNode)v)];
}
