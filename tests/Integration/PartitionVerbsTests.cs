using Finnest.Database.Cli;
using Dapper;
using Finnest.Database.Engine;
using Finnest.Database.Tests.Support;
using Npgsql;

namespace Finnest.Database.Tests.Integration;

/// <summary>
/// `partitions maintain|list|archive|restore` through the real CLI, logged in as a member of
/// finnest_maintenance, on all four partitioned logs holding rows of two tenants: row contents
/// survive the round trip, tiers are what `list` says, and a restored partition is still guarded.
/// Months are fixed in 2001 and passed with --as-of, so the real clock never matters.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class PartitionVerbsTests(DatabaseFixture database)
{
    private sealed record Log(string Table, string Column, string InsertFiveRows)
    {
        public string Schema => Table.Split('.')[0];
        public string Partition => Table.Split('.')[1] + "_p2001_01";
        public string January => $"{Column} >= '2001-01-01 00:00+00' and {Column} < '2001-02-01 00:00+00'";
    }

    // Five rows in January 2001 (UTC): n = 1..3 belong to tenant @a, n = 4..5 to tenant @b.
    private const string Rows = "from generate_series(1, 5) n";
    private const string Org = "case when n <= 3 then @a else @b end";
    private const string At = "timestamptz '2001-01-10 00:00+00' + n * interval '1 hour'";

    private static readonly Log[] Logs =
    [
        new("events.domain_events", "inserted_at",
            $"insert into events.domain_events (org_id, domain, event_type, payload, inserted_at) select {Org}, 'people', 'EmployeeHired', jsonb_build_object('n', n), {At} {Rows}"),
        new("fatigue.ewd_entries", "recorded_at",
            $"insert into fatigue.ewd_entries (org_id, employee_id, recorded_at, entry_type, work_rest_option, base_timezone, device_id, device_sequence, location_name) select {Org}, gen_random_uuid(), {At}, 'work', 'standard', 'Australia/Brisbane', 'ewd-2001', n, 'Dalby' {Rows}"),
        new("public.audit_log", "inserted_at",
            $"insert into public.audit_log (org_id, table_name, operation, row_id, actor_role, transaction_id, inserted_at) select {Org}, 'public.tags', 'insert', gen_random_uuid(), 'tests', n, {At} {Rows}"),
        new("timekeep.clock_events", "occurred_at",
            $"insert into timekeep.clock_events (org_id, employee_id, event_type, source, occurred_at, local_timezone, latitude, longitude, accuracy_metres) select {Org}, (select e.id from people.employees as e where e.org_id = {Org} limit 1), 'clock_in', 'mobile_gps', {At}, 'Australia/Perth', -31.953500, 115.857000, 8.5 {Rows}"),
    ];

    [Fact]
    public async Task maintain_list_archive_and_restore_through_the_cli_keep_every_logs_rows_and_guards()
    {
        var settings = await database.CloneAsync();
        var maintenance = await TestLogins.CreateAsync(settings, "finnest_maintenance");
        async Task<CliResult> Cli(params string[] args)
        {
            var result = await CliProcess.RunAsync([.. args, "--connection", maintenance.Url]);
            Assert.True(result.ExitCode == 0, $"partitions {string.Join(' ', args)}: exit {result.ExitCode} {result.StdErr}");
            return result;
        }
        await using var owner = new NpgsqlConnection(settings.ConnectionString);
        await owner.OpenAsync();
        Assert.Equal(Logs.Select(l => l.Table), await owner.QueryAsync<string>("select parent_table from finnest.partitioned_tables order by 1"));

        // maintain: a dry run changes nothing, the real run creates January 2001 for every log.
        var dry = await Cli("partitions", "maintain", "--as-of", "2001-01-15", "--months-ahead", "0", "--dry-run");
        Assert.All(Logs, l => Assert.Matches($@"{l.Partition}\s*│\s*would create", dry.StdOut));
        Assert.All(Logs, l => Assert.Null(owner.ExecuteScalar<string>($"select to_regclass('{l.Schema}.{l.Partition}')::text")));
        var maintained = await Cli("partitions", "maintain", "--as-of", "2001-01-15", "--months-ahead", "0");
        Assert.All(Logs, l => Assert.Matches($@"{l.Partition}\s*│\s*created", maintained.StdOut));

        var a = await owner.ExecuteScalarAsync<Guid>("insert into public.organisations (name, slug) values ('A', 'verbs-a') returning id");
        var b = await owner.ExecuteScalarAsync<Guid>("insert into public.organisations (name, slug) values ('B', 'verbs-b') returning id");
        // A clock event names an employee of its own organisation (checked on insert).
        await owner.ExecuteAsync("insert into people.employees (org_id, first_name, last_name, employment_type) values (@a, 'Ada', 'Lovelace', 'casual'), (@b, 'Alan', 'Turing', 'casual')", new { a, b });
        var before = new Dictionary<string, List<string>>();
        foreach (var log in Logs)
        {
            await owner.ExecuteAsync(log.InsertFiveRows, new { a, b });
            before[log.Table] = await ContentsAsync(owner, $"{log.Schema}.{log.Partition}");
            Assert.Equal(5, before[log.Table].Count);
        }

        // list: the same partition is hot, warm, then cold as time passes; the default partitions say so.
        foreach (var (asOf, tier) in new[] { ("2001-01-15", "hot"), ("2001-12-15", "warm"), ("2003-06-15", "cold") })
        {
            var list = await Cli("partitions", "list", "--as-of", asOf);
            Assert.All(Logs, l => Assert.Matches($@"{l.Schema}\.{l.Partition}\s*│[^\n]*│\s*{tier}\s*│", list.StdOut));
            Assert.All(Logs, l => Assert.Matches($@"{l.Table}_default\s*│[^\n]*│\s*default\s*│", list.StdOut));
        }

        // archive: the dry run names all four and moves nothing; the real run moves them, rows intact.
        var wouldArchive = await Cli("partitions", "archive", "--older-than", "24", "--as-of", "2003-06-15", "--dry-run");
        Assert.All(Logs, l => Assert.Matches($@"{l.Partition}\s*│\s*would archive", wouldArchive.StdOut));
        Assert.All(Logs, l => Assert.Equal(5L, owner.ExecuteScalar<long>($"select count(*) from {l.Table} where {l.January}")));
        var archived = await Cli("partitions", "archive", "--older-than", "24", "--as-of", "2003-06-15");
        foreach (var log in Logs)
        {
            Assert.Matches($@"{log.Partition}\s*│\s*archived", archived.StdOut);
            Assert.Equal(0L, await owner.ExecuteScalarAsync<long>($"select count(*) from {log.Table} where {log.January}"));
            Assert.Equal(before[log.Table], await ContentsAsync(owner, $"archive.{log.Partition}"));
        }
        var listArchived = await Cli("partitions", "list", "--as-of", "2003-06-15");
        Assert.All(Logs, l => Assert.Matches($@"archive\.{l.Partition}\s*│[^\n]*│\s*archived\s*│", listArchived.StdOut));

        // restore: every row back under its table, still append-only and still under the tenant policy.
        foreach (var log in Logs)
        {
            await Cli("partitions", "restore", log.Partition);
            Assert.Equal(before[log.Table], await ContentsAsync(owner, $"{log.Schema}.{log.Partition}"));
            Assert.Equal(5L, await owner.ExecuteScalarAsync<long>($"select count(*) from {log.Table} where {log.January}"));
            await ExpectRefusalAsync(owner, $"update {log.Table} set org_id = org_id where {log.January}", $"{log.Schema}.{log.Partition} is append-only: UPDATE is not allowed");
            await ExpectRefusalAsync(owner, $"delete from {log.Table} where {log.January}", $"{log.Schema}.{log.Partition} is append-only: DELETE is not allowed");
            await ExpectRefusalAsync(owner, $"truncate {log.Schema}.{log.Partition}", $"{log.Schema}.{log.Partition} is append-only: TRUNCATE is not allowed");
            await using var tx = await owner.BeginTransactionAsync();
            await owner.ExecuteAsync("set local role finnest_app; select set_config('app.org_id', @a, true)", new { a = a.ToString() }, tx);
            Assert.Equal(3L, await owner.ExecuteScalarAsync<long>($"select count(*) from {log.Table} where {log.January}", transaction: tx));
            await tx.RollbackAsync();
        }

        var notArchived = await CliProcess.RunAsync("partitions", "restore", Logs[0].Partition, "--connection", maintenance.Url);
        Assert.Equal((int)ExitCode.BadInput, notArchived.ExitCode);
        Assert.Equal($"error: archive.{Logs[0].Partition} does not exist", notArchived.StdErr.Trim());
    }

    /// <summary>Every row of a table as JSON, in a stable order: the comparison is of contents, not counts.</summary>
    private static async Task<List<string>> ContentsAsync(NpgsqlConnection c, string table) =>
        (await c.QueryAsync<string>($"select to_jsonb(t)::text from {table} t order by 1")).ToList();

    private static async Task ExpectRefusalAsync(NpgsqlConnection c, string sql, string message)
    {
        var e = await Assert.ThrowsAsync<PostgresException>(() => c.ExecuteAsync(sql));
        Assert.Equal(message, e.MessageText);
    }
}
