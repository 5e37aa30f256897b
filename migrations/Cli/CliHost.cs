using System.CommandLine;
using System.Reflection;
using Finnest.Database.Cli.Db;
using Finnest.Database.Cli.Migrate;
using Finnest.Database.Cli.Partitions;
using Finnest.Database.Cli.Schema;
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
        root.Subcommands.Add(MigrateCommands.Create());
        root.Subcommands.Add(PartitionsCommands.Create());
        root.Subcommands.Add(SeedCommand.Create());
        root.Subcommands.Add(SchemaCommands.Create());
        root.Subcommands.Add(DbCommands.Create());
        root.Subcommands.Add(ImportCommands.Create());
        root.Subcommands.Add(V2Commands.Create());

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // One line and the usage exit code; no help dump. A mistyped verb also raises its group's
            // "required command" error: the one naming the unmatched token says more.
            var error = parse.Errors.FirstOrDefault(e => parse.UnmatchedTokens.Any(t => e.Message.Contains(t))) ?? parse.Errors[0];
            Output.Error(error.Message + (parse.Errors.Count > 1 ? " (see --help)" : ""));
            return (int)ExitCode.BadInput;
        }
        return await parse.InvokeAsync();
    }
}
