using System.Text.Json;
using Dapper;
using Finnest.Database.Cli;
using Finnest.Database.Tests.Support;
using Npgsql;

namespace Finnest.Database.Tests.Integration;

/// <summary>
/// Changes made by hand to a migrated database are named by <c>migrate validate</c> (exit 4), and
/// <c>migrate up</c> refuses to build on them unless told to; partition maintenance is not drift.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class DriftTests(DatabaseFixture database)
{
    [Theory]
    [InlineData("drop index public.uq_tags__org_id_name", "index public.uq_tags__org_id_name", "dropped")]
    [InlineData("alter table public.tags drop constraint ck_tags__colour_format", "constraint public.tags.ck_tags__colour_format", "dropped")]
    [InlineData("alter table public.tags add column sneaky text", "column public.tags.sneaky", "added")]
    [InlineData("create or replace function finnest.current_org_id() returns uuid language sql stable as $$ select '00000000-0000-0000-0000-000000000001'::uuid $$",
        "function finnest.current_org_id()", "definition changed")]
    [InlineData("create or replace function finnest.audit_row() returns trigger language plpgsql as $$ begin return null; end $$",
        "function finnest.audit_row()", "definition changed")]
    [InlineData("alter table public.tags disable row level security", "table public.tags", "row level security was 'true', now 'false'")]
    [InlineData("drop policy tenant_isolation on public.tags", "policy public.tags.tenant_isolation", "dropped")]
    [InlineData("create or replace function finnest.audit_statement() returns trigger language plpgsql as $$ begin return null; end $$",
        "function finnest.audit_statement()", "definition changed")]
    [InlineData("alter table public.tags disable trigger audit_insert", "trigger public.tags.audit_insert", "enabled was 'yes', now 'disabled'")]
    [InlineData("grant delete on public.tags to finnest_app", "table public.tags", "grants was")]
    [InlineData("alter table events.domain_events disable trigger block_update_delete", "trigger events.domain_events.block_update_delete", "enabled was 'yes', now 'disabled'")]
    [InlineData("create or replace function finnest.block_update_delete() returns trigger language plpgsql as $$ begin return old; end $$",
        "function finnest.block_update_delete()", "definition changed")]
    public async Task a_change_made_by_hand_is_named_by_validate_with_exit_4(string change, string obj, string what)
    {
        var (settings, url) = await CloneAsync();
        await ExecuteAsync(settings, change);

        var result = await CliProcess.RunAsync("migrate", "validate", "--json", "--connection", url);

        Assert.True(result.ExitCode == (int)ExitCode.ValidationFailed, result.All);
        Assert.Contains($"drift: {obj}: ", result.StdErr);
        using var json = JsonDocument.Parse(result.StdOut);
        var named = json.RootElement.EnumerateArray().Where(p => p.GetProperty("object").GetString() == obj).ToList();
        Assert.True(named.Count == 1, result.StdOut);
        Assert.Contains(what, named[0].GetProperty("problem").GetString());
    }

    [Fact]
    public async Task a_table_made_by_hand_in_a_domain_schema_is_named_as_missing_from_the_schema_registry()
    {
        var (settings, url) = await CloneAsync();
        await ExecuteAsync(settings, "create table people.sneaky (id uuid primary key)");

        var result = await CliProcess.RunAsync("migrate", "validate", "--connection", url);

        Assert.Equal((int)ExitCode.ValidationFailed, result.ExitCode);
        Assert.Contains("drift: table people.sneaky is not in the schema registry (finnest.registered_tables)", result.StdErr);
    }

    [Fact]
    public async Task a_partition_whose_immutability_trigger_is_disabled_is_named()
    {
        var (settings, url) = await CloneAsync();
        var partition = $"events.domain_events_p{TestClock.PartitionSuffix(TestClock.MonthStart())}";
        await ExecuteAsync(settings, $"alter table {partition} disable trigger block_truncate");

        var result = await CliProcess.RunAsync("migrate", "validate", "--connection", url);

        Assert.Equal((int)ExitCode.ValidationFailed, result.ExitCode);
        Assert.Contains($"trigger {partition}.block_truncate: disabled", result.StdErr);
    }

    [Fact]
    public async Task a_clean_database_validates_clean()
    {
        var (_, url) = await CloneAsync();
        var result = await CliProcess.RunAsync("migrate", "validate", "--connection", url);
        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("valid:", result.StdOut);
    }

    [Fact]
    public async Task partitions_maintained_archived_and_restored_are_not_drift()
    {
        var (settings, url) = await CloneAsync();
        await ExecuteAsync(settings, """
            select * from finnest.maintain_partitions('2024-01-01', 0);
            select * from finnest.maintain_partitions(months_ahead => 12);
            """);
        Assert.Equal(0, (await CliProcess.RunAsync("partitions", "maintain", "--months-ahead", "6", "--connection", url)).ExitCode);
        await AssertValidAsync(url);

        var archived = await CliProcess.RunAsync("partitions", "archive", "--older-than", "12", "--connection", url);
        Assert.True(archived.ExitCode == 0, archived.All);
        Assert.Contains("domain_events_p2024_01", archived.StdOut);
        await AssertValidAsync(url);

        var restored = await CliProcess.RunAsync("partitions", "restore", "domain_events_p2024_01", "--connection", url);
        Assert.True(restored.ExitCode == 0, restored.All);
        await AssertValidAsync(url);
    }

    [Fact]
    public async Task up_refuses_a_drifted_database_unless_allowed_and_then_says_what_it_proceeds_over()
    {
        var (settings, url) = await CloneAsync();
        await ExecuteAsync(settings, "drop policy tenant_isolation on public.tags");

        var refused = await CliProcess.RunAsync("migrate", "up", "--connection", url);
        Assert.Equal((int)ExitCode.ValidationFailed, refused.ExitCode);
        Assert.Contains("policy public.tags.tenant_isolation: dropped", refused.StdErr);
        Assert.Contains("--allow-drift", refused.StdErr);

        var allowed = await CliProcess.RunAsync("migrate", "up", "--allow-drift", "--connection", url);
        Assert.True(allowed.ExitCode == 0, allowed.All);
        Assert.Contains("proceeding over drift (--allow-drift): policy public.tags.tenant_isolation: dropped", allowed.StdErr);
        // Proceeding records the catalog as it now is.
        await AssertValidAsync(url);
    }

    private async Task<(NpgsqlConnectionStringBuilder Settings, string Url)> CloneAsync()
    {
        var settings = await database.CloneAsync();
        return (settings, database.Cluster.ServerUrl(settings.Database!));
    }

    private static async Task ExecuteAsync(NpgsqlConnectionStringBuilder settings, string sql)
    {
        await using var c = new NpgsqlConnection(settings.ConnectionString);
        await c.ExecuteAsync(sql);
    }

    private static async Task AssertValidAsync(string url)
    {
        var result = await CliProcess.RunAsync("migrate", "validate", "--connection", url);
        Assert.True(result.ExitCode == 0, result.All);
    }
}
