using Finnest.Database.Engine.Drift;

namespace Finnest.Database.Engine.Plan;

/// <summary>Turns code (the catalog) and the journal (history) into the steps of a run. Touches no database.</summary>
public sealed class Planner(MigrationCatalog catalog)
{
    public static Step Up(MigrationInfo m) => new(m.Name, $"{m.Version} {m.Name}", m.UpStatements,
        m.TransactionBehavior == TransactionBehavior.Default, m.RunsAsOwner,
        new HistoryEntry(HistoryKind.Versioned, m.Version, m.Description, null, m.Checksum), "applied");

    public static Step Down(MigrationInfo m, IReadOnlyList<string> statements) => new(m.Name, $"{m.Version} {m.Name}", statements,
        InTransaction: true, m.RunsAsOwner, new HistoryEntry(HistoryKind.Undo, m.Version, m.Description, null, m.Checksum), "undone");

    public static Step Script(RepeatableScript s) => new(s.Name, $"script {s.Name}", [s.Sql], InTransaction: true, AsOwner: true,
        new HistoryEntry(HistoryKind.Repeatable, null, $"repeatable {s.Name}", s.Name, s.Checksum), "script applied");

    public static Step Fingerprint() => new("catalog fingerprint", "catalog fingerprint", CatalogFingerprint.RecordStatements,
        InTransaction: true, AsOwner: false, History: null, "fingerprint recorded");

    /// <summary>Scripts owed by the journal alone: never applied, changed since, or older than the last migration applied.</summary>
    public IReadOnlyList<RepeatableScript> OwedScripts(IReadOnlyList<HistoryRow> history)
    {
        var last = HistoryStore.LastScriptRuns(history);
        var lastChange = HistoryStore.LastSchemaChange(history);
        return catalog.Repeatables.Where(s =>
            !last.TryGetValue(s.Name, out var run) || run.Checksum != s.Checksum || run.InstalledRank < lastChange).ToList();
    }

    /// <summary>
    /// The steps of <c>migrate up</c>: cluster roles before a pending first migration, the pending
    /// migrations, then every script if a migration is planned (it may drop what scripts define), else
    /// the scripts owed; and a fresh fingerprint whenever anything is planned or the recorded one is stale.
    /// </summary>
    public IReadOnlyList<Step> PlanUp(IReadOnlyList<HistoryRow> history, long? target, bool fingerprintCurrent)
    {
        var applied = HistoryStore.Applied(history);
        var pending = catalog.Migrations.Where(m => !applied.ContainsKey(m.Version) && (target is null || m.Version <= target)).ToList();
        var steps = new List<Step>();
        if (pending.FirstOrDefault() is { RunsAsOwner: false } && applied.Count == 0) steps.Add(ClusterRoles.Step());
        steps.AddRange(pending.Select(Up));
        var scripts = pending.Count > 0 ? catalog.Repeatables : OwedScripts(history);
        steps.AddRange(scripts.Select(Script));
        if (steps.Count > 0 || !fingerprintCurrent) steps.Add(Fingerprint());
        return steps;
    }

    /// <summary>What <c>migrate script</c> prints: migrations in (from, to] as if the database were at <paramref name="from"/>, then every script.</summary>
    public IReadOnlyList<Step> PlanScript(long? from, long? to)
    {
        var migrations = catalog.Migrations.Where(m => m.Version > (from ?? 0) && (to is null || m.Version <= to)).ToList();
        var steps = new List<Step>();
        if (migrations.FirstOrDefault() is { RunsAsOwner: false } && (from ?? 0) == 0) steps.Add(ClusterRoles.Step());
        steps.AddRange(migrations.Select(Up));
        steps.AddRange(catalog.Repeatables.Select(Script));
        steps.Add(Fingerprint());
        return steps;
    }
}
