namespace Finnest.Database.Schema;

/// <summary>
/// What each <see cref="TableKind"/> gets, in one place (docs/design/CONVENTIONS.md, "Kinds of
/// table"). <see cref="TableBuilder"/> asks these questions and never tests a kind itself.
/// </summary>
/// <param name="HasOrgId">An <c>org_id</c> column with its FK to public.organisations.</param>
/// <param name="ReferencedByTenant">UNIQUE (org_id, id), so other tenant tables can reference it by the pair; and at least one live-rows index.</param>
/// <param name="IsPartitioned">Range-partitioned by month, immutable, registered for partition maintenance; no updated_at or deleted_at.</param>
/// <param name="MetadataByDefault">Has <c>metadata jsonb</c> without asking (logs opt in with WithMetadata).</param>
/// <param name="RlsColumn">The column the tenant_isolation policy compares, or null without row-level security.</param>
/// <param name="AppPrivileges">What finnest_app may do.</param>
/// <param name="Audited">Carries the audit_row trigger.</param>
public sealed record KindRules(
    bool HasOrgId,
    bool ReferencedByTenant,
    bool IsPartitioned,
    bool MetadataByDefault,
    string? RlsColumn,
    string AppPrivileges,
    bool Audited)
{
    public bool HasSoftDelete => !IsPartitioned;
    public bool HasUpdatedAt => !IsPartitioned;

    public static KindRules For(TableKind kind) => kind switch
    {
        TableKind.Tenant => new(HasOrgId: true, ReferencedByTenant: true, IsPartitioned: false, MetadataByDefault: true,
            RlsColumn: "org_id", AppPrivileges: "select, insert, update", Audited: true),
        TableKind.Reference => new(HasOrgId: false, ReferencedByTenant: false, IsPartitioned: false, MetadataByDefault: true,
            RlsColumn: null, AppPrivileges: "select", Audited: false),
        TableKind.AppendOnlyLog => new(HasOrgId: true, ReferencedByTenant: false, IsPartitioned: true, MetadataByDefault: false,
            RlsColumn: "org_id", AppPrivileges: "select, insert", Audited: false),
        TableKind.TenantRoot => new(HasOrgId: false, ReferencedByTenant: false, IsPartitioned: false, MetadataByDefault: true,
            RlsColumn: "id", AppPrivileges: "select, insert, update", Audited: true),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
