namespace Finnest.Database.Engine.Plan;

/// <summary>
/// Test-only fault injection, the one switch for every named point: FINNEST_FAULT=&lt;point&gt;:&lt;name&gt;. Unset: no effect.
/// <see cref="At"/> kills this process (SIGKILL, no cleanup, as <c>kill -9</c> would) at a point of a migration run, so
/// crash recovery is tested at exact places rather than at random moments: <c>after-migration:VERSION</c> (its
/// transaction committed), <c>before-script:FILE</c> and <c>inside-script:FILE</c> (its SQL ran, before COMMIT).
/// <see cref="Names"/> lets other code fail in its own way at its points: <c>seed-table:SCHEMA.TABLE</c> (the seeder
/// raises an error once that table is written) and <c>v2-batch:PHASE:N</c> (batch N of a v2 import phase fails before commit).
/// </summary>
public static class Fault
{
    public const string Variable = "FINNEST_FAULT";

    /// <summary>Whether the switch names this point (exactly, or a file by the end of its path).</summary>
    public static bool Names(string point, string name)
    {
        var fault = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(fault) || !fault.StartsWith(point + ":", StringComparison.Ordinal)) return false;
        var target = fault[(point.Length + 1)..];
        return target == name || name.EndsWith("/" + target, StringComparison.Ordinal);
    }

    public static void At(string point, string name)
    {
        if (!Names(point, name)) return;
        Console.Error.WriteLine($"{Variable}: killing the process at {point}:{name}");
        System.Diagnostics.Process.GetCurrentProcess().Kill();
        Thread.Sleep(Timeout.Infinite);
    }
}
