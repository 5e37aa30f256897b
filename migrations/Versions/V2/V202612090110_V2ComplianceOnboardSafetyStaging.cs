using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.V2;

/// <summary>
/// Staging for three more admin_central tables about a worker's readiness: candidate_compliance (the checked state of
/// a qualification), functional_assessment (health and capacity assessments) and onboarding_profile.
/// </summary>
[Migration(202612090110, "v2: staging for candidate compliance, functional assessments, onboarding profiles")]
public sealed class V202612090110_V2ComplianceOnboardSafetyStaging : Migration
{
    // Frozen copy of these contract tables at this version (the first column is the INT key).
    private static readonly string[][] StagedTables =
    [
        ["admin_central", "candidate_compliance", "id", "candidate_id", "qualification_id", "status", "checked_by", "checked_date", "notes", "modified"],
        ["admin_central", "functional_assessment", "id", "candidate_id", "assessment_type", "position", "assessment_date", "provider", "assessor", "discipline", "result", "lift_kg", "findings", "restrictions", "valid_until", "created", "modified"],
        ["admin_central", "onboarding_profile", "id", "candidate_id", "employment_type", "client_id", "site_id", "expected_start", "status", "invited", "completed_pct", "consultant_id", "approved_by", "approved_date", "created", "modified"],
    ];

    public override void Up(SchemaBuilder db) => V2StagingTable.Create(db, StagedTables);

    public override void Down(SchemaBuilder db) => V2StagingTable.Drop(db, StagedTables);
}
