namespace Finnest.Database.Engine;

/// <summary>What kind of thing went wrong; the CLI turns each into its documented exit code.</summary>
public enum Failure
{
    /// <summary>The caller asked for something impossible: unknown version, down past zero, a forward-only migration down.</summary>
    BadInput,
    /// <summary>The database could not be reached or refused the login.</summary>
    ConnectionFailed,
    /// <summary>The login connected but lacks a privilege the operation needs.</summary>
    NotPermitted,
    /// <summary>The connection broke or the server shut down mid-run; the server rolled back the open transaction.</summary>
    ConnectionLost,
    /// <summary>The database and the code disagree: checksums, missing or out-of-order versions, scripts owed, catalog drift.</summary>
    ValidationFailed,
    /// <summary>Another runner held the migration lock for longer than the wait allowed.</summary>
    LockNotAcquired,
    /// <summary>A migration or repeatable script failed and was rolled back.</summary>
    StepFailed,
}

/// <summary>An error the user can act on: one line of text and its kind, never a stack trace.</summary>
public sealed class EngineException(Failure failure, string message, Exception? inner = null) : Exception(message, inner)
{
    public Failure Failure { get; } = failure;
}
