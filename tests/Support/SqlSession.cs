using Dapper;
using Npgsql;
using Xunit.Sdk;

namespace Finnest.Database.Tests.Support;

/// <summary>
/// One connection and one open transaction, rolled back on dispose, with the few moves tests
/// make: insert a row, switch to the application role as a tenant, expect a statement to fail.
/// Starts as the superuser (bypasses RLS: use it to arrange data).
/// </summary>
public sealed class SqlSession : IAsyncDisposable
{
    private int _savepoints;

    private SqlSession(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        Connection = connection;
        Transaction = transaction;
    }

    public NpgsqlConnection Connection { get; }
    public NpgsqlTransaction Transaction { get; }

    public static async Task<SqlSession> BeginAsync(NpgsqlConnectionStringBuilder settings)
    {
        var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        return new SqlSession(connection, transaction);
    }

    public Task<int> ExecuteAsync(string sql, object? args = null) => Connection.ExecuteAsync(sql, args, Transaction);

    public Task<T?> ScalarAsync<T>(string sql, object? args = null) => Connection.ExecuteScalarAsync<T>(sql, args, Transaction);

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? args = null) =>
        (await Connection.QueryAsync<T>(sql, args, Transaction)).ToList();

    /// <summary>
    /// Inserts one row from an anonymous object (property name = column name) and returns its id.
    /// Each value is cast to its column's type, so strings may be given for jsonb, char(n), dates.
    /// </summary>
    public async Task<Guid> InsertAsync(string table, object row)
    {
        var (schema, name) = (table.Split('.')[0], table.Split('.')[1]);
        var types = (await Connection.QueryAsync<(string Column, string Type)>(
            """
            select a.attname, format_type(a.atttypid, a.atttypmod)
            from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = @schema and c.relname = @name and a.attnum > 0 and not a.attisdropped
            """, new { schema, name }, Transaction)).ToDictionary(t => t.Column, t => t.Type);
        if (types.Count == 0) throw new XunitException($"no table {table}");
        var parameters = new DynamicParameters(row);
        var columns = row.GetType().GetProperties().Select(p => p.Name).ToList();
        foreach (var c in columns.Where(c => !types.ContainsKey(c)))
            throw new XunitException($"{table} has no column {c}");
        var sql = $"insert into {table} ({string.Join(", ", columns)}) values ({string.Join(", ", columns.Select(c => $"@{c}::{types[c]}"))}) returning id";
        return await Connection.ExecuteScalarAsync<Guid>(sql, parameters, Transaction);
    }

    /// <summary>Inserts an organisation (as the superuser) and returns its id.</summary>
    public async Task<Guid> NewOrganisationAsync(string? name = null)
    {
        var slug = $"org-{Guid.NewGuid():N}"[..20];
        return await Connection.ExecuteScalarAsync<Guid>(
            "insert into public.organisations (name, slug) values (@name, @slug) returning id",
            new { name = name ?? slug, slug }, Transaction);
    }

    /// <summary>Inserts an employee of <paramref name="orgId"/> (as the current role) and returns its id: clock events and rosters must name a real one of their tenant.</summary>
    public Task<Guid> NewEmployeeAsync(Guid orgId) =>
        InsertAsync("people.employees", new { org_id = orgId, first_name = "Ada", last_name = "Lovelace", employment_type = "casual" });

    /// <summary>From here on, act as the application role for one tenant (SET LOCAL: ends with the transaction).</summary>
    public async Task AsTenantAsync(Guid orgId, Guid? userId = null)
    {
        await ExecuteAsync("set local role finnest_app");
        await ExecuteAsync("select set_config('app.org_id', @org, true), set_config('app.user_id', @user, true)",
            new { org = orgId.ToString(), user = userId?.ToString() ?? "" });
    }

    /// <summary>Act as the application role with no tenant set.</summary>
    public Task AsAppWithoutTenantAsync() => ExecuteAsync("set local role finnest_app; select set_config('app.org_id', '', true)");

    /// <summary>Back to the superuser that opened the session.</summary>
    public Task AsSuperuserAsync() => ExecuteAsync("reset role");

    /// <summary>
    /// Runs a statement that must fail, inside a savepoint so the transaction stays usable, and
    /// returns the error for the test to check (SqlState, ConstraintName, MessageText).
    /// </summary>
    public async Task<PostgresException> RejectsAsync(string sql, object? args = null)
    {
        var savepoint = $"expect_error_{++_savepoints}";
        await Transaction.SaveAsync(savepoint);
        try
        {
            await Connection.ExecuteAsync(sql, args, Transaction);
        }
        catch (PostgresException e)
        {
            await Transaction.RollbackAsync(savepoint);
            return e;
        }
        await Transaction.RollbackAsync(savepoint);
        throw new XunitException($"expected the database to reject: {sql}");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Transaction.RollbackAsync();
        }
        catch (InvalidOperationException)
        {
            // Already completed or the connection broke; nothing to undo.
        }
        await Connection.DisposeAsync();
    }
}
