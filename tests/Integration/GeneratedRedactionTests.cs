using Dapper;
using Finnest.Database.Tests.Support;
using Npgsql;

namespace Finnest.Database.Tests.Integration;

/// <summary>
/// Every column marked sensitive (the builder passes them to the audit trigger) is kept out of
/// public.audit_log in clear, on insert and on update, checked on the seeded values themselves.
/// What is checked is the meaning, not the mechanism: the log has the change, and nowhere in it is
/// the clear value. A sensitive column no seeded row fills fails by name: it is not covered yet.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class GeneratedRedactionTests(DatabaseFixture database)
{
    /// <summary>Each table's audit trigger arguments: the columns it was told to redact (the same on its insert, update and delete triggers).</summary>
    private const string SensitiveColumnsSql = """
        select distinct format('%I.%I', c.relnamespace::regnamespace, c.relname) as TableName, t.tgargs as Arguments
        from pg_trigger t join pg_class c on c.oid = t.tgrelid
        where t.tgfoid in ('finnest.audit_statement'::regproc, 'finnest.audit_row'::regproc) and t.tgnargs > 0 and not c.relispartition
        order by 1
        """;

    [Fact]
    public async Task no_sensitive_column_reaches_the_audit_log_in_clear_on_insert_or_update()
    {
        var seeded = await TwoTenants.SeededAsync(database);
        await using var sql = await SqlSession.BeginAsync(seeded.Settings);
        var columns = (await sql.QueryAsync<(string Table, byte[] Arguments)>(SensitiveColumnsSql))
            .SelectMany(t => System.Text.Encoding.UTF8.GetString(t.Arguments).Split('\0', StringSplitOptions.RemoveEmptyEntries).Select(c => (t.Table, Column: c)))
            .ToList();
        Assert.True(columns.Count >= 10, $"only {columns.Count} sensitive columns found: does the builder still pass them to the audit trigger?");

        var problems = new List<string>();
        foreach (var (table, column) in columns)
        {
            await sql.ExecuteAsync("savepoint column_check");
            try
            {
                problems.AddRange(await CheckColumnAsync(sql, table, column));
            }
            catch (PostgresException e)
            {
                problems.Add($"{table}.{column}: could not exercise it: {e.SqlState} {e.MessageText}");
            }
            await sql.ExecuteAsync("rollback to savepoint column_check");
        }
        Assert.True(problems.Count == 0, $"{problems.Count} of {columns.Count} sensitive columns:\n" + string.Join("\n", problems));
    }

    private static async Task<IEnumerable<string>> CheckColumnAsync(SqlSession sql, string table, string column)
    {
        var col = Quote(column);
        // Two seeded rows with different values (or one, when every row holds the same value).
        var rows = (await sql.QueryAsync<(Guid Id, string Clear)>(
            $"select distinct on ({col}) id, to_jsonb({col}) #>> '{{}}' from {table} where {col} is not null order by {col}, id limit 2")).ToList();
        if (rows.Count == 0) return [$"{table}.{column}: not covered, no seeded row has a value"];

        var problems = new List<string>();
        // Insert: a copy of a seeded row under a new id (soft-deleted, so it takes no active unique key).
        var insertable = await sql.ScalarAsync<string>(
            """
            select string_agg(quote_ident(a.attname), ', ' order by a.attnum) from pg_attribute a
            where a.attrelid = @table::regclass and a.attnum > 0 and not a.attisdropped and a.attgenerated = '' and a.attidentity <> 'a'
            """, new { table });
        var copy = string.Join(", ", insertable!.Split(", ").Select(c => c switch
        {
            "id" => "gen_random_uuid()",
            "deleted_at" => "now()",
            _ => c,
        }));
        var copied = await sql.ScalarAsync<Guid>($"insert into {table} ({insertable}) select {copy} from {table} where id = @id returning id", new { id = rows[0].Id });
        problems.AddRange(await LeaksAsync(sql, table, column, copied, "insert", rows[0].Clear));

        // Update: the seeded row takes the other seeded value, or loses its value when there is only one.
        var target = rows[0].Id;
        if (rows.Count == 2)
            await sql.ExecuteAsync($"update {table} set {col} = (select {col} from {table} where id = @other) where id = @target", new { other = rows[1].Id, target });
        else
            await sql.ExecuteAsync($"update {table} set {col} = null where id = @target", new { target });
        problems.AddRange(await LeaksAsync(sql, table, column, target, "update", rows.Select(r => r.Clear).ToArray()));
        return problems;
    }

    /// <summary>The audit log must hold the change, and none of the clear values anywhere in it.</summary>
    private static async Task<IEnumerable<string>> LeaksAsync(SqlSession sql, string table, string column, Guid rowId, string operation, params string[] clearValues)
    {
        var logged = await sql.ScalarAsync<long>(
            "select count(*) from public.audit_log where table_name = @table and row_id = @rowId and operation = @operation", new { table, rowId, operation });
        if (logged == 0) return [$"{table}.{column}: the {operation} was not audited, so its redaction cannot be checked"];
        var problems = new List<string>();
        foreach (var clear in clearValues)
        {
            // The column's own logged value, old and new, must not hold the clear value: long values not even inside it,
            // short ones (a flag, a digit) not as the whole value. Other columns may legitimately hold the same text
            // (a drug test's substance panel names what its result names).
            var leaked = await sql.ScalarAsync<bool>(
                """
                select exists (
                    select from public.audit_log l
                    where l.table_name = @table and l.row_id = @rowId and l.operation = @operation
                      and (case when length(@clear) >= 6
                                then strpos(coalesce(l.old_row ->> @column, '') || chr(10) || coalesce(l.new_row ->> @column, ''), @clear) > 0
                                else l.old_row ->> @column = @clear or l.new_row ->> @column = @clear end))
                """, new { table, rowId, operation, clear, column });
            if (leaked) problems.Add($"{table}.{column}: its clear value is in public.audit_log after an {operation}");
        }
        return problems;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
