using Finnest.Database.Engine;

namespace Finnest.Database.Cli;

/// <summary>The CLI's documented exit codes (README "Exit codes").</summary>
public enum ExitCode
{
    Ok = 0,
    /// <summary>An unexpected fault: a bug or an environment we did not foresee.</summary>
    Unexpected = 1,
    /// <summary>Bad input: unknown option or verb, malformed connection string, unknown version, down past zero, an unwritable output path.</summary>
    BadInput = 2,
    /// <summary>The database could not be reached, refused the login, lacks a privilege the verb needs, or the connection was lost mid-run.</summary>
    ConnectionFailed = 3,
    /// <summary>Validation failed: checksum drift, applied migration missing from code, duplicate or out-of-order version, scripts owed, catalog drift.</summary>
    ValidationFailed = 4,
    /// <summary>Another runner held the migration lock for longer than --lock-wait.</summary>
    LockNotAcquired = 5,
    /// <summary>A migration or script failed and was rolled back.</summary>
    MigrationFailed = 6,
    /// <summary>The local PostgreSQL cluster could not be found, initialised or started.</summary>
    LocalClusterFailed = 7,
}

/// <summary>An error the user can act on, raised by the CLI itself: one line of text and an exit code, never a stack trace.</summary>
public sealed class CliException(ExitCode code, string message, Exception? inner = null) : Exception(message, inner)
{
    public ExitCode Code { get; } = code;
}

public static class ExitCodes
{
    /// <summary>The one place an engine failure becomes a process exit code.</summary>
    public static ExitCode Of(Failure failure) => failure switch
    {
        Failure.BadInput => ExitCode.BadInput,
        Failure.ConnectionFailed or Failure.ConnectionLost or Failure.NotPermitted => ExitCode.ConnectionFailed,
        Failure.ValidationFailed => ExitCode.ValidationFailed,
        Failure.LockNotAcquired => ExitCode.LockNotAcquired,
        Failure.StepFailed => ExitCode.MigrationFailed,
        _ => ExitCode.Unexpected,
    };
}
