using System.Diagnostics;

namespace Finnest.Database.Seeds;

/// <summary>
/// Where one run's time goes (setup, partitions and savepoints, waiting for generation, validation, COPY, commit) and which CHECKs
/// generation still breaks; printed to stderr when FINNEST_SEED_PROFILE is set, for whoever makes the seeder faster next.
/// One per run: tests seed several databases at once.
/// </summary>
public sealed class SeedProfile
{
    public Stopwatch Setup { get; } = new();
    public Stopwatch Partitions { get; } = new();
    public Stopwatch Generate { get; } = new();
    public Stopwatch Validate { get; } = new();
    public Stopwatch Copy { get; } = new();
    public Stopwatch Commit { get; } = new();
    public int Checks { get; set; }
    public int JudgedChecks { get; set; }
    public int RepairedInMemory { get; set; }
    public int Savepoints { get; set; }
    public bool SeededAgainToNameFailures { get; set; }
    public int Repaired { get; set; }
    public int GeneratedEarly { get; set; }
    public List<string> ValidatedTables { get; } = [];

    public override string ToString() =>
        $"profile: setup {Setup.Elapsed.TotalSeconds:0.00}s, partitions and savepoints {Partitions.Elapsed.TotalSeconds:0.00}s ({Savepoints} savepoints{(SeededAgainToNameFailures ? ", seeded again to name the failing tables" : "")}), generate (waited for) {Generate.Elapsed.TotalSeconds:0.00}s ({GeneratedEarly} tables generated while the one before was written), "
        + $"validate {Validate.Elapsed.TotalSeconds:0.00}s, copy {Copy.Elapsed.TotalSeconds:0.00}s, commit {Commit.Elapsed.TotalSeconds:0.00}s; "
        + $"{JudgedChecks} of {Checks} checks judged in memory, {RepairedInMemory} rows repaired there; "
        + $"{ValidatedTables.Count} table(s) needed PostgreSQL's verdict ({Repaired} rows repaired or left out); "
        + $"the whole process (other seeds in it too): {GC.GetTotalAllocatedBytes() / 1048576} MiB allocated, GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen 0/1/2) pausing {GC.GetTotalPauseDuration().TotalSeconds:0.00}s, "
        + $"JIT {System.Runtime.JitInfo.GetCompiledMethodCount()} methods in {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:0.00}s"
        + $"{(ValidatedTables.Count > 0 ? ":\n  " + string.Join("\n  ", ValidatedTables) : "")}";
}
