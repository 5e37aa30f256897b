namespace Finnest.Database.Engine.Plan;

/// <summary>
/// The wrapping around a step's own statements, written once: the executor sends these lines and
/// <see cref="ScriptWriter"/> prints them, so <c>migrate script</c> is what <c>migrate up</c> runs.
/// </summary>
public static class StepSql
{
    public const string Owner = "finnest_owner";

    /// <summary>Timeouts and role, LOCAL inside a transaction so they end with it.</summary>
    public static IReadOnlyList<string> Prologue(Step step, RunnerOptions options)
    {
        var scope = step.InTransaction ? "local " : "";
        var lines = new List<string>
        {
            $"set {scope}lock_timeout = {(long)options.LockTimeout.TotalMilliseconds};",
            $"set {scope}statement_timeout = {(long)options.StatementTimeout.TotalMilliseconds};",
        };
        if (step.AsOwner) lines.Add($"set {scope}role {Owner};");
        return lines;
    }

    /// <summary>Back to the login's own role and settings, so the journal row is written by the login.</summary>
    public static IReadOnlyList<string> Reset(Step step) =>
        step.InTransaction
            ? step.AsOwner ? ["reset role;"] : []
            : ["reset role;", "reset lock_timeout;", "reset statement_timeout;"];

    /// <summary>Settings of the runner's session: a backend whose client died notices within a second and ends, releasing the lock it holds.</summary>
    public const string SessionSetup = "set client_connection_check_interval = '1s';";

    public static string Terminated(string statement)
    {
        var trimmed = statement.TrimEnd();
        return trimmed.EndsWith(';') ? trimmed : trimmed + ";";
    }
}
