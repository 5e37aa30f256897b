namespace Finnest.Database.Engine;

/// <summary>The CLI's documented exit codes (README "Exit codes").</summary>
public enum ExitCode
{
    Ok = 0,
    /// <summary>An unexpected fault: a bug or an environment we did not foresee.</summary>
    Unexpected = 1,
    /// <summary>Bad input: unknown option or verb, malformed connection string, unknown version, down past zero.</summary>
    BadInput = 2,
    /// <summary>The database could not be reached or refused the login.</summary>
    ConnectionFailed = 3,
    /// <summary>Validation failed: checksum drift, applied migration missing from code, duplicate or out-of-order version.</summary>
    ValidationFailed = 4,
    /// <summary>Another runner held the migration lock for longer than --lock-wait.</summary>
    LockNotAcquired = 5,
    /// <summary>A migration or script failed and was rolled back.</summary>
    MigrationFailed = 6,
    /// <summary>The local PostgreSQL cluster could not be found, initialised or started.</summary>
    LocalClusterFailed = 7,
}

/// <summary>An error the user can act on: one line of text and an exit code, never a stack trace.</summary>
public sealed class FinnestException(ExitCode code, string message, Exception? inner = null) : Exception(message, inner)
{
    public ExitCode Code { get; } = code;
}
