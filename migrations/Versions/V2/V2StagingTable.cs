using Finnest.Database.Schema;

namespace Finnest.Database.Versions.V2;

/// <summary>
/// DDL of one raw staging table of the v2 extract, for migrations after V202612040100 that stage more contract
/// tables: the load bookkeeping columns the stager writes (load_id, line_no, legacy_id, row_hash, encoding_issues),
/// then one text column per contract column, keyed by the parsed v2 id. Pinned SQL depends on this text: change it
/// only together with a new migration that alters the tables it already made. Its foreign key from load_id to
/// v2.loads was dropped from every staging table by V202612200100 (v2 import checks each table against its load
/// instead): a migration that stages another table after that one drops its key too.
/// </summary>
internal static class V2StagingTable
{
    /// <summary>Creates a staging table per entry: database, table, then the contract's columns (the INT key first).</summary>
    public static void Create(SchemaBuilder db, IEnumerable<string[]> tables)
    {
        foreach (var table in tables)
            db.Sql(CreateSql(table[0], table[1], table[2..]));
    }

    /// <summary>Drops what <see cref="Create"/> made, newest first.</summary>
    public static void Drop(SchemaBuilder db, IEnumerable<string[]> tables)
    {
        foreach (var table in tables.Reverse())
            db.Sql($"drop table v2.{table[0]}__{table[1]};");
    }

    public static string CreateSql(string database, string table, IReadOnlyList<string> contractColumns)
    {
        var name = $"v2.{database}__{table}";
        var prefix = $"{database}__{table}";
        const string noIssues = "'{}'::text[]";
        var textColumns = string.Concat(contractColumns.Select(column => $"    {column} text,\n"));
        return $"""
            create table {name} (
                load_id bigint not null constraint fk_{prefix}__load_id references v2.loads (id),
                line_no integer not null,
                legacy_id bigint not null,
                row_hash text not null,
                encoding_issues text[] not null default {noIssues},
            {textColumns}    constraint pk_{prefix} primary key (legacy_id)
            );
            create index ix_{prefix}__load_id on {name} (load_id);
            comment on table {name} is 'Raw staging of v2 {database}.{table} (docs/v2/extract-contract.md): each contract column as the text of the extract, \N as null; one row per data line of the current load.';
            comment on column {name}.load_id is 'The v2.loads row (file load) that staged this line.';
            comment on column {name}.line_no is 'Line of the file the row came from; the header is line 1.';
            comment on column {name}.legacy_id is 'The v2 INT key ({contractColumns[0]}) parsed to a number; the import walks the table in this order.';
            comment on column {name}.row_hash is 'SHA-256 of the staged field values, kept as source_checksum in public.id_mappings to tell a changed v2 row from an unchanged one.';
            comment on column {name}.encoding_issues is 'column:problem for each field that was not clean UTF-8 (invalid_utf8 read as cp1252, double_encoded repaired).';
            """;
    }
}
