namespace Finnest.Database.FileImport.Columns;

/// <summary>What a parser made of one non-empty cell: a typed value, or the problem to report.</summary>
public readonly record struct Parsed(object? Value, string? Problem)
{
    public static Parsed Ok(object value) => new(value, null);
    public static Parsed Bad(string problem) => new(null, problem);
}

/// <summary>
/// One column a file may carry. <see cref="Name"/> is the documented header (and usually the target column);
/// <see cref="Aliases"/> are the other headers people use for it. Headers match case-, space- and
/// punctuation-insensitively: "Given name", "given_name" and "GIVEN-NAME" are the same.
/// </summary>
public sealed class Field(string name, string description, Func<object, Parsed> parse, params string[] aliases)
{
    public string Name { get; } = name;
    public string Description { get; } = description;
    public IReadOnlyList<string> Aliases { get; } = aliases;
    public Func<object, Parsed> Parse { get; } = parse;

    /// <summary>Every row must have a value (the target column is NOT NULL, or the value is the row's key).</summary>
    public bool Required { get; init; }

    /// <summary>The value is never echoed in a problem or a report (a TFN).</summary>
    public bool Secret { get; init; }

    public IEnumerable<string> AcceptedHeaders => Aliases.Prepend(Name);

    public override string ToString() => Name;
}
