using Dapper;
using Finnest.Database.Tests.Support;
using Npgsql;

namespace Finnest.Database.Tests.Integration;

/// <summary>
/// Monthly partitions of the append-only logs: creation ahead of time, rows moved out of the
/// default partition, pruning, archive and restore, as the maintenance role runs them.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class PartitionMaintenanceTests(DatabaseFixture database)
{
    private static async Task<NpgsqlConnection> OpenAsync(NpgsqlConnectionStringBuilder settings)
    {
        var c = new NpgsqlConnection(settings.ConnectionString);
        await c.OpenAsync();
        return c;
    }

    /// <summary>Runs maintenance as the maintenance role; returns how many partitions it created.</summary>
    private static async Task<int> MaintainAsync(NpgsqlConnection c, string asOf, int monthsAhead = 3)
    {
        await c.ExecuteAsync("set role finnest_maintenance");
        try
        {
            return await c.ExecuteScalarAsync<int>(
                "select count(*)::int from finnest.maintain_partitions(@asOf::date, @monthsAhead) where action = 'created'",
                new { asOf, monthsAhead });
        }
        finally
        {
            await c.ExecuteAsync("reset role");
        }
    }

    /// <summary>The logs the README says are partitioned monthly.</summary>
    private static readonly string[] PartitionedLogs = ["events.domain_events", "fatigue.ewd_entries", "public.audit_log", "timekeep.clock_events"];

    [Fact]
    public async Task exactly_the_four_logs_of_the_readme_are_registered_for_partition_maintenance()
    {
        await using var c = await OpenAsync(database.Cluster.Settings(TestCluster.SharedDatabase));
        Assert.Equal(PartitionedLogs, await c.QueryAsync<string>("select parent_table from finnest.partitioned_tables order by 1"));
    }

    private static async Task<Guid> OrganisationAsync(NpgsqlConnection c) =>
        await c.ExecuteScalarAsync<Guid>("insert into public.organisations (name, slug) values ('P', 'p-' || substr(md5(random()::text), 1, 8)) returning id");

    private static Task<long> CountAsync(NpgsqlConnection c, string table) => c.ExecuteScalarAsync<long>($"select count(*) from {table}");

    [Fact]
    public async Task a_fresh_database_has_the_current_month_and_three_ahead_and_a_default()
    {
        var settings = await database.CloneAsync();
        await using var c = await OpenAsync(settings);
        var partitions = (await c.QueryAsync<(string Name, string Tier)>(
            "select partition_name, tier from finnest.partition_report(@today::date) where parent_table = 'events.domain_events'",
            new { today = TestClock.Today.ToDateTime(TimeOnly.MinValue) })).ToList();
        Assert.Contains(partitions, p => p.Name == "domain_events_default" && p.Tier == "default");
        Assert.Contains(partitions, p => p.Name == $"domain_events_p{TestClock.PartitionSuffix(TestClock.MonthStart())}" && p.Tier == "hot");
        for (var i = 1; i <= 3; i++)
            Assert.Contains(partitions, p => p.Name == $"domain_events_p{TestClock.PartitionSuffix(TestClock.MonthStart(i))}" && p.Tier == "future");
    }

    [Fact]
    public async Task far_past_and_far_future_rows_land_in_the_default_partition_without_error()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.ExecuteAsync("insert into events.domain_events (org_id, domain, event_type, payload, inserted_at) values (@org, 'people', 'Old', '{}', '1999-03-01'), (@org, 'people', 'Far', '{}', '2199-03-01')", new { org });
        Assert.Equal(["domain_events_default", "domain_events_default"],
            await sql.QueryAsync<string>("select tableoid::regclass::text from events.domain_events where event_type in ('Old', 'Far')").ContinueWith(t => t.Result.Select(n => n.Split('.').Last()).ToList()));
    }

    [Fact]
    public async Task maintenance_twice_is_a_no_op()
    {
        var settings = await database.CloneAsync();
        await using var c = await OpenAsync(settings);
        Assert.Equal(PartitionedLogs.Length * 4, await MaintainAsync(c, "2031-06-15"));
        Assert.Equal(0, await MaintainAsync(c, "2031-06-15"));
    }

    [Fact]
    public async Task two_concurrent_runs_create_each_partition_once()
    {
        var settings = await database.CloneAsync();
        await using var a = await OpenAsync(settings);
        await using var b = await OpenAsync(settings);
        var created = await Task.WhenAll(MaintainAsync(a, "2032-01-10"), MaintainAsync(b, "2032-01-10"));
        Assert.Equal(PartitionedLogs.Length * 4, created.Sum());
        Assert.Equal(4, await a.ExecuteScalarAsync<long>(
            "select count(*) from pg_class where relname like 'domain_events_p2032_%' and relkind = 'r'"));
    }

    [Fact]
    public async Task rows_written_early_into_the_default_partition_move_to_their_month_with_counts_unchanged()
    {
        var settings = await database.CloneAsync();
        await using var c = await OpenAsync(settings);
        var org = await OrganisationAsync(c);
        await c.ExecuteAsync("""
            insert into events.domain_events (org_id, domain, event_type, payload, inserted_at)
            select @org, 'timekeep', 'ClockedIn', jsonb_build_object('n', n), timestamptz '2033-02-01 00:00+00' + n * interval '1 hour'
            from generate_series(0, 99) n;
            insert into events.domain_events (org_id, domain, event_type, payload, inserted_at) values (@org, 'timekeep', 'Later', '{}', '2040-01-01');
            """, new { org });
        var before = await CountAsync(c, "events.domain_events");
        Assert.Equal(101, await CountAsync(c, "events.domain_events_default"));

        await MaintainAsync(c, "2033-02-03", monthsAhead: 0);

        Assert.Equal(before, await CountAsync(c, "events.domain_events"));
        Assert.Equal(100, await CountAsync(c, "events.domain_events_p2033_02"));
        Assert.Equal(1, await CountAsync(c, "events.domain_events_default"));
        Assert.Equal(100, await c.ExecuteScalarAsync<long>("select count(distinct payload ->> 'n') from events.domain_events_p2033_02"));
        // The new default partition is guarded like the old one.
        var truncate = await Assert.ThrowsAsync<PostgresException>(() => c.ExecuteAsync("truncate events.domain_events_default"));
        Assert.Contains("append-only", truncate.MessageText);
    }

    [Fact]
    public async Task a_query_for_one_month_scans_one_partition()
    {
        var settings = await database.CloneAsync();
        await using var c = await OpenAsync(settings);
        await MaintainAsync(c, "2034-05-01");
        var plan = string.Join("\n", await c.QueryAsync<string>(
            "explain select * from events.domain_events where inserted_at >= '2034-06-01 00:00+00' and inserted_at < '2034-07-01 00:00+00'"));
        Assert.Contains("domain_events_p2034_06", plan);
        Assert.DoesNotContain("domain_events_p2034_05", plan);
        Assert.DoesNotContain("domain_events_p2034_07", plan);
        Assert.DoesNotContain("domain_events_default", plan);
    }

    [Fact]
    public async Task archive_then_restore_round_trips_row_counts_and_the_archived_partition_stays_append_only()
    {
        var settings = await database.CloneAsync();
        await using var c = await OpenAsync(settings);
        var org = await OrganisationAsync(c);
        await MaintainAsync(c, "2024-01-01", monthsAhead: 0);
        await c.ExecuteAsync("insert into events.domain_events (org_id, domain, event_type, payload, inserted_at) select @org, 'payroll', 'PayRunPaid', '{}', '2024-01-15' from generate_series(1, 25)", new { org });
        var total = await CountAsync(c, "events.domain_events");

        await c.ExecuteAsync("set role finnest_maintenance");
        var archived = (await c.QueryAsync<string>(
            "select partition_name from finnest.archive_partitions(24) where parent_table = 'events.domain_events'")).ToList();
        await c.ExecuteAsync("reset role");
        Assert.Contains("domain_events_p2024_01", archived);
        Assert.Equal(total - 25, await CountAsync(c, "events.domain_events"));
        Assert.Equal(25, await CountAsync(c, "archive.domain_events_p2024_01"));
        foreach (var statement in new[] { "update archive.domain_events_p2024_01 set payload = '{}'", "delete from archive.domain_events_p2024_01", "truncate archive.domain_events_p2024_01" })
            Assert.Contains("append-only", (await Assert.ThrowsAsync<PostgresException>(() => c.ExecuteAsync(statement))).MessageText);

        await c.ExecuteAsync("set role finnest_maintenance");
        await c.ExecuteAsync("select * from finnest.restore_partition('domain_events_p2024_01')");
        await c.ExecuteAsync("reset role");
        Assert.Equal(total, await CountAsync(c, "events.domain_events"));
        Assert.Null(await c.ExecuteScalarAsync<string>("select to_regclass('archive.domain_events_p2024_01')::text"));
        Assert.Contains("append-only", (await Assert.ThrowsAsync<PostgresException>(() => c.ExecuteAsync("delete from events.domain_events_p2024_01"))).MessageText);
    }

    [Fact]
    public async Task archive_refuses_a_month_that_has_not_ended_by_the_server_clock_whatever_as_of_says()
    {
        var settings = await database.CloneAsync();
        await using var c = await OpenAsync(settings);
        await c.ExecuteAsync("set role finnest_maintenance");
        // As of mid-2030, 1 month old would reach the present month and every month made ahead of it.
        var archived = (await c.QueryAsync<string>("select partition_name from finnest.archive_partitions(1, '2030-06-01')")).ToList();
        await c.ExecuteAsync("reset role");
        var current = $"_p{DateTime.UtcNow:yyyy_MM}";
        Assert.DoesNotContain(archived, name => name.EndsWith(current));
        Assert.DoesNotContain(archived, name => string.CompareOrdinal(name[^7..], current[2..]) >= 0);
        Assert.True(await c.ExecuteScalarAsync<bool>($"select to_regclass('events.domain_events{current}') is not null"));
    }

    [Fact]
    public async Task archive_never_touches_the_current_or_future_months()
    {
        var settings = await database.CloneAsync();
        await using var c = await OpenAsync(settings);
        var today = new { today = TestClock.Today.ToDateTime(TimeOnly.MinValue) };
        var refused = await Assert.ThrowsAsync<PostgresException>(() => c.ExecuteAsync("select * from finnest.archive_partitions(0, @today::date)", today));
        Assert.Equal("older_than_months must be at least 1: the current month is never archived", refused.MessageText);
        // Two past months exist, so there is something to archive next to what must stay.
        await MaintainAsync(c, TestClock.Iso(TestClock.MonthStart(-2)), monthsAhead: 5);

        var archived = (await c.QueryAsync<string>("select partition_name from finnest.archive_partitions(1, @today::date) where parent_table = 'events.domain_events'", today)).ToList();

        Assert.Equal([$"domain_events_p{TestClock.PartitionSuffix(TestClock.MonthStart(-2))}", $"domain_events_p{TestClock.PartitionSuffix(TestClock.MonthStart(-1))}"], archived);
        for (var i = 0; i <= 3; i++)
            Assert.True(await c.ExecuteScalarAsync<bool>($"select to_regclass('events.domain_events_p{TestClock.PartitionSuffix(TestClock.MonthStart(i))}') is not null"));
    }

    [Fact]
    public async Task immutability_and_row_level_security_hold_on_a_newly_created_partition()
    {
        var settings = await database.CloneAsync();
        await using var c = await OpenAsync(settings);
        await MaintainAsync(c, "2035-09-01", monthsAhead: 0);
        var a = await OrganisationAsync(c);
        var b = await OrganisationAsync(c);
        await c.ExecuteAsync("insert into events.domain_events (org_id, domain, event_type, payload, inserted_at) values (@a, 'x', 'A', '{}', '2035-09-02'), (@b, 'x', 'B', '{}', '2035-09-02')", new { a, b });

        await using var tx = await c.BeginTransactionAsync();
        await c.ExecuteAsync("set local role finnest_app; select set_config('app.org_id', @a, true)", new { a = a.ToString() }, tx);
        Assert.Equal(1, await c.ExecuteScalarAsync<long>("select count(*) from events.domain_events where inserted_at >= '2035-09-01'", transaction: tx));
        var update = await Assert.ThrowsAsync<PostgresException>(() => c.ExecuteAsync("update events.domain_events set payload = '{}' where inserted_at >= '2035-09-01'", transaction: tx));
        Assert.Equal("42501", update.SqlState);
        Assert.Equal("permission denied for table domain_events", update.MessageText);
        await tx.RollbackAsync();

        foreach (var statement in new[] { "update events.domain_events_p2035_09 set payload = '{}'", "delete from events.domain_events_p2035_09", "truncate events.domain_events_p2035_09" })
            Assert.Contains("append-only", (await Assert.ThrowsAsync<PostgresException>(() => c.ExecuteAsync(statement))).MessageText);
    }

    [Fact]
    public async Task the_app_role_cannot_run_maintenance_or_move_rows()
    {
        var settings = await database.CloneAsync();
        await using var c = await OpenAsync(settings);
        foreach (var (call, function) in new[] { ("select * from finnest.maintain_partitions()", "maintain_partitions"), ("select * from finnest.create_month_partition('events.domain_events', '2036-01-01')", "create_month_partition"), ("select * from finnest.archive_partitions(24)", "archive_partitions") })
        {
            var e = await Assert.ThrowsAsync<PostgresException>(() => c.ExecuteAsync($"set role finnest_app; {call}"));
            Assert.Equal("42501", e.SqlState);
            Assert.Equal($"permission denied for function {function}", e.MessageText);
            await c.ExecuteAsync("reset role");
        }
    }

    [Theory]
    [InlineData("2026-12-31 23:30", "2026_12")] // 12:30 UTC on 31 Dec
    [InlineData("2027-01-01 10:59", "2026_12")] // 23:59 UTC on 31 Dec
    [InlineData("2027-01-01 11:00", "2027_01")] // midnight UTC
    [InlineData("2027-07-01 09:59", "2027_06")] // AEST (+10) in winter: 23:59 UTC on 30 Jun
    public async Task months_are_utc_months_whatever_the_writers_time_zone(string sydneyLocal, string month)
    {
        var settings = await database.CloneAsync();
        await using var c = await OpenAsync(settings);
        await MaintainAsync(c, "2026-12-01", monthsAhead: 7);
        var org = await OrganisationAsync(c);
        await c.ExecuteAsync("set timezone = 'Australia/Sydney'");
        var partition = await c.ExecuteScalarAsync<string>(
            "insert into events.domain_events (org_id, domain, event_type, payload, inserted_at) values (@org, 'x', 'Y', '{}', @local::timestamp at time zone 'Australia/Sydney') returning tableoid::regclass::text",
            new { org, local = sydneyLocal });
        Assert.Equal($"events.domain_events_p{month}", partition);
    }
}
