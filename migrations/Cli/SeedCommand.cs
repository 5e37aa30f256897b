using System.CommandLine;
using Finnest.Database.Engine;
using Finnest.Database.Seeds;
using Spectre.Console;

namespace Finnest.Database.Cli;

/// <summary><c>seed</c>: fake data for development and tests. Refuses a database that already has organisations.</summary>
public static class SeedCommand
{
    private static readonly Option<int> Organisations = new("--organisations") { Description = "Organisations (tenants) to create", DefaultValueFactory = _ => 2 };
    private static readonly Option<int> Employees = new("--employees") { Description = "Workers per organisation", DefaultValueFactory = _ => 40 };
    private static readonly Option<int> RandomSeed = new("--random-seed") { Description = "Same number, same data", DefaultValueFactory = _ => 20260401 };
    private static readonly Option<bool> Force = new("--force") { Description = "Seed even though the database already has organisations" };

    public static Command Create() => Verb.Create("seed", "Fill a migrated development database with realistic fake data (never run against production)", async (parse, ct) =>
    {
        var settings = await ConnectionResolver.ResolveAsync(parse, "finnest-seed");
        await using var connection = await ConnectionSettings.OpenAsync(settings, ct);
        await using (var check = new Npgsql.NpgsqlCommand("select to_regclass('people.employees') is not null and to_regclass('clients.sites') is not null", connection))
            if (await check.ExecuteScalarAsync(ct) is not true)
                throw new CliException(ExitCode.ValidationFailed, "the database is not migrated: run migrate up first");
        await using (var count = new Npgsql.NpgsqlCommand("select count(*) from public.organisations", connection))
            if ((long)(await count.ExecuteScalarAsync(ct))! > 0 && !parse.GetValue(Force))
                throw new CliException(ExitCode.BadInput, "the database already has organisations: seed only empty development databases (or pass --force)");
        var options = new SeedOptions
        {
            Organisations = AtLeastOne(parse.GetValue(Organisations), "--organisations"),
            EmployeesPerOrganisation = AtLeastOne(parse.GetValue(Employees), "--employees"),
            RandomSeed = parse.GetValue(RandomSeed),
        };
        var summary = await new FakeDataSeeder(connection, options).RunAsync(ct);
        var table = new Table().AddColumns("table", "rows");
        foreach (var (name, rows) in summary.RowsByTable) table.AddRow(name, rows.ToString());
        Output.Out.Write(table);
        return ExitCode.Ok;
    }, Organisations, Employees, RandomSeed, Force);

    private static int AtLeastOne(int value, string name) =>
        value > 0 ? value : throw new CliException(ExitCode.BadInput, $"{name} must be at least 1");
}
