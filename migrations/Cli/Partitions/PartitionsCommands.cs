using System.CommandLine;
using Dapper;
using Finnest.Database.Engine;
using Spectre.Console;

namespace Finnest.Database.Cli.Partitions;

/// <summary><c>partitions maintain|list|archive|restore</c>: thin verbs over the SQL functions in partitions/.</summary>
public static class PartitionsCommands
{
    private static readonly Option<DateOnly?> AsOf = new("--as-of") { Description = "Pretend today is this date (yyyy-MM-dd): rehearse month boundaries" };
    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "Say what would be done; change nothing" };
    private static readonly Option<int?> MonthsAhead = new("--months-ahead") { Description = "Months to create after the current one (default: each table's setting, 3)" };
    private static readonly Option<string?> TableOption = new("--table") { Description = "Only this parent table, e.g. events.domain_events" };
    private static readonly Option<int> OlderThan = new("--older-than") { Description = "Archive partitions that ended at least this many months ago", Required = true };
    private static readonly Argument<string> Partition = new("partition") { Description = "Archived partition to re-attach, e.g. domain_events_p2023_04" };

    public static Command Create() => Verb.Group("partitions", "Monthly partitions of the append-only logs: hot, warm and cold tiers",
        Verb.Create("maintain", "Create the current month's and the next months' partitions; move rows out of the default partition", (parse, ct) =>
            Query(parse, "select parent_table, partition_name, action, rows_moved from finnest.maintain_partitions(@AsOf::date, @MonthsAhead::integer, @Table::text, @DryRun)",
                new { AsOf = Day(parse), MonthsAhead = parse.GetValue(MonthsAhead), Table = parse.GetValue(TableOption), DryRun = parse.GetValue(DryRun) },
                "every partition already exists"), MonthsAhead, TableOption, DryRun, AsOf),
        Verb.Create("list", "Every partition with its range, row estimate, size and tier", (parse, ct) =>
            Query(parse, """
                select parent_table, partition_schema || '.' || partition_name as partition, range_from, range_to,
                       row_estimate, pg_size_pretty(total_bytes) as size, tier
                from finnest.partition_report(@AsOf::date) where @Table::text is null or parent_table = @Table
                """, new { AsOf = Day(parse), Table = parse.GetValue(TableOption) }, "no partitioned tables"), TableOption, AsOf),
        Verb.Create("archive", "Detach partitions older than --older-than months into schema archive", (parse, ct) =>
            Query(parse, "select parent_table, partition_name, action from finnest.archive_partitions(@OlderThan, @AsOf::date, @DryRun)",
                new { OlderThan = parse.GetValue(OlderThan), AsOf = Day(parse), DryRun = parse.GetValue(DryRun) },
                "nothing is old enough to archive"), OlderThan, DryRun, AsOf),
        Verb.Create("restore", "Re-attach an archived partition to its table", (parse, ct) =>
            Query(parse, "select parent_table, restored from finnest.restore_partition(@Name)",
                new { Name = parse.GetValue(Partition) }, "nothing restored"), Partition));

    private static DateTime Day(ParseResult parse) =>
        (parse.GetValue(AsOf) ?? DateOnly.FromDateTime(DateTime.UtcNow)).ToDateTime(TimeOnly.MinValue);

    private static async Task<ExitCode> Query(ParseResult parse, string sql, object parameters, string whenEmpty)
    {
        var settings = await ConnectionResolver.ResolveAsync(parse);
        settings.ApplicationName = "finnest-partitions";
        await using var connection = await ConnectionSettings.OpenAsync(settings);
        if (!await connection.ExecuteScalarAsync<bool>("select to_regproc('finnest.maintain_partitions') is not null"))
            throw new FinnestException(ExitCode.ValidationFailed, "the partition functions are missing: run migrate up first");
        IReadOnlyList<IDictionary<string, object?>> rows;
        try
        {
            rows = (await connection.QueryAsync(sql, parameters)).Cast<IDictionary<string, object?>>().ToList();
        }
        catch (Npgsql.PostgresException e)
        {
            // The functions refuse bad requests with RAISE EXCEPTION (P0001): the caller's input, not a failure.
            throw new FinnestException(e.SqlState == Npgsql.PostgresErrorCodes.RaiseException ? ExitCode.BadInput : ExitCode.MigrationFailed, e.MessageText);
        }
        if (rows.Count == 0)
        {
            Output.Out.WriteLine(whenEmpty);
            return ExitCode.Ok;
        }
        var table = new Table();
        foreach (var column in rows[0].Keys) table.AddColumn(column);
        foreach (var row in rows)
            table.AddRow(row.Values.Select(v => Markup.Escape(v switch
            {
                DateTime d => d.ToString("yyyy-MM-dd"),
                DateOnly d => d.ToString("yyyy-MM-dd"),
                null => "",
                _ => v.ToString() ?? "",
            })).ToArray());
        Output.Out.Write(table);
        return ExitCode.Ok;
    }
}
