using Finnest.Database.Seeds.Catalog;
using Npgsql;
using NpgsqlTypes;

namespace Finnest.Database.Seeds.Writing;

/// <summary>Writes rows with Npgsql binary COPY, the fastest way PostgreSQL takes rows (triggers and constraints still apply).</summary>
public static class BinaryCopy
{
    public static async Task<long> WriteAsync(NpgsqlConnection connection, string target, IReadOnlyList<ColumnInfo> columns,
        IEnumerable<object?[]> rows, CancellationToken ct, string? extraColumn = null)
    {
        var types = columns.Select(TypeOf).ToArray();
        await using var importer = await connection.BeginBinaryImportAsync(CopyCommand(target, columns, extraColumn), ct);
        long count = 0;
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            for (var i = 0; i < types.Length; i++)
            {
                if (row[i] is null) await importer.WriteNullAsync(ct);
                else await importer.WriteAsync(row[i], types[i], ct);
            }
            if (extraColumn is not null) await importer.WriteAsync((int)count, NpgsqlDbType.Integer, ct);
            count++;
        }
        await importer.CompleteAsync(ct);
        return count;
    }

    /// <summary>COPY … FROM STDIN in binary format for these columns (and an extra one, e.g. the validator's row number).</summary>
    public static string CopyCommand(string target, IReadOnlyList<ColumnInfo> columns, string? extraColumn = null) =>
        $"copy {target} ({string.Join(", ", columns.Select(c => Quote(c.Name)).Concat(extraColumn is null ? [] : [extraColumn]))}) from stdin (format binary)";

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    public static string QuoteTable(string table) => string.Join('.', table.Split('.').Select(Quote));

    private static NpgsqlDbType TypeOf(ColumnInfo column)
    {
        var element = column.ElementType switch
        {
            "uuid" => NpgsqlDbType.Uuid,
            "text" => NpgsqlDbType.Text,
            "varchar" => NpgsqlDbType.Varchar,
            "bpchar" => NpgsqlDbType.Char,
            "int2" => NpgsqlDbType.Smallint,
            "int4" => NpgsqlDbType.Integer,
            "int8" => NpgsqlDbType.Bigint,
            "numeric" => NpgsqlDbType.Numeric,
            "float4" => NpgsqlDbType.Real,
            "float8" => NpgsqlDbType.Double,
            "bool" => NpgsqlDbType.Boolean,
            "date" => NpgsqlDbType.Date,
            "timestamptz" => NpgsqlDbType.TimestampTz,
            "timestamp" => NpgsqlDbType.Timestamp,
            "time" => NpgsqlDbType.Time,
            "interval" => NpgsqlDbType.Interval,
            "jsonb" => NpgsqlDbType.Jsonb,
            "json" => NpgsqlDbType.Json,
            "bytea" => NpgsqlDbType.Bytea,
            "inet" => NpgsqlDbType.Inet,
            _ => throw new NotSupportedException($"the seeder cannot write column type {column.FormattedType} ({column.Name})"),
        };
        return column.IsArray ? NpgsqlDbType.Array | element : element;
    }
}
