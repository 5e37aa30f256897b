using System.Security.Cryptography;
using System.Text;
using Finnest.Database.Engine;
using Finnest.Database.V2.Contract;
using Npgsql;
using NpgsqlTypes;

namespace Finnest.Database.V2.Staging;

/// <summary>What one staged file gave.</summary>
public sealed record StagedFile(string SourceTable, string File, long Rows, string Sha256, int EncodingIssues);

/// <summary>
/// <c>v2 stage</c>: loads extract files into the v2 staging tables with binary COPY, all in one transaction.
/// Every file is checked while it streams; if any file is bad (missing, unknown or missing column, wrong field
/// count, a key that is not an integer or repeats) each bad file gets one line and the transaction is rolled
/// back, so nothing is half-loaded. A file staged again replaces its table's previous load.
/// </summary>
public sealed class ExtractStager(NpgsqlConnection connection, ExtractEncoding encoding, Action<string>? progress = null)
{
    public async Task<IReadOnlyList<StagedFile>> StageAsync(string directory, IReadOnlyCollection<string>? onlyTables, CancellationToken ct)
    {
        if (!Directory.Exists(directory))
            throw new EngineException(Failure.BadInput, $"source directory '{directory}' does not exist");
        var tables = ExtractContract.Tables.Where(t => onlyTables is null || onlyTables.Count == 0 || onlyTables.Contains(t.QualifiedName)).ToList();
        foreach (var unknown in (onlyTables ?? []).Where(n => ExtractContract.Tables.All(t => t.QualifiedName != n)))
            throw new EngineException(Failure.BadInput, $"--tables: '{unknown}' is not a table of the extract contract (see docs/v2/extract-contract.md)");

        var problems = new List<string>();
        var staged = new List<StagedFile>();
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var writing = true;
        foreach (var table in tables)
        {
            var path = Path.Combine(directory, table.FileName);
            if (!File.Exists(path))
            {
                problems.Add($"{table.FileName}: missing (the contract requires table {table.QualifiedName})");
                writing = false;
                continue;
            }
            var result = await StageFileAsync(table, path, writing, ct);
            if (result.Problem is { } problem)
            {
                problems.Add($"{table.FileName}: {problem}");
                writing = false;   // the COPY was cancelled and the transaction is lost: only check the rest
                continue;
            }
            staged.Add(result.File!);
            progress?.Invoke($"staged {table.QualifiedName}: {result.File!.Rows} rows{(result.File.EncodingIssues > 0 ? $", {result.File.EncodingIssues} fields re-encoded" : "")}");
        }
        if (problems.Count > 0)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw new BadExtractException(problems);
        }
        await transaction.CommitAsync(ct);
        return staged;
    }

    private sealed record FileResult(StagedFile? File, string? Problem);

    private static readonly string[] NoIssues = [];

    private async Task<FileResult> StageFileAsync(SourceTable table, string path, bool write, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        var sha = await SHA256.HashDataAsync(stream, ct);
        stream.Position = 0;
        var lines = MysqlTabFormat.ReadLines(stream).GetEnumerator();
        if (!lines.MoveNext()) return new(null, "empty file: line 1 must name the columns");
        var header = lines.Current.Select(f => f is null ? "\\N" : Encoding.UTF8.GetString(f)).ToList();
        foreach (var name in header)
            if (table.Columns.All(c => c.Name != name))
                return new(null, $"unknown column '{name}' on line 1 (the contract's columns: {string.Join(", ", table.Columns.Select(c => c.Name))})");
        foreach (var column in table.Columns)
            if (!header.Contains(column.Name))
                return new(null, $"column '{column.Name}' missing from line 1");
        if (header.Distinct().Count() != header.Count) return new(null, "a column is named twice on line 1");
        // Staging column order = contract order; the file's header may order them differently.
        var order = table.Columns.Select(c => header.IndexOf(c.Name)).ToArray();

        long loadId = 0;
        NpgsqlBinaryImporter? importer = null;
        if (write)
        {
            await using (var replace = new NpgsqlCommand($"""
                update v2.loads set replaced_at = now() where source_table = @table and replaced_at is null;
                truncate {table.StagingTable};
                insert into v2.loads (source_table, file_name, encoding, row_count, sha256) values (@table, @file, @encoding, 0, @sha) returning id;
                """, connection))
            {
                replace.Parameters.AddWithValue("table", table.QualifiedName);
                replace.Parameters.AddWithValue("file", path);
                replace.Parameters.AddWithValue("encoding", MysqlTabFormat.Name(encoding));
                replace.Parameters.AddWithValue("sha", Convert.ToHexStringLower(sha));
                loadId = (long)(await replace.ExecuteScalarAsync(ct))!;
            }
            var columns = string.Join(", ", table.Columns.Select(c => c.Name));
            importer = await connection.BeginBinaryImportAsync(
                $"copy {table.StagingTable} (load_id, line_no, legacy_id, row_hash, encoding_issues, {columns}) from stdin (format binary)", ct);
        }

        try
        {
            var seen = new HashSet<long>();
            var lineNo = 1;
            long rows = 0;
            var issues = 0;
            var values = new string?[table.Columns.Count];
            var fieldIssues = new List<string>();
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            while (lines.MoveNext())
            {
                lineNo++;
                var fields = lines.Current;
                if (fields.Count != header.Count)
                    return new(null, $"line {lineNo} has {fields.Count} fields, expected {header.Count}");
                fieldIssues.Clear();
                for (var i = 0; i < order.Length; i++)
                {
                    var decoded = MysqlTabFormat.Decode(fields[order[i]], encoding);
                    values[i] = decoded.Value;
                    if (decoded.EncodingIssue is { } issue) fieldIssues.Add($"{table.Columns[i].Name}:{issue}");
                    // The row hash covers the decoded values, so re-staging an unchanged file changes nothing. Clean UTF-8
                    // decodes to exactly its bytes: those are hashed as they are, only a re-encoded field is encoded again.
                    var bytes = fields[order[i]];
                    hash.AppendData(decoded.Value is null ? "\u0000"u8
                        : encoding == ExtractEncoding.Utf8 && decoded.EncodingIssue is null ? bytes : Encoding.UTF8.GetBytes(decoded.Value));
                    hash.AppendData("\u001f"u8);
                }
                var key = values[0];   // the key is the contract's first column (values are in contract order)
                if (!long.TryParse(key, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var legacyId))
                    return new(null, $"line {lineNo}: {table.KeyColumn} '{key}' is not an integer");
                if (!seen.Add(legacyId))
                    return new(null, $"line {lineNo}: {table.KeyColumn} {legacyId} appears twice");
                var rowHash = Convert.ToHexStringLower(hash.GetHashAndReset());
                issues += fieldIssues.Count;
                rows++;
                if (importer is null) continue;
                await importer.StartRowAsync(ct);
                await importer.WriteAsync(loadId, NpgsqlDbType.Bigint, ct);
                await importer.WriteAsync(lineNo, NpgsqlDbType.Integer, ct);
                await importer.WriteAsync(legacyId, NpgsqlDbType.Bigint, ct);
                await importer.WriteAsync(rowHash, NpgsqlDbType.Text, ct);
                await importer.WriteAsync(fieldIssues.Count == 0 ? NoIssues : fieldIssues.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
                foreach (var value in values)
                {
                    if (value is null) await importer.WriteNullAsync(ct);
                    else await importer.WriteAsync(value.Replace("\0", ""), NpgsqlDbType.Text, ct);   // PostgreSQL text cannot hold NUL
                }
            }
            if (importer is not null)
            {
                await importer.CompleteAsync(ct);
                await importer.DisposeAsync();
                importer = null;
                await using var count = new NpgsqlCommand("update v2.loads set row_count = @rows where id = @id", connection);
                count.Parameters.AddWithValue("rows", rows);
                count.Parameters.AddWithValue("id", loadId);
                await count.ExecuteNonQueryAsync(ct);
            }
            return new(new StagedFile(table.QualifiedName, path, rows, Convert.ToHexStringLower(sha), issues), null);
        }
        finally
        {
            // Disposing without Complete cancels the COPY: nothing of this file reaches the table.
            if (importer is not null)
            {
                try { await importer.DisposeAsync(); } catch (PostgresException) { } catch (NpgsqlException) { }
            }
        }
    }
}

/// <summary>One or more extract files are unusable: one line per file, exit code 2, nothing staged.</summary>
public sealed class BadExtractException(IReadOnlyList<string> problems)
    : Exception(string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
