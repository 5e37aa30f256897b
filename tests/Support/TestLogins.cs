using Npgsql;

namespace Finnest.Database.Tests.Support;

/// <summary>A login of a test: its name, password and connection settings over TCP (password-checked).</summary>
public sealed record TestLogin(string Name, string Password, NpgsqlConnectionStringBuilder Settings)
{
    /// <summary>postgres://name:password@host:port/db, as a DBA would hand it to the CLI.</summary>
    public string Url => $"postgres://{Name}:{Password}@{Settings.Host}:{Settings.Port}/{Settings.Database}";
}

/// <summary>
/// Logins as the README tells a DBA to create them: LOGIN, a password, member of exactly one
/// finnest_* group and nothing else. Names carry the run id, so parallel runs never share one,
/// and the fixture drops them when the run ends.
/// </summary>
public static class TestLogins
{
    private static int _counter;

    /// <summary>Creates a login that is a member of <paramref name="group"/> only, on the server of <paramref name="superuser"/>.</summary>
    public static async Task<TestLogin> CreateAsync(NpgsqlConnectionStringBuilder superuser, string group)
    {
        var name = $"login_{TestCluster.RunId}_{group.Replace("finnest_", "")}_{Interlocked.Increment(ref _counter)}";
        var password = "pw-" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(superuser.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"create role {name} login password '{password}' in role {group}", connection);
            await create.ExecuteNonQueryAsync();
        }
        var settings = new NpgsqlConnectionStringBuilder(superuser.ConnectionString)
        {
            Username = name,
            Password = password,
            Pooling = false,
            ApplicationName = "finnest-tests-" + group,
        };
        return new TestLogin(name, password, settings);
    }

    /// <summary>An open connection as <paramref name="login"/> over TCP.</summary>
    public static async Task<NpgsqlConnection> OpenAsync(TestLogin login)
    {
        var connection = new NpgsqlConnection(login.Settings.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
