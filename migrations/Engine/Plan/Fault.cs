namespace Finnest.Database.Engine.Plan;

/// <summary>
/// Test-only fault injection: FINNEST_FAULT=&lt;point&gt;:&lt;name&gt; kills this process (SIGKILL, no cleanup,
/// as <c>kill -9</c> would) at a named point of a run, so crash recovery is tested at exact places
/// rather than at random moments. Points: <c>after-migration:VERSION</c> (its transaction committed),
/// <c>before-script:FILE</c> and <c>inside-script:FILE</c> (its SQL ran, before COMMIT). Unset: no effect.
/// </summary>
public static class Fault
{
    public const string Variable = "FINNEST_FAULT";

    public static void At(string point, string name)
    {
        var fault = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(fault) || !fault.StartsWith(point + ":", StringComparison.Ordinal)) return;
        var target = fault[(point.Length + 1)..];
        if (target != name && !name.EndsWith("/" + target, StringComparison.Ordinal)) return;
        Console.Error.WriteLine($"{Variable}: killing the process at {point}:{name}");
        System.Diagnostics.Process.GetCurrentProcess().Kill();
        Thread.Sleep(Timeout.Infinite);
    }
}
