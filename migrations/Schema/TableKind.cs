namespace Finnest.Database.Schema;

/// <summary>
/// The kinds of table in docs/design/CONVENTIONS.md; the builder adds each kind's columns, keys,
/// triggers, RLS and grants, and records the kind in the schema registry.
/// </summary>
public enum TableKind
{
    /// <summary>Rows belong to one organisation: org_id, UNIQUE (org_id, id), RLS, audit, soft delete.</summary>
    Tenant,

    /// <summary>Global data every tenant reads (awards, credential types): no org_id, read-only for the app.</summary>
    Reference,

    /// <summary>Immutable high-volume log partitioned monthly: insert and select only, no soft delete.</summary>
    AppendOnlyLog,

    /// <summary>public.organisations itself: the tenant is the row, so the policy compares id.</summary>
    TenantRoot,
}

/// <summary>The names the registry stores for each <see cref="TableKind"/> (finnest.registered_tables.kind).</summary>
public static class TableKinds
{
    public static string RegistryName(this TableKind kind) => kind switch
    {
        TableKind.Tenant => "tenant",
        TableKind.Reference => "reference",
        TableKind.AppendOnlyLog => "append_only_log",
        TableKind.TenantRoot => "tenant_root",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static TableKind FromRegistryName(string name) =>
        Enum.GetValues<TableKind>().Cast<TableKind?>().FirstOrDefault(k => k!.Value.RegistryName() == name)
        ?? throw new ArgumentException($"unknown table kind '{name}'");

    /// <summary>Every registry name, in declaration order, for the CHECK on finnest.registered_tables.kind.</summary>
    public static IReadOnlyList<string> RegistryNames => Enum.GetValues<TableKind>().Select(RegistryName).ToList();
}
