using Finnest.Database.Engine;
using Finnest.Database.FileImport.Columns;
using Finnest.Database.FileImport.Kinds;
using Finnest.Database.FileImport.Reading;
using Finnest.Database.FileImport.Writing;
using Npgsql;

namespace Finnest.Database.FileImport;

/// <summary>A file read and checked against its kind: format, header, key columns. Needs no database.</summary>
public sealed record ImportFile(ImportKind Kind, Sheet Sheet, ColumnMap Map)
{
    public static ImportFile Read(string kind, string path)
    {
        var importKind = ImportKind.Create(kind);
        var sheet = SheetReader.Read(path);
        var map = ColumnMap.Build(sheet, importKind.Fields, importKind.Name);
        importKind.CheckHeaders(map, sheet);
        return new ImportFile(importKind, sheet, map);
    }
}

public sealed record ImportOptions(string OrganisationSlug, bool DryRun = false, bool SkipInvalid = false);

/// <summary>Rows written so far, for a progress display.</summary>
public readonly record struct ImportProgress(int Done, int Total);

/// <summary>
/// One import of one file into one organisation, in one transaction:
/// read and check the file (bad input before any connection), parse and validate every row, then, as the
/// tenant (role finnest_app, app.org_id) so row-level security, triggers and the audit log apply, insert
/// or update each row with its public.id_mappings row. Commits only when every row passed, or with
/// SkipInvalid the rows that did; a dry run always rolls back.
/// </summary>
public sealed class FileImporter(NpgsqlConnection connection)
{
    public async Task<ImportOutcome> RunAsync(ImportFile file, ImportOptions request, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var (kind, sheet, map) = file;
        var problems = new List<RowProblem>();
        var parsed = sheet.Rows.Select(row => ParseRow(row, kind, map, problems)).ToList();

        var batch = $"csv_import {kind.Name} {sheet.FileName} {DateTime.UtcNow:yyyy-MM-ddTHH:mm:ssZ}";
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // Organisations are visible only to their own tenant: the one to act as is found as the owner role,
        // which also reads stored TFNs across tenants to tell a development database.
        await SetRoleAsync("finnest_owner", "find the organisation by its slug", ct);
        var organisation = await FindOrganisationAsync(request.OrganisationSlug, ct);
        var needsKey = kind.Fields.Any(f => f.Secret && map.Has(f)) && parsed.Any(p => p.Row is { } r && kind.Fields.Any(f => f.Secret && r.Has(f)));
        var key = needsKey ? await TfnKey.ChooseAsync(connection, ct) : null;
        await SetRoleAsync("finnest_app", "write as the tenant", ct);
        await ActAsTenantAsync(organisation.Id, ct);
        await kind.LoadAsync(connection, ct);
        var writer = new RowWriter(connection, organisation.Id, kind.Table, batch, sheet.FileName, key?.Encryption);
        var mappings = await writer.LoadMappingsAsync(ct);

        var targets = BuildTargets(parsed, kind, map, problems);
        var mappedIds = targets.Select(t => mappings.GetValueOrDefault((t.Key.LegacyTable, t.Key.LegacyId))).Where(id => id != Guid.Empty).ToList();
        var encryptedColumn = kind.Fields.Any(f => f.Secret) ? "tax_file_number_encrypted" : null;
        var existing = await writer.LoadTargetsAsync(mappedIds, encryptedColumn, ct);

        var counts = await WriteAsync(transaction, writer, targets, mappings, existing, map, kind, problems, progress, ct);

        var commit = !request.DryRun && (problems.Count == 0 || request.SkipInvalid);
        if (commit) await transaction.CommitAsync(ct);
        else await transaction.RollbackAsync(ct);
        return new ImportOutcome
        {
            Kind = kind.Name,
            FileName = sheet.FileName,
            Organisation = request.OrganisationSlug,
            RowsRead = sheet.Rows.Count,
            Inserted = counts[RowResult.Inserted],
            Updated = counts[RowResult.Updated],
            Unchanged = counts[RowResult.Unchanged],
            Problems = problems.OrderBy(p => p.Row).ToList(),
            IgnoredHeaders = map.IgnoredHeaders,
            Written = commit,
            DryRun = request.DryRun,
            Encryption = key?.Description,
            Batch = batch,
        };
    }

    /// <summary>Every cell parsed; empty required cells and unparsable cells reported. Row null when any cell failed.</summary>
    private static (SheetRow Sheet, ParsedRow? Row) ParseRow(SheetRow row, ImportKind kind, ColumnMap map, List<RowProblem> problems)
    {
        var values = new Dictionary<Field, object>();
        var valid = true;
        foreach (var field in map.Fields)
        {
            var cell = map.CellOf(row, field);
            if (cell is null || cell is string s && string.IsNullOrWhiteSpace(s))
            {
                if (field.Required)
                {
                    problems.Add(new RowProblem(row.Number, map.HeaderOf(field), "is empty but required"));
                    valid = false;
                }
                continue;
            }
            var parsed = field.Parse(cell);
            if (parsed.Problem is { } problem)
            {
                problems.Add(new RowProblem(row.Number, map.HeaderOf(field), problem));
                valid = false;
            }
            else values[field] = parsed.Value!;
        }
        return (row, valid ? new ParsedRow(row.Number, values) : null);
    }

    /// <summary>The kind's cross-cell rules and resolution, then one row per natural key: a repeated key is a problem of the later row.</summary>
    private static List<TargetRow> BuildTargets(List<(SheetRow Sheet, ParsedRow? Row)> parsed, ImportKind kind, ColumnMap map, List<RowProblem> problems)
    {
        var targets = new List<TargetRow>();
        var firstRowOfKey = new Dictionary<(string, long), int>();
        foreach (var (_, row) in parsed)
        {
            if (row is null) continue;
            var target = kind.Build(row, map, (field, problem) =>
                problems.Add(new RowProblem(row.Number, field is null ? "(row)" : map.HeaderOf(field), problem)));
            if (target is null) continue;
            var key = (target.Key.LegacyTable, target.Key.LegacyId);
            if (firstRowOfKey.TryGetValue(key, out var first))
            {
                problems.Add(new RowProblem(row.Number, "(row)", $"same {target.Key.Description} as row {first}"));
                continue;
            }
            firstRowOfKey[key] = row.Number;
            targets.Add(target);
        }
        return targets;
    }

    /// <summary>Statements sent per round trip.</summary>
    private const int ChunkSize = 200;

    /// <summary>
    /// Inserts or updates every target row, <see cref="ChunkSize"/> statements per round trip, each in a savepoint:
    /// a row the database rejects (a unique key another live row holds, a CHECK) becomes a problem of that row,
    /// is rolled back alone, and the rows after it are sent again.
    /// </summary>
    private static async Task<Dictionary<RowResult, int>> WriteAsync(NpgsqlTransaction transaction, RowWriter writer, List<TargetRow> targets,
        Dictionary<(string, long), Guid> mappings, Dictionary<Guid, (bool Deleted, byte[]? Sealed)> existing,
        ColumnMap map, ImportKind kind, List<RowProblem> problems, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var counts = new Dictionary<RowResult, int> { [RowResult.Inserted] = 0, [RowResult.Updated] = 0, [RowResult.Unchanged] = 0 };
        var pending = new List<(TargetRow Row, bool Insert, Func<NpgsqlBatchCommand> Statement)>();
        foreach (var target in targets)
        {
            if (!mappings.TryGetValue((target.Key.LegacyTable, target.Key.LegacyId), out var targetId))
            {
                pending.Add((target, true, () => writer.Insert(target)));
                continue;
            }
            if (!existing.TryGetValue(targetId, out var current))
                problems.Add(new RowProblem(target.RowNumber, "(row)", $"{target.Key.Description} was imported before as {kind.Table} {targetId}, which no longer exists"));
            else if (current.Deleted)
                problems.Add(new RowProblem(target.RowNumber, "(row)", $"{target.Key.Description} was imported before and has since been deleted in Finnest; restore it there or remove the row"));
            else if (writer.Update(target, targetId, current.Sealed) is null)
                counts[RowResult.Unchanged]++;
            else
                pending.Add((target, false, () => writer.Update(target, targetId, current.Sealed)!));
        }

        var done = targets.Count - pending.Count;
        var next = 0;
        while (next < pending.Count)
        {
            ct.ThrowIfCancellationRequested();
            var chunk = pending.Skip(next).Take(ChunkSize).ToList();
            var rejectedAt = -1;
            var returned = await writer.RunAsync(chunk.Select(p => p.Statement()).ToList(), (index, e) =>
            {
                rejectedAt = index;
                problems.Add(Rejection(e, chunk[index].Row, map, kind));
            }, ct);
            for (var i = 0; i < returned.Count; i++)
                counts[chunk[i].Insert ? RowResult.Inserted : returned[i] ? RowResult.Updated : RowResult.Unchanged]++;
            if (rejectedAt >= 0) await transaction.RollbackAsync(RowWriter.Savepoint, ct);
            next += rejectedAt >= 0 ? rejectedAt + 1 : chunk.Count;
            done += rejectedAt >= 0 ? rejectedAt + 1 : chunk.Count;
            progress?.Report(new ImportProgress(Math.Min(done, targets.Count), targets.Count));
        }
        return counts;
    }

    private static RowProblem Rejection(PostgresException e, TargetRow target, ColumnMap map, ImportKind kind)
    {
        var column = ColumnOf(e, target);
        var header = column?.Source is { } source ? map.HeaderOf(source) : "(row)";
        var detail = e.SqlState == PostgresErrorCodes.UniqueViolation
            ? $"another live row of {kind.Table} already has this value ({e.ConstraintName})"
            : e.MessageText;
        return new RowProblem(target.RowNumber, header, $"rejected by the database: {detail}");
    }

    /// <summary>
    /// The column a rejection is about: named by the error (not-null) or by the constraint, whose name says it
    /// (ck_employees__email_format, uq_employees__org_id_employee_number: CONVENTIONS.md).
    /// </summary>
    private static TargetColumn? ColumnOf(PostgresException e, TargetRow target)
    {
        if (e.ColumnName is { } column) return target.Columns.FirstOrDefault(c => c.Name == column);
        var constraint = e.ConstraintName ?? "";
        var split = constraint.IndexOf("__", StringComparison.Ordinal);
        if (split < 0) return null;
        var rule = constraint[(split + 2)..];
        if (rule.StartsWith("org_id_", StringComparison.Ordinal)) rule = rule["org_id_".Length..];
        // uq_sites__org_id_client_id_site_code names two columns: the one the file supplied is the one to fix.
        var named = target.Columns.Where(c => $"_{rule}_".Contains($"_{c.Name}_", StringComparison.Ordinal)).ToList();
        return named.Where(c => c.Source is not null).MaxBy(c => c.Name.Length) ?? named.FirstOrDefault();
    }

    private async Task<(Guid Id, string Name)> FindOrganisationAsync(string slug, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("select id, name from public.organisations where slug = @slug and deleted_at is null", connection);
        command.Parameters.AddWithValue("slug", slug);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
            throw new EngineException(Failure.BadInput, $"no organisation with slug '{slug}' (see public.organisations.slug)");
        return (reader.GetGuid(0), reader.GetString(1));
    }

    /// <summary>SET LOCAL ROLE; a login that is not a member of the role cannot import (exit 3, as a refused login).</summary>
    private async Task SetRoleAsync(string role, string why, CancellationToken ct)
    {
        try
        {
            await using var command = new NpgsqlCommand($"set local role {role}", connection);
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            throw new EngineException(Failure.ConnectionFailed,
                $"the login {connection.UserName} may not act as {role}, which the import needs to {why}: grant {role} to it");
        }
    }

    private async Task ActAsTenantAsync(Guid orgId, CancellationToken ct)
    {
        // One import per organisation at a time: two runs of the same file must not both insert its new rows.
        await using var tenant = new NpgsqlCommand(
            "select set_config('app.org_id', @org, true), set_config('app.user_id', '', true), pg_advisory_xact_lock(hashtextextended('csv_import:' || @org, 0))", connection);
        tenant.Parameters.AddWithValue("org", orgId.ToString());
        await tenant.ExecuteNonQueryAsync(ct);
    }
}
