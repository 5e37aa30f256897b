using Finnest.Database.Engine;
using Finnest.Database.FileImport.Reading;

namespace Finnest.Database.FileImport.Columns;

/// <summary>Which column of the file holds which field, found from the header row.</summary>
public sealed class ColumnMap
{
    private readonly Dictionary<Field, (int Index, string Header)> _columns;

    private ColumnMap(Dictionary<Field, (int, string)> columns, IReadOnlyList<string> ignored)
    {
        _columns = columns;
        IgnoredHeaders = ignored;
    }

    /// <summary>Headers that name no known field: reported, never imported.</summary>
    public IReadOnlyList<string> IgnoredHeaders { get; }

    public bool Has(Field field) => _columns.ContainsKey(field);

    /// <summary>The header as the file spells it, for the problem report.</summary>
    public string HeaderOf(Field field) => _columns.TryGetValue(field, out var c) ? c.Header : field.Name;

    public object? CellOf(SheetRow row, Field field) => _columns.TryGetValue(field, out var c) ? row[c.Index] : null;

    public IEnumerable<Field> Fields => _columns.Keys;

    /// <summary>Lower-case letters and digits only: the form headers and aliases are compared in.</summary>
    public static string Normalise(string header) => string.Concat(header.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    /// <summary>Every accepted header, normalised, to its field. Two fields claiming the same header is a bug in a kind.</summary>
    public static Dictionary<string, Field> AliasIndex(IEnumerable<Field> fields)
    {
        var index = new Dictionary<string, Field>();
        foreach (var field in fields)
            foreach (var header in field.AcceptedHeaders.Select(Normalise))
                if (index.TryGetValue(header, out var other) && other != field)
                    throw new InvalidOperationException($"header '{header}' would mean both {other.Name} and {field.Name}");
                else index[header] = field;
        return index;
    }

    /// <summary>
    /// Maps the headers of <paramref name="sheet"/> to <paramref name="fields"/>. A header row that names no known
    /// field, two headers for the same field, or a missing required column is bad input (exit 2).
    /// </summary>
    public static ColumnMap Build(Sheet sheet, IReadOnlyList<Field> fields, string kind)
    {
        var byAlias = AliasIndex(fields);

        var columns = new Dictionary<Field, (int, string)>();
        var ignored = new List<string>();
        for (var i = 0; i < sheet.Headers.Count; i++)
        {
            var header = sheet.Headers[i];
            if (header.Length == 0) continue;
            if (!byAlias.TryGetValue(Normalise(header), out var field))
            {
                ignored.Add(header);
                continue;
            }
            if (columns.TryGetValue(field, out var first))
                throw new EngineException(Failure.BadInput, $"{sheet.FileName}: columns '{first.Item2}' and '{header}' both mean {field.Name}; keep one");
            columns[field] = (i, header);
        }

        if (columns.Count == 0)
            throw new EngineException(Failure.BadInput,
                $"{sheet.FileName}: no recognisable header in the first row (expected {kind} columns such as {string.Join(", ", fields.Where(f => f.Required).Select(f => f.Name))}; see docs/import/README.md)");
        var missing = fields.Where(f => f.Required && !columns.ContainsKey(f)).ToList();
        if (missing.Count > 0)
            throw new EngineException(Failure.BadInput,
                $"{sheet.FileName}: no column for {string.Join(", ", missing.Select(f => $"{f.Name} (headers accepted: {string.Join(", ", f.AcceptedHeaders)})"))}");
        return new ColumnMap(columns, ignored);
    }
}
