using Npgsql;

namespace Finnest.Database.Seeds.Safety;

/// <summary>Why a seed was refused: the CLI turns it into one `error:` line and exit code 2.</summary>
public sealed class SeedRefusedException(string message) : Exception(message);

/// <summary>Why a seed failed part-way: nothing was committed.</summary>
public sealed class SeedFailedException(string message) : Exception(message);

/// <summary>
/// Seeding is for development databases only. It refuses a server that is not on this machine, a database whose
/// name or comment says production/staging/live, a database that is not migrated, and one that already has tenant
/// data (unless told otherwise), before writing anything.
/// </summary>
public static class SeedGuard
{
    private static readonly string[] ProductionWords = ["prod", "production", "staging", "stage", "live", "uat"];

    /// <summary>Refuses a server that is not on this machine, before connecting to it.</summary>
    public static void CheckHost(NpgsqlConnectionStringBuilder settings, SeedOptions options)
    {
        if (options.AllowNonDevelopment) return;
        var host = settings.Host ?? "";
        var local = host.Split(',').All(h => h is "localhost" or "127.0.0.1" or "::1" or "" || h.StartsWith('/'));
        if (!local)
            throw new SeedRefusedException($"host {host} is not this machine: seed only local development databases (or pass --allow-non-development)");
    }

    public static async Task CheckAsync(NpgsqlConnection connection, SeedOptions options, CancellationToken ct)
    {
        CheckHost(new NpgsqlConnectionStringBuilder(connection.ConnectionString), options);
        await using (var migrated = new NpgsqlCommand("select to_regclass('public.organisations') is not null and to_regclass('people.employees') is not null", connection))
            if (await migrated.ExecuteScalarAsync(ct) is not true)
                throw new SeedRefusedException("the database is not migrated: run migrate up first");

        if (!options.AllowNonDevelopment)
        {
            await using var marker = new NpgsqlCommand("select current_database() || ' ' || coalesce(shobj_description(oid, 'pg_database'), '') from pg_database where datname = current_database()", connection);
            var text = ((string?)await marker.ExecuteScalarAsync(ct) ?? "").ToLowerInvariant();
            var word = ProductionWords.FirstOrDefault(w => System.Text.RegularExpressions.Regex.IsMatch(text, $@"(^|[^a-z]){w}([^a-z]|$)"));
            if (word is not null)
                throw new SeedRefusedException($"the database name or comment says '{word}': seed only development databases (or pass --allow-non-development)");
        }

        await using var count = new NpgsqlCommand("select count(*) from public.organisations", connection);
        var organisations = (long)(await count.ExecuteScalarAsync(ct))!;
        if (organisations > 0 && !options.Force)
            throw new SeedRefusedException($"the database already holds tenant data ({organisations} organisations): seed only empty databases, or pass --force to add {options.Scale.Organisations} more organisations next to them");
    }
}
