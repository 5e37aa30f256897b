using Finnest.Database.Cli;
using Finnest.Database.Engine.Plan;
using Finnest.Database.Tests.Support;
using Npgsql;

namespace Finnest.Database.Tests.Integration;

/// <summary>
/// A runner killed (SIGKILL, via the FINNEST_FAULT switch) at a named point leaves a database that the
/// next plain <c>migrate up</c> finishes: the scripts it still owed are known from the journal alone.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class CrashRecoveryTests(DatabaseFixture database)
{
    private const int Killed = 137;

    public enum Start { Fresh, AfterDownToZero, OneMigrationBehind }

    private static string LastVersion => FinnestMigrations.Catalog().Migrations[^1].Version.ToString();

    public static TheoryData<Start, string> Points()
    {
        var data = new TheoryData<Start, string>();
        foreach (var start in Enum.GetValues<Start>())
        {
            data.Add(start, $"after-migration:{LastVersion}");
            data.Add(start, "before-script:partitions/partition_maintenance.sql");
            data.Add(start, "inside-script:partitions/zz_initial_window.sql");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Points))]
    public async Task a_run_killed_at_a_named_point_is_finished_by_a_plain_up_with_the_schema_of_a_clean_run(Start start, string fault)
    {
        var settings = start == Start.Fresh ? await database.EmptyAsync() : await database.CloneAsync();
        var url = database.Cluster.ServerUrl(settings.Database!);
        if (start == Start.AfterDownToZero) await MustSucceed("migrate", "down", "--to", "0", "--connection", url);
        if (start == Start.OneMigrationBehind) await MustSucceed("migrate", "down", "--steps", "1", "--connection", url);

        var crashed = await CliProcess.RunAsync(new Dictionary<string, string> { [Fault.Variable] = fault }, "migrate", "up", "--connection", url);
        Assert.True(crashed.ExitCode == Killed, $"expected the fault {fault} to kill the run, got exit {crashed.ExitCode}: {crashed.All}");

        var status = await CliProcess.RunAsync("migrate", "status", "--connection", url);
        Assert.Contains("Owed", status.StdOut);
        var validate = await CliProcess.RunAsync("migrate", "validate", "--connection", url);
        Assert.True(validate.ExitCode == (int)ExitCode.ValidationFailed, validate.All);
        Assert.Contains("is owed", validate.StdErr);

        var recovered = await CliProcess.RunAsync("migrate", "up", "--connection", url);
        Assert.True(recovered.ExitCode == 0, recovered.All);
        Assert.DoesNotContain("nothing to do", recovered.StdOut);
        await MustSucceed("migrate", "validate", "--connection", url);

        var reference = await database.CloneAsync();
        await PartitionWindows.AlignAsync(database.Cluster, reference, settings);
        var clean = await SchemaDump.TakeAsync(reference);
        var after = await SchemaDump.TakeAsync(settings);
        Assert.True(clean == after, SchemaDump.Diff(clean, after));
    }

    [Fact]
    public async Task without_the_fault_switch_nothing_is_killed_and_a_second_up_has_nothing_to_do()
    {
        var settings = await database.EmptyAsync();
        var url = database.Cluster.ServerUrl(settings.Database!);
        await MustSucceed("migrate", "up", "--connection", url);
        var again = await CliProcess.RunAsync("migrate", "up", "--connection", url);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("nothing to do", again.StdOut);
    }

    private static async Task MustSucceed(params string[] args)
    {
        var result = await CliProcess.RunAsync(args);
        Assert.True(result.ExitCode == 0, $"{string.Join(' ', args.Take(3))}: exit {result.ExitCode}: {result.All}");
    }
}
