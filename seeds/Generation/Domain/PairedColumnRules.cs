namespace Finnest.Database.Seeds.Generation.Domain;

/// <summary>
/// Rows whose columns hold only in pairs or sets, where drawing each column on its own leaves rows out at larger
/// scales: an AI budget's period and its bounds, a recognition's points and its program, a labour hire licence's
/// holder, agency and state, a corrective action's one source.
/// </summary>
public static class PairedColumnRules
{
    /// <summary>The states and territory with a labour hire licensing scheme (what ck_labour_hire_licences__state allows).</summary>
    private static readonly string[] LicensingStates = ["QLD", "VIC", "SA", "ACT"];

    /// <summary>What a corrective action can arise from (ck_corrective_actions__has_source), each a foreign key column.</summary>
    private static readonly string[] CorrectiveActionSources = ["incident_id", "investigation_id", "hazard_id", "inspection_item_id", "risk_assessment_id"];

    public static IEnumerable<KeyValuePair<string, TableRules>> All =>
    [
        // Budgets are per calendar month (1st to last day) or per day, unique per user, agent, period and start. Two in
        // three are monthly, each a month further back; the others daily, each its own day: no start repeats at any scale.
        new("agents.ai_budget_limits", new TableRules
        {
            OwnedColumns = new HashSet<string> { "period", "period_start", "period_end" },
            Row = (row, i) =>
            {
                var today = DateOnly.FromDateTime(row.Now);
                if (i % 3 == 0)
                {
                    var day = today.AddDays(-1 - i / 3);
                    row["period"] = "daily";
                    row["period_start"] = day;
                    row["period_end"] = day;
                    return;
                }
                var monthsBack = i / 3 * 2 + i % 3 - 1;
                var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-monthsBack);
                row["period"] = "monthly";
                row["period_start"] = first;
                row["period_end"] = first.AddMonths(1).AddDays(-1);
            },
        }),
        // Points are paid from a program (ck_recognitions__points_need_program): a recognition names one of the
        // organisation's programs and carries 50 to 200 points, or, where the organisation runs none, thanks alone.
        new("benefits.recognitions", new TableRules
        {
            OwnedColumns = new HashSet<string> { "program_id", "points" },
            Row = (row, i) =>
            {
                var program = row.AnyIdOf("benefits.programs");
                row["program_id"] = program;
                row["points"] = program is null ? 0 : 50 * (1 + i % 4);
            },
        }),
        // One current licence per holder, agency and state. The organisation's own licence in each licensing state
        // first, then its agencies' licences, agency by agency and state by state in turn, so no pair repeats.
        new("compliance.labour_hire_licences", new TableRules
        {
            RowsPerOrganisation = (seed, org) =>
                Math.Min(seed.Scale.RowsPerTable, LicensingStates.Length * (1 + seed.IdsOf("clients.agencies", org).Count)),
            OwnedColumns = new HashSet<string> { "holder", "agency_id", "state" },
            Row = (row, i) =>
            {
                if (i < LicensingStates.Length)
                {
                    row["holder"] = "organisation";
                    row["agency_id"] = null;
                    row["state"] = LicensingStates[i];
                    return;
                }
                var agencies = row.Seed.IdsOf("clients.agencies", row.Org.Index);
                var j = i - LicensingStates.Length;
                row["holder"] = "agency";
                row["agency_id"] = agencies[j % agencies.Count];
                row["state"] = LicensingStates[(j / agencies.Count + j % agencies.Count) % LicensingStates.Length];
            },
        }),
        // A corrective action answers one finding: an incident, investigation, hazard, inspection item or risk
        // assessment, the kinds in turn (a kind the organisation has no rows of is skipped).
        new("safety.corrective_actions", new TableRules
        {
            OwnedColumns = new HashSet<string>(CorrectiveActionSources),
            Row = (row, i) =>
            {
                var targets = row.Table.ForeignKeys.ToDictionary(k => k.IdColumn, k => k.Target);
                var kinds = CorrectiveActionSources.Where(c => row.Seed.IdsOf(targets[c], row.Org.Index).Count > 0).ToList();
                if (kinds.Count == 0) return;
                var kept = kinds[i % kinds.Count];
                foreach (var source in CorrectiveActionSources) row[source] = source == kept ? row.AnyIdOf(targets[source]) : null;
            },
        }),
    ];
}
