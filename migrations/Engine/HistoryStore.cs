using Dapper;
using Npgsql;

namespace Finnest.Database.Engine;

/// <summary>What a row of finnest.schema_history records (stored lower-case in its kind column).</summary>
public enum HistoryKind { Versioned, Undo, Repeatable, Baseline }

/// <summary>One row of finnest.schema_history.</summary>
public sealed record HistoryRow(
    long InstalledRank, long? Version, HistoryKind Kind, string Description, string? Script,
    string Checksum, string AppliedBy, DateTime AppliedAt, int ExecutionMs, bool Success);

/// <summary>What a step writes to the journal when it commits.</summary>
public sealed record HistoryEntry(HistoryKind Kind, long? Version, string Description, string? Script, string Checksum);

/// <summary>
/// The append-only journal of what was applied. Nothing is ever updated: undoing a migration adds
/// an 'undo' row, so the table tells the whole story of the database.
/// </summary>
public sealed class HistoryStore(NpgsqlConnection connection)
{
    public const string CreateSql = """
        create schema if not exists finnest;
        create table if not exists finnest.schema_history (
            installed_rank bigint generated always as identity primary key,
            version bigint,
            kind text not null check (kind in ('versioned', 'undo', 'repeatable', 'baseline')),
            description text not null,
            script text,
            checksum text not null,
            applied_by text not null default session_user,
            applied_at timestamptz not null default now(),
            execution_ms integer not null,
            success boolean not null,
            check ((kind = 'repeatable') = (version is null))
        );
        comment on table finnest.schema_history is 'Append-only journal of migrations applied, undone, baselined, and repeatable scripts applied. Written only by the migration runner.';
        create function finnest.refuse_history_rewrite() returns trigger
        language plpgsql set search_path = ''
        as $$
        begin
            raise exception 'finnest.schema_history is append-only: % is not allowed', tg_op
                using hint = 'Undoing a migration adds an undo row; a DBA who must repair history disables this trigger explicitly.';
        end
        $$;
        create trigger append_only before update or delete on finnest.schema_history
            for each row execute function finnest.refuse_history_rewrite();
        create trigger append_only_truncate before truncate on finnest.schema_history
            for each statement execute function finnest.refuse_history_rewrite();
        """;

    public async Task EnsureCreatedAsync()
    {
        var exists = await connection.ExecuteScalarAsync<bool>("select to_regclass('finnest.schema_history') is not null");
        if (!exists) await connection.ExecuteAsync(CreateSql);
        await HandToOwnerRoleAsync();
    }

    /// <summary>
    /// Gives the runner's own objects in schema finnest (this table, its guard function, any other
    /// engine table) to finnest_owner, so that every member of finnest_migrator can use them whoever
    /// created them. Does nothing before the first migration has created the role and handed it the
    /// schema, and leaves alone what the current user may not give away (the first run's migration
    /// hands those over).
    /// </summary>
    public Task HandToOwnerRoleAsync() => connection.ExecuteAsync(
        """
        do $$
        declare statement text;
        begin
            -- Until the first migration has created the role and given it schema finnest, the role
            -- may not own objects there: that migration's run hands them over instead.
            if to_regrole('finnest_owner') is null or not pg_has_role('finnest_owner', 'MEMBER')
               or (select nspowner from pg_namespace where nspname = 'finnest') <> to_regrole('finnest_owner') then
                return;
            end if;
            for statement in
                select format('alter table finnest.%I owner to finnest_owner', c.relname)
                from pg_class c
                where c.relnamespace = 'finnest'::regnamespace and c.relkind in ('r', 'p')
                  and c.relowner <> to_regrole('finnest_owner') and pg_has_role(c.relowner, 'USAGE')
                union all
                select format('alter function %s owner to finnest_owner', p.oid::regprocedure)
                from pg_proc p
                where p.pronamespace = 'finnest'::regnamespace
                  and p.proowner <> to_regrole('finnest_owner') and pg_has_role(p.proowner, 'USAGE')
            loop
                execute statement;
            end loop;
        end
        $$;
        """);

    public async Task<bool> ExistsAsync() =>
        await connection.ExecuteScalarAsync<bool>("select to_regclass('finnest.schema_history') is not null");

    public async Task<IReadOnlyList<HistoryRow>> ReadAsync()
    {
        if (!await ExistsAsync()) return [];
        var rows = await connection.QueryAsync<HistoryRow>(
            """
            select installed_rank as InstalledRank, version as Version, kind as Kind, description as Description,
                   script as Script, checksum as Checksum, applied_by as AppliedBy, applied_at as AppliedAt,
                   execution_ms as ExecutionMs, success as Success
            from finnest.schema_history order by installed_rank
            """);
        return rows.ToList();
    }

    /// <summary>The INSERT of one journal row as literal SQL: the runner executes it and migrate script prints it.</summary>
    public static string InsertSql(HistoryEntry entry, long executionMs, bool success) =>
        "insert into finnest.schema_history (version, kind, description, script, checksum, execution_ms, success) values (" +
        $"{(entry.Version?.ToString() ?? "null")}, {Literal(entry.Kind.ToString().ToLowerInvariant())}, {Literal(entry.Description)}, " +
        $"{(entry.Script is null ? "null" : Literal(entry.Script))}, {Literal(entry.Checksum)}, {executionMs}, {(success ? "true" : "false")});";

    public static string Literal(string value) => "'" + value.Replace("'", "''") + "'";

    /// <summary>
    /// Versions currently applied, with the row that applied them: the last successful
    /// versioned/baseline/undo row per version decides.
    /// </summary>
    public static IReadOnlyDictionary<long, HistoryRow> Applied(IEnumerable<HistoryRow> history) =>
        history.Where(r => r.Success && r.Version is not null && r.Kind is HistoryKind.Versioned or HistoryKind.Baseline or HistoryKind.Undo)
            .GroupBy(r => r.Version!.Value)
            .Select(g => g.MaxBy(r => r.InstalledRank)!)
            .Where(r => r.Kind != HistoryKind.Undo)
            .ToDictionary(r => r.Version!.Value);

    /// <summary>The last successful application of each repeatable script.</summary>
    public static IReadOnlyDictionary<string, HistoryRow> LastScriptRuns(IEnumerable<HistoryRow> history) =>
        history.Where(r => r.Success && r.Kind == HistoryKind.Repeatable && r.Script is not null)
            .GroupBy(r => r.Script!)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.InstalledRank)!);

    /// <summary>
    /// The rank of the newest row that may have dropped what the repeatable scripts define: a
    /// versioned migration applied or a baseline adopted. Every script whose last run is older is
    /// owed. The debt is derived from the journal alone, whose rows commit with the work they
    /// record, so no crash between commits can lose it.
    /// </summary>
    public static long LastSchemaChange(IEnumerable<HistoryRow> history) =>
        history.Where(r => r.Success && r.Kind is HistoryKind.Versioned or HistoryKind.Baseline)
            .Select(r => r.InstalledRank).DefaultIfEmpty(0).Max();
}
