using Npgsql;

namespace Finnest.Database.Seeds.Writing;

/// <summary>
/// The one savepoint a seed keeps open: set before a COPY that PostgreSQL may refuse (a CHECK the generator could not
/// judge), or before every COPY when <paramref name="everyBatch"/> (the seed names every failing table), so that batch
/// or table is undone alone while the seed goes on. It is released lazily, in the same round trip as the next
/// savepoint, and COMMIT releases the last one. A batch whose rows passed every CHECK in memory goes without one: a round
/// trip saved per table.
/// </summary>
public sealed class BatchSavepoint(NpgsqlConnection connection, bool everyBatch)
{
    private const string Name = "seed_batch";
    private bool _open;

    private bool _guarding;

    /// <summary>Savepoints set so far (for the profile).</summary>
    public int Set { get; private set; }

    /// <summary>True when the current batch can be undone alone: it has its savepoint (and setting it did not fail).</summary>
    public bool CanRollBack => _open && _guarding;

    /// <summary>
    /// Creates the monthly partitions this batch needs (none: null) and, when the batch is to be guarded, releases the
    /// previous savepoint and sets a new one, in one round trip (none when there is nothing to do). Partitions come before
    /// the savepoint: a batch rolled back keeps them.
    /// </summary>
    public async Task BeginAsync(string? partitionedTable, DateOnly[]? months, bool mayBeRefused, CancellationToken ct)
    {
        _guarding = everyBatch || mayBeRefused;
        var statements = new List<string>();
        if (_open && _guarding) statements.Add($"release savepoint {Name}");
        if (months is { Length: > 0 }) statements.Add(Partitions.CreateSql);
        if (_guarding) statements.Add($"savepoint {Name}");
        if (statements.Count == 0) return;
        await using var command = new NpgsqlCommand(string.Join("; ", statements), connection);
        if (months is { Length: > 0 })
        {
            command.Parameters.AddWithValue("table", partitionedTable!);
            command.Parameters.AddWithValue("months", months);
        }
        if (!_guarding)
        {
            await command.ExecuteNonQueryAsync(ct);
            return;
        }
        _open = false;
        await command.ExecuteNonQueryAsync(ct);
        _open = true;
        Set++;
    }

    /// <summary>Undoes everything since the savepoint; the savepoint stays, empty, for the retry or the next batch.</summary>
    public async Task RollbackAsync(CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"rollback to savepoint {Name}", connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
