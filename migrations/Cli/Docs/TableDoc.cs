using Finnest.Database.Engine.Catalog;
using Finnest.Database.Schema;
using Npgsql;

namespace Finnest.Database.Docs;

public sealed record ColumnDoc(string Name, string Type, bool Nullable, string? Default, string? Comment);
public sealed record ConstraintDoc(string Name, string Kind, string Definition);
public sealed record IndexDoc(string Name, string Definition);
public sealed record ReferenceDoc(string Column, string Target, bool Enforced);

/// <summary>What application teams read about one table in docs/schema (and catalog.json's shape).</summary>
public sealed record TableDoc(string Schema, string Name, string Kind, string? Comment, bool RowLevelSecurity,
    IReadOnlyList<ColumnDoc> Columns, IReadOnlyList<ConstraintDoc> Constraints, IReadOnlyList<IndexDoc> Indexes,
    IReadOnlyList<ReferenceDoc> References, IReadOnlyList<string> Triggers)
{
    /// <summary>
    /// Every registered table, read through the one catalog reader (kinds and soft references from
    /// the registry); none on a database not migrated as far as the registry, which export refuses.
    /// </summary>
    public static async Task<IReadOnlyList<TableDoc>> ReadAllAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        try
        {
            return (await SchemaCatalog.ReadAsync(connection, ct)).Select(From).ToList();
        }
        catch (SchemaRegistryMissingException)
        {
            return [];
        }
    }

    private static TableDoc From(CatalogTable t) => new(t.Schema, t.Name, KindName(t.Kind), t.Comment, t.RowLevelSecurity,
        t.Columns.Select(c => new ColumnDoc(c.Name, c.Type, c.Nullable, c.Default, c.Comment)).ToList(),
        t.Constraints.Select(c => new ConstraintDoc(c.Name, c.Kind, c.Definition)).ToList(),
        t.Indexes.Select(i => new IndexDoc(i.Name, i.Definition)).ToList(),
        t.References.Select(r => new ReferenceDoc(r.Column, r.Target, r.Enforced)).ToList(),
        t.Triggers);

    private static string KindName(TableKind kind) => kind switch
    {
        TableKind.Tenant => "tenant",
        TableKind.Reference => "reference",
        TableKind.AppendOnlyLog => "append-only log",
        TableKind.TenantRoot => "tenant root",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
