using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.V2;

/// <summary>
/// Staging for the admin_central tables around workers and clients that the first extract contract left out:
/// roles, candidates' comments, leave requests, unavailability, client contacts, agencies, contract details and
/// client appraisals. Same shape as V202612040100's staging tables (one text column per contract column plus the
/// load bookkeeping), so the stager and the import treat them like the others.
/// </summary>
[Migration(202612090100, "v2: staging for roles, comments, leave, unavailability, contacts, agencies, contracts, appraisals")]
public sealed class V202612090100_V2PeopleStaging : Migration
{
    // Frozen copy of these contract tables at this version (the first column is the INT key).
    private static readonly string[][] StagedTables =
    [
        ["admin_central", "roles", "id", "name", "description", "permissions", "created", "modified"],
        ["admin_central", "candidates_comments", "id", "candidate_id", "consultant_id", "comment_type", "private", "comment", "follow_up_date", "created", "modified"],
        ["admin_central", "leave_request", "id", "candidate_id", "leave_type", "date_from", "date_to", "hours", "status", "reason", "approved_by", "approved_date", "created", "modified"],
        ["admin_central", "unavailability", "id", "candidate_id", "date_from", "date_to", "start_time", "end_time", "reason", "recurring", "notes", "created", "modified"],
        ["admin_central", "client_contacts", "id", "client_id", "site_id", "first_name", "surname", "position", "email", "phone", "mobile", "contact_type", "is_primary", "active", "created", "modified"],
        ["admin_central", "agency", "id", "name", "legal_name", "abn", "acn", "agency_type", "licence_no", "licence_state", "licence_expiry", "contact_name", "email", "phone", "markup", "payment_terms", "status", "created", "modified"],
        ["admin_central", "contract_details", "id", "candidate_id", "client_id", "contract_type", "employment_type", "position", "start_date", "end_date", "hours_per_week", "pay_rate", "rate_unit", "notice_weeks", "status", "signed_date", "created", "modified"],
        ["admin_central", "clients_appraisal", "id", "candidate_id", "client_id", "contact_id", "consultant_id", "appraisal_date", "rating", "punctuality", "safety", "quality", "attitude", "rehire", "comments", "created", "modified"],
    ];

    public override void Up(SchemaBuilder db) => V2StagingTable.Create(db, StagedTables);

    public override void Down(SchemaBuilder db) => V2StagingTable.Drop(db, StagedTables);
}
