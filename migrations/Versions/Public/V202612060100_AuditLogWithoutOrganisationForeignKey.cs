using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Public;

/// <summary>
/// The audit log drops its foreign key to public.organisations: every entry's org_id is copied by
/// the audit trigger from the audited row, which passed its own fk_&lt;table&gt;__org_id (or is the
/// organisation itself), so the per-row check proved nothing new and cost about a tenth of an
/// audited bulk write. The application still cannot write the log at all (no INSERT privilege),
/// and row-level security still confines reads to the session's tenant.
/// </summary>
[Migration(202612060100, "audit: audit_log.org_id without a per-row foreign key check (copied from rows that passed theirs)")]
public sealed class V202612060100_AuditLogWithoutOrganisationForeignKey : Migration
{
    private const string OrgIdComment =
        "Owning organisation (tenant); row-level security filters on it. Copied by the audit trigger from the changed row, whose own foreign key (or, for public.organisations, whose id) already proved the organisation exists, so the log does not check it again per row; an entry keeps its org_id after its organisation is gone.";

    public override void Up(SchemaBuilder db)
    {
        db.Sql("alter table public.audit_log drop constraint fk_audit_log__org_id;");
        db.Sql($"comment on column public.audit_log.org_id is '{OrgIdComment.Replace("'", "''")}';");
    }

    public override void Down(SchemaBuilder db)
    {
        db.Sql("alter table public.audit_log add constraint fk_audit_log__org_id foreign key (org_id) references public.organisations (id);");
        db.Sql("comment on column public.audit_log.org_id is 'Owning organisation (tenant); row-level security filters on it.';");
    }
}
