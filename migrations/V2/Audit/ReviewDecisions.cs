using System.Globalization;
using Finnest.Database.Engine;
using Npgsql;

namespace Finnest.Database.V2.Audit;

/// <summary>
/// <c>v2 review apply FILE</c>: records reviewers' decisions on queued findings. The file has the columns of the
/// audit CSVs (check, source_table, legacy_id, related_legacy_id, decision, value, reviewer); rows with an empty
/// decision are ignored. Every row is checked first; one bad row refuses the whole file.
/// </summary>
public sealed class ReviewDecisions(NpgsqlConnection connection)
{
    public static readonly string[] Columns = ["check", "source_table", "legacy_id", "related_legacy_id", "decision", "value", "reviewer"];

    // Which decisions make sense for which finding (the seed's actions).
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["orphaned_employee"] = ["assign_office", "skip"],
        ["duplicate_employee"] = ["merge", "keep_apart"],
        ["invalid_status"] = ["terminate", "clear_termination_date"],
        ["missing_required"] = ["supply_name", "skip"],
        ["orphaned_timesheet"] = ["skip", "accept"],
        ["stale_record"] = ["accept"],
        ["encoding"] = ["accept"],
        ["dst_repeated_hour"] = ["accept"],
        ["dst_skipped_hour"] = ["accept"],
    };

    private sealed record Decision(int Line, string Check, string SourceTable, long LegacyId, string Choice, string? Value, string Reviewer);

    public async Task<int> ApplyAsync(string file, CancellationToken ct)
    {
        if (!File.Exists(file)) throw new EngineException(Failure.BadInput, $"decisions file '{file}' does not exist");
        await Guard.RequireMigratedAsync(connection, ct);
        var decisions = Read(file);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        foreach (var d in decisions)
        {
            await using var update = new NpgsqlCommand("""
                update v2.review_items set decision = @decision, decision_value = @value, decided_by = @reviewer, decided_at = now()
                where check_name = @check and source_table = @table and legacy_id = @id
                returning related_legacy_id
                """, connection, transaction);
            update.Parameters.AddWithValue("decision", d.Choice);
            update.Parameters.AddWithValue("value", (object?)d.Value ?? DBNull.Value);
            update.Parameters.AddWithValue("reviewer", d.Reviewer);
            update.Parameters.AddWithValue("check", d.Check);
            update.Parameters.AddWithValue("table", d.SourceTable);
            update.Parameters.AddWithValue("id", d.LegacyId);
            await using var reader = await update.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct))
                throw new EngineException(Failure.BadInput, $"{file} line {d.Line}: no {d.Check} finding for {d.SourceTable} {d.LegacyId} in the review queue (run v2 audit first)");
        }
        await transaction.CommitAsync(ct);
        return decisions.Count;
    }

    private static List<Decision> Read(string file)
    {
        using var reader = new StreamReader(file);
        var records = AuditCsv.Read(reader).GetEnumerator();
        if (!records.MoveNext())
            throw new EngineException(Failure.BadInput, $"{file}: empty; line 1 must name the columns {string.Join(",", Columns)}");
        var header = records.Current.Fields.Select(h => h.Trim()).ToList();
        foreach (var column in Columns.Where(c => c is not "related_legacy_id"))
            if (!header.Contains(column))
                throw new EngineException(Failure.BadInput, $"{file}: column '{column}' missing from line 1");
        var decisions = new List<Decision>();
        while (records.MoveNext())
        {
            var (line, fields) = records.Current;
            string Field(string name) => header.IndexOf(name) is var i && i >= 0 && i < fields.Count ? fields[i].Trim() : "";
            var choice = Field("decision");
            if (choice.Length == 0) continue;
            var check = Field("check");
            string Fail(string problem) => throw new EngineException(Failure.BadInput, $"{file} line {line}: {problem}");
            if (!Allowed.TryGetValue(check, out var allowed)) Fail($"unknown check '{check}'");
            if (!allowed!.Contains(choice)) Fail($"decision '{choice}' does not apply to {check} (one of: {string.Join(", ", allowed!)})");
            if (!long.TryParse(Field("legacy_id"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)) Fail("legacy_id is not an integer");
            var value = Field("value") is { Length: > 0 } v ? v : null;
            if (choice == "assign_office" && !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)) Fail("assign_office needs the v2 office id as value");
            if (choice == "supply_name" && (value is null || value.Split('|') is not [{ Length: > 0 }, { Length: > 0 }])) Fail("supply_name needs the value First|Last");
            var reviewer = Field("reviewer");
            if (reviewer.Length == 0) Fail("reviewer is empty: every decision names who made it");
            decisions.Add(new(line, check, Field("source_table"), id, choice, value, reviewer));
        }
        return decisions;
    }
}
