using System.Text.Json;
using Finnest.Database.V2.Import;
using Npgsql;

namespace Finnest.Database.V2;

/// <summary>The balance of one source table in the latest completed run of its phase.</summary>
public sealed record TableBalance(string Phase, string Tier, long RunId, TableOutcome Outcome, long Staged, long Vanished)
{
    public long Accounted => Outcome.Inserted + Outcome.Updated + Outcome.Unchanged + Outcome.Merged + Outcome.Quarantined + Outcome.Skipped.Values.Sum();

    /// <summary>Every staged row was read, and every read row has exactly one outcome.</summary>
    public bool Balanced => Outcome.Read == Accounted && Outcome.Read == Staged;
}

/// <summary>A source-against-target comparison of the seed's per-phase validations.</summary>
public sealed record Validation(string Name, string Source, string Target, bool Matches);

public sealed record Reconciliation(IReadOnlyList<TableBalance> Tables, IReadOnlyList<Validation> Validations)
{
    public bool Balanced => Tables.Count > 0 && Tables.All(t => t.Balanced) && Validations.All(v => v.Matches);
}

/// <summary>
/// <c>v2 reconcile</c>: per source table, read = inserted + updated + unchanged + merged + quarantined + skipped
/// (by reason) over the latest completed run, and read = rows staged now; rows mapped earlier that vanished from v2
/// are reported (never deleted). Then the seed's validations: employee counts, qualification dates, timesheet hours
/// and pay rates compared source against target.
/// </summary>
public static class Reconciler
{
    public static async Task<IReadOnlyList<TableOutcome>> OutcomesOfRunAsync(NpgsqlConnection connection, long run, CancellationToken ct)
    {
        var outcomes = new List<TableOutcome>();
        var phase = "";
        await using (var which = new NpgsqlCommand("select phase from v2.import_runs where id = @run", connection))
        {
            which.Parameters.AddWithValue("run", run);
            phase = (string)(await which.ExecuteScalarAsync(ct))!;
        }
        foreach (var table in Phases.Get(phase).Tables)
        {
            await using var command = new NpgsqlCommand("""
                select coalesce(sum(read_rows), 0)::bigint, coalesce(sum(inserted), 0)::bigint, coalesce(sum(updated), 0)::bigint, coalesce(sum(unchanged), 0)::bigint,
                       coalesce(sum(merged), 0)::bigint, coalesce(sum(quarantined), 0)::bigint,
                       coalesce((select jsonb_object_agg(k, n) from (select k, sum(v::bigint) n from v2.import_batches b2, jsonb_each_text(b2.skipped) as e(k, v)
                                  where b2.run_id = @run and b2.source_table = @source group by k) s), '{}')::text
                from v2.import_batches where run_id = @run and source_table = @source
                """, connection);
            command.Parameters.AddWithValue("run", run);
            command.Parameters.AddWithValue("source", table.Source);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            outcomes.Add(new(table.Source, table.Target, reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5),
                JsonSerializer.Deserialize<Dictionary<string, long>>(reader.GetString(6))!));
        }
        return outcomes;
    }

    public static async Task<Reconciliation> RunAsync(NpgsqlConnection connection, string orgSlug, CancellationToken ct)
    {
        await Guard.RequireMigratedAsync(connection, ct);
        var runs = new List<(long Id, string Phase, string Tier)>();
        await using (var latest = new NpgsqlCommand("""
            select distinct on (r.phase, r.tier) r.id, r.phase, r.tier
            from v2.import_runs r join public.organisations o on o.id = r.org_id
            where o.slug = @slug and r.status = 'completed'
            order by r.phase, r.tier, r.id desc
            """, connection))
        {
            latest.Parameters.AddWithValue("slug", orgSlug);
            await using var reader = await latest.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) runs.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }
        var tables = new List<TableBalance>();
        foreach (var (id, phase, tier) in runs.OrderBy(r => Array.IndexOf(Phases.Order, r.Phase)).ThenBy(r => r.Tier))
        {
            foreach (var outcome in await OutcomesOfRunAsync(connection, id, ct))
            {
                var table = Phases.Get(phase).Tables.Single(t => t.Source == outcome.Source);
                await using var counts = new NpgsqlCommand($"""
                    select (select count(*) from {table.StagingTable}),
                           (select count(*) from public.id_mappings m join public.organisations o on o.id = m.org_id
                            where o.slug = @slug and m.legacy_system = @system and m.legacy_table = @table
                              and not exists (select from {table.StagingTable} s where s.legacy_id = m.legacy_id))
                    """, connection);
                counts.Parameters.AddWithValue("slug", orgSlug);
                counts.Parameters.AddWithValue("system", table.LegacySystem);
                counts.Parameters.AddWithValue("table", table.Table);
                await using var reader = await counts.ExecuteReaderAsync(ct);
                await reader.ReadAsync(ct);
                tables.Add(new(phase, tier, id, outcome, reader.GetInt64(0), reader.GetInt64(1)));
            }
        }
        return new(tables, await ValidationsAsync(connection, orgSlug, ct));
    }

    /// <summary>
    /// Source against target for the rows the mappings say were brought over: the same number of employees, the same
    /// qualification dates, the same timesheet hours and the same pay rates. Each side is computed independently.
    /// </summary>
    private static async Task<IReadOnlyList<Validation>> ValidationsAsync(NpgsqlConnection connection, string slug, CancellationToken ct)
    {
        var clockEvents = await WithArchivedMonthsAsync(connection, "timekeep.clock_events", "org_id, raw_payload", ct);
        (string Name, string Source, string Target)[] checks =
        [
            ("employees: distinct people mapped from candidates = employees from v2",
             "select count(distinct m.target_id)::text from public.id_mappings m where m.org_id = @org and m.legacy_table = 'candidates' and m.target_table = 'people.employees'",
             "select count(*)::text from people.employees e where e.org_id = @org and e.metadata ->> 'source' = 'v2'"),
            ("qualifications: issue and expiry dates",
             """
             select coalesce(md5(string_agg(m.target_id::text || v2.to_date(s.issue_date)::text || coalesce(v2.to_date(s.expiry_date)::text, '-'), ',' order by m.target_id)), '')
             from public.id_mappings m join v2.admin_central__candidates_qualification s on s.legacy_id = m.legacy_id
             where m.org_id = @org and m.legacy_table = 'candidates_qualification'
             """,
             """
             select coalesce(md5(string_agg(q.id::text || q.issued_on::text || coalesce(q.expires_on::text, '-'), ',' order by q.id)), '')
             from people.employee_qualifications q where q.org_id = @org and q.metadata ->> 'source' = 'v2'
             """),
            ("timesheets: total hours",
             "select coalesce(sum(v2.to_numeric(s.hours)), 0)::text from public.id_mappings m join v2.admin_central__timesheets s on s.legacy_id = m.legacy_id where m.org_id = @org and m.legacy_table = 'timesheets'",
             "select coalesce(sum(t.total_hours), 0)::text from timekeep.timecards t where t.org_id = @org and t.metadata ->> 'source' = 'v2'"),
            ("pay levels: sum of base rates",
             "select coalesce(sum(v2.to_numeric(s.base_rate)), 0)::text from public.id_mappings m join v2.admin_central__pay_levels s on s.legacy_id = m.legacy_id where m.org_id = @org and m.legacy_table = 'pay_levels'",
             "select coalesce(sum(p.base_hourly_rate), 0)::text from payroll.pay_levels p where p.org_id = @org and p.metadata ->> 'source' = 'v2'"),
            ("leave requests: total hours",
             "select coalesce(sum(v2.to_numeric(s.hours)), 0)::numeric(14,4)::text from public.id_mappings m join v2.admin_central__leave_request s on s.legacy_id = m.legacy_id where m.org_id = @org and m.legacy_table = 'leave_request'",
             "select coalesce(sum(l.hours), 0)::numeric(14,4)::text from people.leave_requests l where l.org_id = @org and l.metadata ->> 'source' = 'v2'"),
            ("clock events: one per mapped punch (archived months included)",
             "select count(*)::text from public.id_mappings m where m.org_id = @org and m.legacy_system = 'actatek' and m.legacy_table = 'punches'",
             $"select count(*)::text from {clockEvents} c where c.org_id = @org and c.raw_payload ->> 'source' = 'v2'"),
            .. OperationsValidations.Checks,
        ];
        var results = new List<Validation>();
        Guid? org;
        await using (var find = new NpgsqlCommand("select id from public.organisations where slug = @slug", connection))
        {
            find.Parameters.AddWithValue("slug", slug);
            org = await find.ExecuteScalarAsync(ct) as Guid?;
        }
        if (org is null) return results;
        foreach (var (name, source, target) in checks)
        {
            async Task<string> Value(string sql)
            {
                await using var command = new NpgsqlCommand(sql, connection);
                command.Parameters.AddWithValue("org", org.Value);
                return (string)(await command.ExecuteScalarAsync(ct))!;
            }
            var s = await Value(source);
            var t = await Value(target);
            results.Add(new(name, s, t, s == t));
        }
        return results;
    }

    /// <summary>
    /// The rows of a partitioned log wherever they are: its attached partitions (through the parent) and the months
    /// detached into schema archive (cold v2 rows go there), as a derived table of <paramref name="columns"/>.
    /// </summary>
    public static async Task<string> WithArchivedMonthsAsync(NpgsqlConnection connection, string parent, string columns, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            select coalesce(string_agg(format('select %s from archive.%I', @columns::text, c.relname), ' union all ' order by c.relname), '')
            from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'archive' and c.relkind = 'r' and finnest.partition_month(@parent, c.relname) is not null
            """, connection);
        command.Parameters.AddWithValue("columns", columns);
        command.Parameters.AddWithValue("parent", parent);
        var archived = (string)(await command.ExecuteScalarAsync(ct))!;
        return archived.Length == 0 ? $"(select {columns} from {parent})" : $"(select {columns} from {parent} union all {archived})";
    }
}
