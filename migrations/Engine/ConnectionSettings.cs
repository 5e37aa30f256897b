using Npgsql;

namespace Finnest.Database.Engine;

/// <summary>Turns a postgres URL or an Npgsql keyword string into connection settings, and describes them without the password.</summary>
public static class ConnectionSettings
{
    public const string ApplicationName = "finnest-migrator";

    /// <summary>Parses <c>postgres://user:pass@host:port/db?sslmode=require</c> or <c>Host=…;Username=…</c>.</summary>
    public static NpgsqlConnectionStringBuilder Parse(string value, string applicationName = ApplicationName)
    {
        var builder = value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
                      value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            ? FromUrl(value)
            : FromKeywords(value);
        if (string.IsNullOrEmpty(builder.Host))
            throw new EngineException(Failure.BadInput, "connection string names no host");
        builder.ApplicationName ??= applicationName;
        return builder;
    }

    private static NpgsqlConnectionStringBuilder FromKeywords(string value)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(value);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            // The message can quote the string, password included: say only what kind of thing is wrong.
            throw new EngineException(Failure.BadInput, "malformed connection string: expected a postgres:// URL or Npgsql keywords such as Host=…;Database=…;Username=…");
        }
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw new EngineException(Failure.BadInput, "malformed connection URL: expected postgres://user:password@host:port/database");
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (!uri.IsDefaultPort && uri.Port > 0) builder.Port = uri.Port;
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) builder.Database = database;
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':');
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0) builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var val = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
            try
            {
                builder[key switch { "sslmode" => "SSL Mode", "application_name" => "Application Name", "connect_timeout" => "Timeout", _ => key }] = val;
            }
            catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
            {
                throw new EngineException(Failure.BadInput, $"malformed connection URL: unknown or invalid parameter '{key}'");
            }
        }
        return builder;
    }

    /// <summary>host:port/database as user — what to show a person; never the password.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder) =>
        $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username} as {builder.Username ?? "(default user)"}";

    /// <summary>
    /// Opens a connection, turning every way of failing into one line: unreachable host,
    /// unknown database, wrong password. The password never appears in the message.
    /// </summary>
    public static async Task<NpgsqlConnection> OpenAsync(NpgsqlConnectionStringBuilder builder, CancellationToken ct = default)
    {
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            return connection;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException or ArgumentException)
        {
            await connection.DisposeAsync();
            throw new EngineException(Failure.ConnectionFailed, $"cannot connect to {Describe(builder)}: {Reason(e)}");
        }
    }

    private static string Reason(Exception e) => e switch
    {
        PostgresException { SqlState: "28P01" } => "password authentication failed",
        PostgresException { SqlState: "28000" } p => p.MessageText,
        PostgresException { SqlState: "3D000" } => "the database does not exist",
        PostgresException p => p.MessageText,
        NpgsqlException { InnerException: System.Net.Sockets.SocketException s } => s.Message,
        NpgsqlException { InnerException: TimeoutException } or TimeoutException => "timed out",
        _ => e.Message.Split('\n')[0],
    };
}
