using Dapper;
using Finnest.Database.Tests.Support;
using Npgsql;

namespace Finnest.Database.Tests.Integration;

/// <summary>
/// Row-level security on every tenant table the catalog has, not a sample: with two tenants'
/// seeded data, an application login of tenant A sees, updates and soft-deletes none of B's rows
/// and cannot insert a row for B. A table nobody seeded fails by name: it is not covered yet.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class GeneratedTenantIsolationTests(DatabaseFixture database)
{
    /// <summary>Every table under the tenant policy, with the column that names its tenant and what the app may do to it.</summary>
    private const string TenantTablesSql = """
        select format('%I.%I', c.relnamespace::regnamespace, c.relname) as Name, c.relname as RelName,
               case when exists (select from pg_attribute a where a.attrelid = c.oid and a.attname = 'org_id' and not a.attisdropped)
                    then 'org_id' else 'id' end as TenantColumn,
               exists (select from pg_attribute a where a.attrelid = c.oid and a.attname = 'deleted_at' and not a.attisdropped) as SoftDeletes,
               has_table_privilege('finnest_app', c.oid, 'INSERT') as AppInserts,
               has_table_privilege('finnest_app', c.oid, 'UPDATE') as AppUpdates,
               (select string_agg(quote_ident(a.attname), ', ' order by a.attnum) from pg_attribute a
                where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = '' and a.attidentity <> 'a') as InsertableColumns
        from pg_class c join pg_policy p on p.polrelid = c.oid and p.polname = 'tenant_isolation'
        where c.relkind in ('r', 'p') and not c.relispartition
        order by 1
        """;

    private sealed record TenantTable(string Name, string RelName, string TenantColumn, bool SoftDeletes, bool AppInserts, bool AppUpdates, string InsertableColumns);

    [Fact]
    public async Task on_every_tenant_table_tenant_a_sees_updates_soft_deletes_and_inserts_nothing_of_tenant_b()
    {
        var seeded = await TwoTenants.SeededAsync(database);
        await using var owner = new NpgsqlConnection(seeded.Settings.ConnectionString);
        await owner.OpenAsync();
        var tables = (await owner.QueryAsync<TenantTable>(TenantTablesSql)).ToList();
        Assert.True(tables.Count > 100, $"only {tables.Count} tenant tables found: is the policy still named tenant_isolation?");

        var app = await TestLogins.CreateAsync(seeded.Settings, "finnest_app");
        await using var sql = await SqlSession.BeginAsync(app.Settings);
        await sql.ExecuteAsync("select set_config('app.org_id', @a, true)", new { a = seeded.A.ToString() });

        var problems = new List<string>();
        foreach (var t in tables)
        {
            var (rowsOfA, rowsOfB) = await owner.QuerySingleAsync<(long, long)>(
                $"select count(*) filter (where {t.TenantColumn} = @a), count(*) filter (where {t.TenantColumn} = @b) from {t.Name}", new { a = seeded.A, b = seeded.B });
            if (rowsOfA == 0 || rowsOfB == 0)
            {
                problems.Add($"{t.Name}: not covered, the seed gave tenant A {rowsOfA} and tenant B {rowsOfB} rows");
                continue;
            }
            var args = new { b = seeded.B };
            var seen = await sql.ScalarAsync<long>($"select count(*) from {t.Name}");
            if (seen != rowsOfA) problems.Add($"{t.Name}: tenant A sees {seen} rows, it has {rowsOfA}");
            if (await sql.ScalarAsync<long>($"select count(*) from {t.Name} where {t.TenantColumn} = @b", args) != 0)
                problems.Add($"{t.Name}: tenant A sees tenant B's rows");
            if (t.AppUpdates && await sql.ExecuteAsync($"update {t.Name} set {t.TenantColumn} = {t.TenantColumn} where {t.TenantColumn} = @b", args) != 0)
                problems.Add($"{t.Name}: tenant A updated tenant B's rows");
            if (t.AppUpdates && t.SoftDeletes && await sql.ExecuteAsync($"update {t.Name} set deleted_at = now() where {t.TenantColumn} = @b", args) != 0)
                problems.Add($"{t.Name}: tenant A soft-deleted tenant B's rows");
            problems.AddRange(await InsertForBProblemsAsync(sql, t, seeded.B));
        }
        Assert.True(problems.Count == 0, $"{problems.Count} of {tables.Count} tenant tables:\n" + string.Join("\n", problems));
    }

    /// <summary>
    /// Tables whose own BEFORE INSERT trigger refuses a row for another tenant before the policy's WITH CHECK
    /// runs (PostgreSQL fires BEFORE row triggers first). Each such trigger runs as the caller, so under
    /// row-level security it sees none of B's rows and its refusal tells A nothing about B; the message pins it.
    /// </summary>
    private static readonly Dictionary<string, string> RefusedFirstByInvokerTrigger = new()
    {
        ["learn.learning_paths"] = "lists a course that is not a live course of its organisation",
    };

    /// <summary>A copy of one of A's rows with B as its tenant must be refused by the policy (its WITH CHECK runs before any constraint).</summary>
    private static async Task<IEnumerable<string>> InsertForBProblemsAsync(SqlSession sql, TenantTable t, Guid b)
    {
        var select = string.Join(", ", t.InsertableColumns.Split(", ").Select(c => c == t.TenantColumn ? "@b::uuid" : c));
        var insert = $"insert into {t.Name} ({t.InsertableColumns}) select {select} from {t.Name} limit 1";
        var expected = !t.AppInserts ? $"permission denied for table {t.RelName}"
            : RefusedFirstByInvokerTrigger.TryGetValue(t.Name, out var message) ? message
            : $"new row violates row-level security policy for table \"{t.RelName}\"";
        try
        {
            var error = await sql.RejectsAsync(insert, new { b });
            return error.MessageText.Contains(expected, StringComparison.Ordinal)
                ? []
                : [$"{t.Name}: inserting for tenant B was refused for another reason: {error.SqlState} {error.MessageText}"];
        }
        catch (Xunit.Sdk.XunitException)
        {
            return [$"{t.Name}: tenant A inserted a row for tenant B"];
        }
    }
}
