namespace Finnest.Database.Seeds.Generation.Domain;

/// <summary>
/// Rows whose validity a trigger checks against other tables: client hierarchies without cycles, job orders
/// naming real credential types, learning paths of the tenant's own courses, identity checks not yet passed.
/// </summary>
public static class CrossTableRules
{
    public static IEnumerable<KeyValuePair<string, TableRules>> All =>
    [
        // A star: the first client is the parent group of the others, so no hierarchy can loop.
        new("clients.client_hierarchies", new TableRules
        {
            RowsPerOrganisation = (seed, org) => Math.Max(0, seed.IdsOf("clients.clients", org).Count - 1),
            OwnedColumns = new HashSet<string> { "parent_client_id", "child_client_id" },
            Row = (row, i) =>
            {
                var clients = row.Seed.IdsOf("clients.clients", row.Org.Index);
                row["parent_client_id"] = clients[0];
                row["child_client_id"] = clients[i + 1];
            },
        }),
        new("recruit.job_orders", new TableRules
        {
            OwnedColumns = new HashSet<string> { "required_credential_codes" },
            Row = (row, _) =>
            {
                var codes = row.Seed.ReferenceRows["compliance.credential_types"].Values.Select(r => (string)r["code"]!).OrderBy(c => c).ToList();
                row["required_credential_codes"] = codes.Count == 0 ? Array.Empty<string>() : new[] { row.Pick(codes) };
            },
        }),
        new("learn.learning_paths", new TableRules
        {
            OwnedColumns = new HashSet<string> { "course_ids" },
            Row = (row, _) =>
            {
                var courses = row.Seed.IdsOf("learn.courses", row.Org.Index);
                row["course_ids"] = courses.Count == 0 ? Array.Empty<Guid>() : courses.OrderBy(_ => row.Random.Next()).Take(1 + row.Random.Next(3)).ToArray();
            },
        }),
        // Passing needs 100 points of verified documents (a trigger counts them): seeded checks are still in progress.
        new("onboard.identity_checklists", new TableRules
        {
            OwnedColumns = new HashSet<string> { "status" },
            Row = (row, _) => row["status"] = "in_progress",
        }),
    ];
}
