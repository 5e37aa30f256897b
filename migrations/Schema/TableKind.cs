namespace Finnest.Database.Schema;

/// <summary>The kinds of table in CONVENTIONS.md; the builder adds each kind's columns, keys, triggers, RLS and grants.</summary>
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
