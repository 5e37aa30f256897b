using System.Reflection;

namespace Finnest.Database.Engine;

/// <summary>A .sql file from triggers/ or partitions/, embedded in the assembly and re-applied when it changes.</summary>
public sealed record RepeatableScript(string Name, string Sql)
{
    public string Checksum => Engine.Checksum.Of(Sql);

    private const string Prefix = "repeatable/";

    /// <summary>Every embedded script: triggers/ first (functions the tables use), then partitions/, each in file name order.</summary>
    public static IReadOnlyList<RepeatableScript> LoadAll(Assembly assembly)
    {
        var scripts = new List<RepeatableScript>();
        var resources = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix))
            .OrderBy(n => n.StartsWith(Prefix + "triggers/") ? 0 : 1).ThenBy(n => n, StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            scripts.Add(new RepeatableScript(resource[Prefix.Length..], reader.ReadToEnd().TrimStart('\uFEFF').Replace("\r\n", "\n")));
        }
        return scripts;
    }
}
