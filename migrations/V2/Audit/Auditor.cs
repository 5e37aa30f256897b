using Npgsql;

namespace Finnest.Database.V2.Audit;

public sealed record FlaggedRow(string SourceTable, long LegacyId, long? RelatedLegacyId, string Detail);

public sealed record AuditResult(string Check, string Rule, string Action, int Count, string CsvFile);

/// <summary>
/// <c>v2 audit</c>: runs the seven checks on the staged extract, writes one CSV of flagged rows per check
/// (ready to fill in as a decisions file), and files every finding in the review queue. Findings already
/// queued keep their decisions.
/// </summary>
public sealed class Auditor(NpgsqlConnection connection)
{
    public async Task<IReadOnlyList<AuditResult>> RunAsync(DateOnly asOf, string outputDirectory, CancellationToken ct)
    {
        await Guard.RequireStagedAsync(connection, ct);
        Directory.CreateDirectory(outputDirectory);
        var results = new List<AuditResult>();
        await using var transaction = await connection.BeginTransactionAsync(ct);
        foreach (var check in AuditChecks.All)
        {
            var rows = new List<FlaggedRow>();
            await using (var query = new NpgsqlCommand($"select * from ({check.Sql}) f order by 1, 2", connection, transaction))
            {
                query.Parameters.AddWithValue("as_of", asOf);
                await using var reader = await query.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                    rows.Add(new(reader.GetString(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt64(2), reader.GetString(3)));
            }
            await using (var queue = new NpgsqlCommand("""
                insert into v2.review_items (check_name, source_table, legacy_id, related_legacy_id, detail, action)
                select @check, s, l, r, d, @action from unnest(@sources, @ids, @related, @details) as f(s, l, r, d)
                on conflict on constraint uq_review_items__finding do update set detail = excluded.detail, related_legacy_id = excluded.related_legacy_id
                """, connection, transaction))
            {
                queue.Parameters.AddWithValue("check", check.Name);
                queue.Parameters.AddWithValue("action", check.Action);
                queue.Parameters.AddWithValue("sources", rows.Select(r => r.SourceTable).ToArray());
                queue.Parameters.AddWithValue("ids", rows.Select(r => r.LegacyId).ToArray());
                queue.Parameters.AddWithValue("related", rows.Select(r => r.RelatedLegacyId).ToArray());
                queue.Parameters.AddWithValue("details", rows.Select(r => r.Detail).ToArray());
                await queue.ExecuteNonQueryAsync(ct);
            }
            var file = Path.Combine(outputDirectory, $"{check.Name}.csv");
            AuditCsv.Write(file, [.. ReviewDecisions.Columns, "detail"],
                rows.Select(row => new object?[] { check.Name, row.SourceTable, row.LegacyId, row.RelatedLegacyId, "", "", "", row.Detail }));
            results.Add(new(check.Name, check.Rule, check.Action, rows.Count, file));
        }
        await transaction.CommitAsync(ct);
        return results;
    }
}
