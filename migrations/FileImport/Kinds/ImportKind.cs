using System.Security.Cryptography;
using System.Text;
using Finnest.Database.Engine;
using Finnest.Database.FileImport.Columns;
using Finnest.Database.FileImport.Reading;
using Npgsql;

namespace Finnest.Database.FileImport.Kinds;

/// <summary>
/// One kind of file (employees, clients, sites): the columns it may carry, the rules across a row's cells,
/// and how a valid row becomes a row of the target table with its natural key.
/// </summary>
public abstract class ImportKind
{
    public static readonly IReadOnlyList<string> Names = ["employees", "clients", "sites"];

    /// <summary>The verb: employees, clients, sites.</summary>
    public abstract string Name { get; }

    /// <summary>schema.table written.</summary>
    public abstract string Table { get; }

    public abstract IReadOnlyList<Field> Fields { get; }

    /// <summary>Header-level rules beyond required columns (e.g. a key column must exist). Throws bad input.</summary>
    public virtual void CheckHeaders(ColumnMap map, Sheet sheet) { }

    /// <summary>Reads what rows are resolved against (sites: the organisation's clients), as the tenant.</summary>
    public virtual Task LoadAsync(NpgsqlConnection connection, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Applies the rules across cells and returns the target row, or null after reporting why it cannot be
    /// built. <paramref name="problem"/> takes the field the problem is about (null: the row as a whole).
    /// </summary>
    public abstract TargetRow? Build(ParsedRow row, ColumnMap map, Action<Field?, string> problem);

    /// <summary>A fresh instance per import: a kind holds what it loaded for one run (sites: the clients).</summary>
    public static ImportKind Create(string name) => name switch
    {
        "employees" => new EmployeesKind(),
        "clients" => new ClientsKind(),
        "sites" => new SitesKind(),
        _ => throw new EngineException(Failure.BadInput, $"unknown kind '{name}': expected {string.Join(", ", Names)}"),
    };

    /// <summary>
    /// public.id_mappings keys rows by a bigint legacy_id; a file's natural key is text (a payroll number, an
    /// email, a client and site name), so it becomes the first 63 bits of its SHA-256. A collision needs about
    /// three billion keys in one organisation and one key kind.
    /// </summary>
    protected static long KeyHash(string normalisedKey) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(normalisedKey)), 0) & long.MaxValue;

    protected static string KeyText(string value) => value.Trim().ToLowerInvariant();

    /// <summary>Adds the address pair rule: a postcode must lie in its state's ranges.</summary>
    protected static void CheckPostcodeInState(ParsedRow row, Field state, Field postcode, Action<Field?, string> problem)
    {
        if (row.Get<string>(state) is { } s && row.Get<string>(postcode) is { } p && !Postcodes.BelongsTo(s, p))
            problem(postcode, $"postcode {p} is not in {s}");
    }
}

/// <summary>A data row after every cell was parsed: the values of non-empty cells that parsed.</summary>
public sealed class ParsedRow(int number, IReadOnlyDictionary<Field, object> values)
{
    public int Number { get; } = number;
    public IReadOnlyDictionary<Field, object> Values { get; } = values;

    public bool Has(Field field) => Values.ContainsKey(field);

    public T? Get<T>(Field field) => Values.TryGetValue(field, out var v) ? (T)v : default;
}

/// <summary>How a value reaches its column.</summary>
public enum WriteMode
{
    /// <summary>Replaces the column.</summary>
    Plain,
    /// <summary>A jsonb object merged into the column's object (address parts): cells left empty keep their value.</summary>
    MergeObject,
    /// <summary>Clear text sealed with <see cref="FieldEncryption"/> before it leaves the process; compared after decryption.</summary>
    Encrypted,
}

/// <summary>One column to write. <see cref="InsertOnly"/>: a default derived for new rows, never forced onto existing ones.</summary>
public sealed record TargetColumn(string Name, string SqlType, object Value, Field? Source, WriteMode Mode = WriteMode.Plain, bool InsertOnly = false);

/// <summary>The key that makes a second import update instead of duplicate: legacy_table and legacy_id in public.id_mappings.</summary>
public sealed record NaturalKey(string LegacyTable, long LegacyId, string Description);

public sealed record TargetRow(int RowNumber, NaturalKey Key, IReadOnlyList<TargetColumn> Columns);

/// <summary>The columns of one target row, collected from the fields the row has a value for.</summary>
public sealed class TargetColumns(ParsedRow row) : List<TargetColumn>
{
    /// <summary>The field's value into <paramref name="column"/> when the cell was not empty.</summary>
    public TargetColumns From(Field field, string column, string sqlType)
    {
        if (row.Values.TryGetValue(field, out var value)) Add(new TargetColumn(column, sqlType, value, field));
        return this;
    }

    /// <summary>A jsonb object of the non-empty parts (address, emergency contact); nothing when every part is empty.</summary>
    public TargetColumns Object(string column, params (string Key, Field Field)[] parts)
    {
        var present = parts.Where(p => row.Has(p.Field)).ToDictionary(p => p.Key, p => Convert.ToString(row.Values[p.Field], System.Globalization.CultureInfo.InvariantCulture));
        if (present.Count > 0)
            Add(new TargetColumn(column, "jsonb", System.Text.Json.JsonSerializer.Serialize(present), parts.First(p => row.Has(p.Field)).Field, WriteMode.MergeObject));
        return this;
    }
}
