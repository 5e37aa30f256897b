using Npgsql;

namespace Finnest.Database.Seeds.Writing;

/// <summary>
/// The one savepoint a seed keeps open: set before each COPY, so a batch a CHECK refuses, or a table that fails, is
/// undone alone while the seed goes on (and names every failing table before it rolls everything back). It is released
/// lazily, in the same round trip as the next batch's partitions and savepoint, and COMMIT releases the last one: one
/// round trip per batch besides the COPY itself, where a savepoint per table and per batch took four.
/// </summary>
public sealed class BatchSavepoint(NpgsqlConnection connection)
{
    private const string Name = "seed_batch";
    private bool _open;

    /// <summary>True when the current batch can be undone alone; false after a failure while setting the savepoint.</summary>
    public bool CanRollBack => _open;

    /// <summary>
    /// Releases the previous batch's savepoint, creates the monthly partitions this batch needs (none: null), and sets
    /// a new savepoint, in one round trip. Partitions come before the savepoint: a batch rolled back keeps them.
    /// </summary>
    public async Task BeginAsync(string? partitionedTable, DateOnly[]? months, CancellationToken ct)
    {
        var statements = new List<string>();
        if (_open) statements.Add($"release savepoint {Name}");
        if (months is { Length: > 0 }) statements.Add(Partitions.CreateSql);
        statements.Add($"savepoint {Name}");
        await using var command = new NpgsqlCommand(string.Join("; ", statements), connection);
        if (months is { Length: > 0 })
        {
            command.Parameters.AddWithValue("table", partitionedTable!);
            command.Parameters.AddWithValue("months", months);
        }
        _open = false;
        await command.ExecuteNonQueryAsync(ct);
        _open = true;
    }

    /// <summary>Undoes everything since the savepoint; the savepoint stays, empty, for the retry or the next batch.</summary>
    public async Task RollbackAsync(CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"rollback to savepoint {Name}", connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
