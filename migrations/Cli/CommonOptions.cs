using System.CommandLine;
using Finnest.Database.Engine;

namespace Finnest.Database.Cli;

/// <summary>Options every verb that talks to a database shares.</summary>
public static class CommonOptions
{
    public static readonly Option<string?> Connection = new("--connection", "-c")
    {
        Description = "postgres:// URL or Npgsql keyword string. Default: $FINNEST_DATABASE_URL, else the local cluster under .finnest/",
        Recursive = true,
    };

    public static readonly Option<int> LockWait = new("--lock-wait")
    {
        Description = "Seconds to wait for another runner's migration lock before giving up",
        DefaultValueFactory = _ => 60,
        Recursive = true,
    };

    public static readonly Option<int> LockTimeout = new("--lock-timeout")
    {
        Description = "Seconds a migration statement may wait for a table lock (SET lock_timeout) before retrying",
        DefaultValueFactory = _ => 5,
        Recursive = true,
    };

    public static readonly Option<int> StatementTimeout = new("--statement-timeout")
    {
        Description = "Seconds a migration statement may run (SET statement_timeout)",
        DefaultValueFactory = _ => 600,
        Recursive = true,
    };

    public static readonly Option<int> LockRetries = new("--lock-retries")
    {
        Description = "Retries of a migration that hit lock_timeout, with exponential backoff",
        DefaultValueFactory = _ => 3,
        Recursive = true,
    };

    /// <summary>An option holding a migration version (yyyyMMddHHmm), with a plain message for a malformed one.</summary>
    public static Option<long?> VersionOption(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (long.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version))
                return version;
            result.AddError($"{name}: '{token}' is not a migration version (a number such as 202601010000, or 0)");
            return null;
        },
    };

    public static RunnerOptions RunnerOptions(ParseResult parse, bool allowDrift = false)
    {
        int NotNegative(Option<int> option)
        {
            var value = parse.GetValue(option);
            return value >= 0 ? value : throw new CliException(ExitCode.BadInput, $"{option.Name} must not be negative");
        }
        return new RunnerOptions
        {
            LockWait = TimeSpan.FromSeconds(NotNegative(LockWait)),
            LockTimeout = TimeSpan.FromSeconds(NotNegative(LockTimeout)),
            StatementTimeout = TimeSpan.FromSeconds(NotNegative(StatementTimeout)),
            LockRetries = NotNegative(LockRetries),
            AllowDrift = allowDrift,
        };
    }
}
