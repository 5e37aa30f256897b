using System.Net;
using Finnest.Database.Seeds.Catalog;
using Finnest.Database.Seeds.Writing;
using Finnest.Database.Tests.Support;
using Npgsql;

namespace Finnest.Database.Tests.Seeding;

/// <summary>
/// The seeder sends most batches in COPY's binary format encoded by itself, and the rest (repaired batches, values the
/// encoder leaves alone) through Npgsql's binary importer: both must store exactly the same values, or a seed's rows
/// would depend on which path a batch took.
/// </summary>
public sealed class EncodedCopyTests
{
    private static readonly (string Name, string Type)[] Columns =
    [
        ("id", "int4"), ("label", "text"), ("code", "varchar"), ("flag", "bpchar"), ("doc", "jsonb"), ("raw", "json"),
        ("key", "uuid"), ("yes", "bool"), ("small", "int2"), ("big", "int8"), ("amount", "numeric"), ("ratio", "float8"),
        ("approx", "float4"), ("day", "date"), ("at_time", "time"), ("at", "timestamptz"), ("local_at", "timestamp"),
        ("span", "interval"), ("blob", "bytea"), ("address", "inet"), ("tags", "_text"), ("keys", "_uuid"), ("counts", "_int4"),
        ("days", "_date"),
    ];

    private static readonly string Ddl = string.Join(", ", Columns.Select(c => $"{c.Name} {(c.Type.StartsWith('_') ? c.Type[1..] + "[]" : c.Type == "bpchar" ? "char(3)" : c.Type)}"));

    private static IReadOnlyList<ColumnInfo> Info => Columns.Select(c => new ColumnInfo(c.Name, c.Type, c.Type, false, false, null, null, null)).ToList();

    private static object?[] Row(int id, string text) =>
    [
        id, text, text.Length > 20 ? text[..20] : text, "abc", $$"""{"note": {{System.Text.Json.JsonSerializer.Serialize(text)}}}""",
        """{"b": 1, "a": [1, 2]}""", Guid.Parse("0b8e1c2d-3f4a-8b5c-9d6e-7f8091a2b3c4"), id % 2 == 0, (short)-32768, long.MaxValue,
        id switch { 1 => 13.50m, 2 => 0.00001234m, 3 => -123456.78m, 4 => 0.00m, _ => 79228162514264337593543950335m }, 0.1 + id, 1.5e-7f, new DateOnly(2026, 6, 15), new TimeOnly(23, 59, 59).Add(TimeSpan.FromTicks(9_999_999)),
        new DateTime(2026, 6, 14, 20, 54, 0, DateTimeKind.Utc).AddTicks(1_234_567), new DateTime(2026, 6, 15, 6, 30, 0, DateTimeKind.Unspecified),
        new TimeSpan(1, 2, 3, 4, 500), Enumerable.Range(0, 256).Select(b => (byte)b).ToArray(), IPAddress.Parse(id % 2 == 0 ? "10.1.2.3" : "2001:db8::1"),
        new[] { text, "a \"quoted\" word", "back\\slash", "NULL", "", null, "{braces}, comma" }, new[] { Guid.Empty }, Array.Empty<int>(),
        new[] { new DateOnly(2025, 7, 1) },
    ];

    [Fact]
    public async Task rows_encoded_ahead_are_stored_exactly_as_npgsqls_importer_stores_them_for_every_type_the_seeder_writes()
    {
        var cluster = await TestCluster.GetAsync();
        await using var c = new NpgsqlConnection(cluster.Settings(await cluster.CreateEmptyDatabaseAsync()).ConnectionString);
        await c.OpenAsync();
        await using (var create = new NpgsqlCommand($"create table by_binary ({Ddl}); create table by_encoded ({Ddl})", c))
            await create.ExecuteNonQueryAsync();
        var rows = new List<object?[]>
        {
            Row(1, "plain"),
            Row(2, "tab\there, new\nline, return\rand back\\slash"),
            Row(3, "Ōtautahi — Straße ✓ \"quotes\" 'apostrophes'"),
            Row(4, ""),
            Row(6, "the largest decimal"),
            Columns.Select((col, i) => i == 0 ? (object?)5 : null).ToArray(),
        };

        await BinaryCopy.WriteAsync(c, "by_binary", Info, rows, default);
        var encoded = EncodedCopy.Encode(Info, rows);
        Assert.NotNull(encoded);
        Assert.Equal(rows.Count, await EncodedCopy.WriteAsync(c, "by_encoded", Info, encoded, rows.Count, default));

        // Each row as PostgreSQL prints it, in the same session (same time zone): every value, exactly.
        async Task<List<string>> Printed(string table)
        {
            await using var read = new NpgsqlCommand($"select t::text from {table} t order by id", c);
            await using var reader = await read.ExecuteReaderAsync();
            var printed = new List<string>();
            while (await reader.ReadAsync()) printed.Add(reader.GetString(0));
            return printed;
        }
        var binary = await Printed("by_binary");
        Assert.Equal(rows.Count, binary.Count);
        Assert.Equal(binary, await Printed("by_encoded"));
    }

    [Fact]
    public void a_value_that_npgsql_would_convert_is_left_to_its_importer()
    {
        // A DateTime in a date column: Npgsql writes its date; the encoder does not guess and says so.
        var columns = new[] { new ColumnInfo("day", "date", "date", false, false, null, null, null) };
        Assert.Null(EncodedCopy.Encode(columns, [[new DateTime(2026, 6, 15, 0, 0, 0, DateTimeKind.Utc)]]));
        Assert.NotNull(EncodedCopy.Encode(columns, [[new DateOnly(2026, 6, 15)]]));
    }
}
