using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.V2;

/// <summary>
/// Staging for the recruitment side of v2: the applicant tracking system's talent (screened candidates) and raw
/// applicants (admin_atslive), and admin_central's referee checks, which belong to the recruit candidate.
/// </summary>
[Migration(202612090120, "v2: staging for admin_atslive talent and applicants, and reference checks")]
public sealed class V202612090120_V2RecruitStaging : Migration
{
    // Frozen copy of these contract tables at this version (the first column is the INT key).
    private static readonly string[][] StagedTables =
    [
        ["admin_atslive", "talent", "id", "first_name", "surname", "email", "mobile", "dob", "suburb", "state", "postcode", "source", "status", "work_rights", "visa_subclass", "owner_id", "central_candidate_id", "privacy_consent", "created", "modified"],
        ["admin_atslive", "applicants", "id", "first_name", "surname", "email", "phone", "postcode", "position", "source", "applied", "status", "talent_id", "created", "modified"],
        ["admin_central", "candidates_referencecheck", "id", "candidate_id", "referee_name", "referee_position", "referee_company", "referee_phone", "referee_email", "relationship", "worked_from", "worked_to", "method", "status", "checked_by", "checked_date", "rehire", "rating", "comments", "created", "modified"],
    ];

    public override void Up(SchemaBuilder db)
    {
        V2StagingTable.Create(db, StagedTables);
        // Reference checks find the worker's talent record by its admin_central candidate id.
        db.Sql("create index ix_admin_atslive__talent__central_candidate_id on v2.admin_atslive__talent (central_candidate_id);");
    }

    public override void Down(SchemaBuilder db) => V2StagingTable.Drop(db, StagedTables);
}
