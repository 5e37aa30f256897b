using Finnest.Database.Engine;
using Npgsql;

namespace Finnest.Database.V2;

/// <summary>Preconditions every v2 verb checks before it writes anything.</summary>
public static class Guard
{
    public static async Task RequireMigratedAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var check = new NpgsqlCommand("select to_regclass('v2.loads') is not null and to_regclass('public.id_mappings') is not null", connection);
        if (await check.ExecuteScalarAsync(ct) is not true)
            throw new EngineException(Failure.ValidationFailed, "the database has no v2 staging schema: run migrate up first");
    }

    public static async Task RequireStagedAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await RequireMigratedAsync(connection, ct);
        await using var check = new NpgsqlCommand("select count(*) from v2.loads where replaced_at is null", connection);
        if ((long)(await check.ExecuteScalarAsync(ct))! == 0)
            throw new EngineException(Failure.BadInput, "nothing is staged: run v2 stage --source DIR first");
    }
}
