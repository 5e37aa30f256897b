using System.CommandLine;
using System.Reflection;
using Finnest.Database.Cli.Db;
using Finnest.Database.Cli.Migrate;
using Finnest.Database.Cli.Partitions;
using Finnest.Database.Engine;

namespace Finnest.Database.Cli;

/// <summary>
/// The finnest-db command line. The executable (the migrations project) hands in the assembly that holds
/// the migrations and repeatable scripts; every verb reads them from here.
/// </summary>
public static class CliHost
{
    static Assembly? _migrations;

    public static MigrationCatalog Catalog() =>
        MigrationCatalog.FromAssembly(_migrations ?? throw new InvalidOperationException("CliHost.RunAsync was not called"));

    public static async Task<int> RunAsync(string[] args, Assembly migrations)
    {
        _migrations = migrations;
        var root = new RootCommand("finnest-db: migrations, partitions, seed data and the local PostgreSQL of Finnest.Database");
        foreach (var option in new Option[] { CommonOptions.Connection, CommonOptions.LockWait, CommonOptions.LockTimeout, CommonOptions.StatementTimeout, CommonOptions.LockRetries })
            root.Options.Add(option);
        root.Subcommands.Add(Verb.Group("migrate", "Apply, undo, check and print versioned migrations",
            MigrateUp.Create(), MigrateDown.Create(), MigrateStatus.Create(), MigrateValidate.Create(), MigrateScript.Create(), MigrateBaseline.Create()));
        root.Subcommands.Add(PartitionsCommands.Create());
        root.Subcommands.Add(SeedCommand.Create());
        root.Subcommands.Add(SchemaExportCommand.Create());
        root.Subcommands.Add(DbCommands.Create());
        root.Subcommands.Add(V2Commands.Create());

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // One line per problem and the usage exit code; no help dump.
            foreach (var error in parse.Errors) Output.Error(error.Message);
            return (int)ExitCode.BadInput;
        }
        return await parse.InvokeAsync();
    }
}
