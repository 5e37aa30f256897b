using Dapper;
using Finnest.Database.Tests.Support;
using Npgsql;

namespace Finnest.Database.Tests.Integration;

/// <summary>
/// What the README's roles section promises, checked as real logins over TCP with a password
/// (members of one finnest_* group each, never SET ROLE from a superuser). Every refusal names the
/// privilege, policy or trigger that fires, so a refusal for the wrong reason fails the test.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class RoleMatrixTests(DatabaseFixture database)
{
    private const string Offices = "public.offices";

    /// <summary>A clone with one organisation and one office, and the id of each.</summary>
    private async Task<(NpgsqlConnectionStringBuilder Settings, Guid Org, Guid Office)> ArrangeAsync()
    {
        var settings = await database.CloneAsync();
        await using var c = new NpgsqlConnection(settings.ConnectionString);
        await c.OpenAsync();
        var org = await c.ExecuteScalarAsync<Guid>("insert into public.organisations (name, slug) values ('Role Matrix', 'role-matrix') returning id");
        var office = await c.ExecuteScalarAsync<Guid>("insert into public.offices (org_id, name, state, postcode) values (@org, 'Sydney', 'NSW', '2000') returning id", new { org });
        return (settings, org, office);
    }

    private static async Task<SqlSession> LogInAsync(NpgsqlConnectionStringBuilder database, string group, Guid? tenant = null)
    {
        var login = await TestLogins.CreateAsync(database, group);
        var session = await SqlSession.BeginAsync(login.Settings);
        if (tenant is { } org) await session.ExecuteAsync("select set_config('app.org_id', @org, true)", new { org = org.ToString() });
        return session;
    }

    private static async Task RefusedAsync(SqlSession sql, string statement, string expectedMessage, object? args = null)
    {
        var error = await sql.RejectsAsync(statement, args);
        Assert.True(error.MessageText.Contains(expectedMessage, StringComparison.Ordinal),
            $"{statement}\nexpected a refusal saying \"{expectedMessage}\", got {error.SqlState} {error.MessageText}");
    }

    [Fact]
    public async Task an_app_login_reads_inserts_and_updates_its_tenants_rows_and_may_not_delete_truncate_alter_maintain_or_write_the_audit_log()
    {
        var (settings, org, office) = await ArrangeAsync();
        await using var sql = await LogInAsync(settings, "finnest_app", org);

        Assert.Equal(1, await sql.ScalarAsync<long>("select count(*) from public.offices"));
        Assert.Equal(1, await sql.ExecuteAsync("insert into public.offices (org_id, name, state, postcode) values (@org, 'Perth', 'WA', '6000')", new { org }));
        Assert.Equal(1, await sql.ExecuteAsync("update public.offices set name = 'Sydney CBD' where id = @office", new { office }));
        Assert.Equal(1, await sql.ExecuteAsync("update public.offices set deleted_at = now() where id = @office", new { office }));

        await RefusedAsync(sql, "delete from public.offices", "permission denied for table offices");
        await RefusedAsync(sql, "truncate public.offices", "permission denied for table offices");
        await RefusedAsync(sql, "alter table public.offices add column x int", "must be owner of table offices");
        await RefusedAsync(sql, "insert into compliance.credential_types (code, name) values ('x', 'x')", "permission denied for table credential_types");
        await RefusedAsync(sql, "select * from finnest.maintain_partitions()", "permission denied for function maintain_partitions");
        await RefusedAsync(sql, "select * from finnest.create_month_partition('public.audit_log', date '2030-01-01')", "permission denied for function create_month_partition");
        await RefusedAsync(sql, "insert into public.audit_log (org_id, table_name, operation, row_id) values (@org, 'public.offices', 'insert', gen_random_uuid())",
            "permission denied for table audit_log", new { org });
        await RefusedAsync(sql, "select * from finnest.schema_history", "permission denied for table schema_history");
        await RefusedAsync(sql, "set role finnest_owner", "permission denied to set role \"finnest_owner\"");
    }

    [Fact]
    public async Task an_app_login_without_a_tenant_sees_no_rows_and_its_inserts_are_refused_by_the_tenant_policy()
    {
        var (settings, org, _) = await ArrangeAsync();
        await using var sql = await LogInAsync(settings, "finnest_app");

        Assert.Equal(0, await sql.ScalarAsync<long>("select count(*) from public.offices"));
        await RefusedAsync(sql, "insert into public.offices (org_id, name) values (@org, 'Sneaky')",
            "new row violates row-level security policy for table \"offices\"", new { org });
    }

    [Fact]
    public async Task a_readonly_login_reads_its_tenant_and_the_history_and_may_not_write_delete_truncate_alter_maintain_or_read_archived_partitions()
    {
        var (settings, org, office) = await ArrangeAsync();
        await using var sql = await LogInAsync(settings, "finnest_readonly", org);

        Assert.Equal(1, await sql.ScalarAsync<long>("select count(*) from public.offices"));
        Assert.True(await sql.ScalarAsync<long>("select count(*) from finnest.schema_history") > 0);

        await RefusedAsync(sql, "insert into public.offices (org_id, name) values (@org, 'Perth')", "permission denied for table offices", new { org });
        await RefusedAsync(sql, "update public.offices set name = 'x' where id = @office", "permission denied for table offices", new { office });
        await RefusedAsync(sql, "delete from public.offices", "permission denied for table offices");
        await RefusedAsync(sql, "truncate public.offices", "permission denied for table offices");
        await RefusedAsync(sql, "alter table public.offices add column x int", "must be owner of table offices");
        await RefusedAsync(sql, "select * from finnest.maintain_partitions()", "permission denied for function maintain_partitions");
        await RefusedAsync(sql, "insert into public.audit_log (org_id, table_name, operation, row_id) values (@org, 'public.offices', 'insert', gen_random_uuid())",
            "permission denied for table audit_log", new { org });
        await RefusedAsync(sql, "insert into finnest.schema_history (kind, description, checksum, execution_ms, success) values ('baseline', 'x', 'x', 0, true)",
            "permission denied for table schema_history");
        // Partitions carry no row-level security of their own: reading one directly would cross tenants.
        var partition = "audit_log_p" + TestClock.PartitionSuffix(TestClock.MonthStart());
        await using (var owner = new NpgsqlConnection(settings.ConnectionString))
        {
            await owner.OpenAsync();
            await owner.ExecuteAsync($"select * from finnest.maintain_partitions(@today::date, 0, 'public.audit_log'); alter table public.audit_log detach partition public.{partition}; alter table public.{partition} set schema archive",
                new { today = TestClock.Today.ToDateTime(TimeOnly.MinValue) });
        }
        await RefusedAsync(sql, $"select count(*) from archive.{partition}", $"permission denied for table {partition}");
    }

    [Fact]
    public async Task a_maintenance_login_runs_the_partition_functions_and_may_not_read_or_write_tenant_data_or_create_partitions_directly()
    {
        var (settings, org, _) = await ArrangeAsync();
        await using var sql = await LogInAsync(settings, "finnest_maintenance");
        var asOf = new { asOf = TestClock.Today.ToDateTime(TimeOnly.MinValue) };

        Assert.NotEmpty(await sql.QueryAsync<string>("select partition_name from finnest.partition_report(@asOf::date)", asOf));
        Assert.NotEmpty(await sql.QueryAsync<string>("select partition_name from finnest.maintain_partitions(@asOf::date, 5)", asOf));
        Assert.Empty(await sql.QueryAsync<string>("select partition_name from finnest.archive_partitions(24, @asOf::date)", asOf));

        await RefusedAsync(sql, "select count(*) from public.offices", "permission denied for table offices");
        await RefusedAsync(sql, "select count(*) from public.audit_log", "permission denied for table audit_log");
        await RefusedAsync(sql, "insert into public.offices (org_id, name) values (@org, 'Perth')", "permission denied for table offices", new { org });
        await RefusedAsync(sql, "truncate public.audit_log", "permission denied for table audit_log");
        await RefusedAsync(sql, "alter table public.audit_log add column x int", "must be owner of table audit_log");
        await RefusedAsync(sql, "select * from finnest.create_month_partition('public.audit_log', date '2030-01-01')", "permission denied for function create_month_partition");
        await RefusedAsync(sql, "insert into public.audit_log (org_id, table_name, operation, row_id) values (@org, 'public.offices', 'insert', gen_random_uuid())",
            "permission denied for table audit_log", new { org });
    }

    [Fact]
    public async Task a_migrator_login_acts_as_the_owner_and_even_so_cannot_rewrite_or_truncate_the_audit_log_or_history()
    {
        var (settings, org, office) = await ArrangeAsync();
        await using var sql = await LogInAsync(settings, "finnest_migrator");

        await sql.ExecuteAsync("set local role finnest_owner");
        await sql.ExecuteAsync("alter table public.offices add column role_matrix_probe int");
        Assert.Equal(1, await sql.ExecuteAsync("update public.offices set name = 'Owner edit' where id = @office", new { office }));
        Assert.True(await sql.ScalarAsync<long>("select count(*) from public.audit_log where org_id = @org", new { org }) > 0);

        await RefusedAsync(sql, "update public.audit_log set operation = 'delete'", "is append-only: UPDATE is not allowed");
        await RefusedAsync(sql, "delete from public.audit_log", "is append-only: DELETE is not allowed");
        await RefusedAsync(sql, "truncate public.audit_log", "is append-only: TRUNCATE is not allowed");
        await RefusedAsync(sql, "delete from finnest.schema_history", "finnest.schema_history is append-only: DELETE is not allowed");
        await RefusedAsync(sql, "truncate finnest.schema_history", "finnest.schema_history is append-only: TRUNCATE is not allowed");
    }

    [Fact]
    public async Task the_owner_role_itself_cannot_log_in()
    {
        var settings = database.Cluster.Settings(TestCluster.SharedDatabase);
        var owner = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Username = "finnest_owner", Password = "anything" };
        await using var c = new NpgsqlConnection(owner.ConnectionString);
        var error = await Assert.ThrowsAsync<PostgresException>(() => c.OpenAsync());
        // Password authentication fails first for a role without a password; either way no session is opened.
        Assert.True(error.MessageText.Contains("is not permitted to log in") || error.MessageText.Contains("password authentication failed for user \"finnest_owner\""),
            error.MessageText);
    }
}
