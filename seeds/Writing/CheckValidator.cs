using Finnest.Database.Seeds.Catalog;
using Finnest.Database.Seeds.Generation;
using Npgsql;
using NpgsqlTypes;

namespace Finnest.Database.Seeds.Writing;

/// <summary>
/// Asks PostgreSQL which rows of a batch a CHECK refused, after COPY refused the batch: the rows go as one JSON
/// parameter, become rows of the table's own type (jsonb_populate_recordset), and every check expression is
/// evaluated on them, in one query and without creating anything. The generator re-draws the columns of the failed
/// checks; a row that still fails after a few rounds is left out, counted, and named in the summary (check and row).
/// PostgreSQL is the judge here, so a CHECK the in-memory reader cannot parse is still honoured.
/// </summary>
public sealed class CheckValidator
{
    private const int Rounds = 6;
    private const int Candidates = 10;
    private readonly NpgsqlConnection _connection;
    private readonly TableInfo _table;
    private readonly string _query;

    public CheckValidator(NpgsqlConnection connection, TableInfo table)
    {
        _connection = connection;
        _table = table;
        var checks = string.Join(", ", table.Checks.Select((c, i) => $"({i}, {c.Expression})"));
        _query = $"select (s.ordinality - 1)::int, v.seed_check from jsonb_populate_recordset(null::{BinaryCopy.QuoteTable(table.Name)}, @rows) with ordinality s "
                 + $"cross join lateral (values {checks}) v(seed_check, seed_ok) where v.seed_ok is false order by 1, 2";
    }

    /// <summary>The checks that made rows be left out (for the "no row could be generated" message).</summary>
    public List<string> LastRejections { get; } = [];

    /// <summary>The first row left out, as "id …" (or its first values), for the summary to name.</summary>
    public string? FirstRejectedRow { get; private set; }

    private string Describe(object?[] row)
    {
        var id = _table.Columns.ToList().FindIndex(c => c.Name == "id");
        return id >= 0 ? $"id {row[id]}" : string.Join(", ", row.Take(4));
    }

    /// <summary>How many generated rows broke each CHECK before any repair (for the profile).</summary>
    public Dictionary<string, int> FirstFailures { get; } = [];

    /// <summary>
    /// For each row of the batch, the row (or its repaired copy) that passes every CHECK, or null when none was found. A failing row is replaced by the first of
    /// several repaired candidates that passes; all candidates of a round are judged in one round trip.
    /// </summary>
    public async Task<object?[]?[]> ValidateAsync(List<object?[]> batch, TableGenerator generator, OrgSeed org, CancellationToken ct)
    {
        var result = batch.Select(r => (object?[]?)r).ToArray();
        var failures = await FailuresAsync(batch, ct);
        foreach (var check in failures.Values.SelectMany(c => c)) FirstFailures[_table.Checks[check].Name] = FirstFailures.GetValueOrDefault(_table.Checks[check].Name) + 1;
        if (failures.Count == 0) return result;
        var context = generator.NewContext(org);
        var pending = failures.ToDictionary(f => f.Key, f => f.Value);
        for (var round = 0; round < Rounds && pending.Count > 0; round++)
        {
            var candidates = new List<object?[]>();
            var owners = new List<int>();
            foreach (var (index, checks) in pending.OrderBy(p => p.Key))
            for (var k = 0; k < Candidates; k++)
            {
                var candidate = (object?[])result[index]!.Clone();
                context.Load(candidate);
                if (!generator.Repair(context, checks.Select(c => _table.Checks[c]), round * Candidates + k)) continue;
                candidates.Add(candidate);
                owners.Add(index);
            }
            var failed = await FailuresAsync(candidates, ct);
            var next = new Dictionary<int, List<int>>();
            var fixedRows = new HashSet<int>();
            for (var c = 0; c < candidates.Count; c++)
            {
                var owner = owners[c];
                if (fixedRows.Contains(owner)) continue;
                if (!failed.TryGetValue(c, out var checks)) { result[owner] = candidates[c]; fixedRows.Add(owner); next.Remove(owner); }
                else if (!fixedRows.Contains(owner)) { next[owner] = checks; result[owner] = candidates[c]; }
            }
            foreach (var owner in pending.Keys.Where(o => !fixedRows.Contains(o) && !next.ContainsKey(o))) next[owner] = pending[owner];
            pending = next;
        }
        foreach (var (index, checks) in pending)
        {
            LastRejections.Add(string.Join(",", checks.Select(c => _table.Checks[c].Name)));
            FirstRejectedRow ??= Describe(result[index]!);
            result[index] = null;
        }
        return result;
    }

    private async Task<Dictionary<int, List<int>>> FailuresAsync(List<object?[]> rows, CancellationToken ct)
    {
        var failures = new Dictionary<int, List<int>>();
        if (rows.Count == 0) return failures;
        await using var command = new NpgsqlCommand(_query, _connection);
        command.Parameters.Add(new NpgsqlParameter("rows", NpgsqlDbType.Jsonb) { Value = JsonRows.Write(_table.Columns, rows) });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var ordinal = reader.GetInt32(0);
            if (!failures.TryGetValue(ordinal, out var list)) failures[ordinal] = list = [];
            list.Add(reader.GetInt32(1));
        }
        return failures;
    }
}
