namespace Finnest.Database.Engine.Plan;

/// <summary>
/// One unit of work the runner applies and <c>migrate script</c> prints: its SQL, how it is wrapped
/// (transaction, role) and what it writes to the journal. Built by <see cref="Planner"/>; applied by
/// <see cref="StepExecutor"/>; rendered by <see cref="ScriptWriter"/>, the same wrapping in both.
/// </summary>
public sealed record Step(
    string Name,
    string Label,
    IReadOnlyList<string> Statements,
    bool InTransaction,
    bool AsOwner,
    HistoryEntry? History,
    string Action)
{
    /// <summary>The version of a versioned migration (applied or undone), else null.</summary>
    public long? Version => History?.Version;
}
