using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.V2;

/// <summary>
/// Raw staging for the operations tables of the v2 extract (issue 11): roster codes and rule sets, allowance types,
/// timesheet allowances, super fund details and the client messaging portal. Same shape as the staging tables of
/// V202612040100: the load bookkeeping columns, then one text column per contract column, keyed by the parsed v2 id.
/// Schema v2 is visible to the migrator roles only, so these tables need no grants of their own.
/// </summary>
[Migration(202612100100, "v2: staging for roster codes and rules, allowances, timesheet allowances, super funds, client messaging")]
public sealed class V202612100100_V2OperationsStaging : Migration
{
    // Frozen at this version: the extract contract's columns of each table (first column the INT key).
    private static readonly (string Database, string Table, string[] Columns)[] Staged =
    [
        ("admin_central", "roster_codes", ["id", "code", "description", "type", "start_time", "end_time", "break_minutes", "colour", "active", "modified"]),
        ("admin_central", "roster_rule_set", ["id", "name", "employment_type", "min_engagement", "min_rest_hours", "max_week_hours", "max_day_hours", "max_shift_hours",
            "max_consecutive_days", "meal_break_after", "meal_break_minutes", "span_start", "span_end", "effective_from", "effective_to", "modified"]),
        ("admin_central", "allowances", ["id", "code", "name", "category", "unit", "rate", "taxable", "super", "active", "modified"]),
        ("admin_central", "timesheets_allowances", ["id", "timesheet_id", "allowance_id", "allowance_date", "units", "rate", "amount", "modified"]),
        ("admin_central", "super_fund_details", ["id", "candidate_id", "fund_name", "usi", "abn", "member_no", "smsf", "bsb", "account_no", "account_name", "esa",
            "stapled", "effective_from", "modified"]),
        ("admin_central", "clientmessaging_threads", ["id", "client_id", "consultant_id", "subject", "status", "closed", "created", "modified"]),
        ("admin_central", "clientmessaging_messages", ["id", "thread_id", "sender", "consultant_id", "contact_name", "body", "sent"]),
    ];

    public override void Up(SchemaBuilder db)
    {
        foreach (var (database, table, columns) in Staged)
            db.Sql(V2StagingTable.CreateSql(database, table, columns));
        // Children are looked up by their parent's v2 id while the parent's batch is transformed.
        db.Sql("create index ix_admin_central__timesheets_allowances__timesheet_id on v2.admin_central__timesheets_allowances (timesheet_id);");
        db.Sql("create index ix_admin_central__clientmessaging_messages__thread_id on v2.admin_central__clientmessaging_messages (thread_id);");

        // Staged fields Finnest keeps only encrypted (an SMSF's bank account number) are sealed in the toolkit's
        // process with FieldEncryption, which SQL cannot do; the set-based import then reads the envelopes here.
        db.Sql("""
            create table v2.sealed_values (
                source_table text not null,
                legacy_id bigint not null,
                column_name text not null,
                row_hash text not null,
                envelope bytea not null constraint ck_sealed_values__envelope check (finnest.is_field_envelope(envelope)),
                sealed_at timestamptz not null default now(),
                constraint pk_sealed_values primary key (source_table, legacy_id, column_name)
            );
            comment on table v2.sealed_values is 'Encrypted copies of staged sensitive fields (e.g. admin_central.super_fund_details.account_no), sealed by v2 import before the phase that writes them; the import writes the envelope, never the clear value.';
            comment on column v2.sealed_values.source_table is 'database.table of the extract the field comes from.';
            comment on column v2.sealed_values.legacy_id is 'v2 id of the staged row.';
            comment on column v2.sealed_values.column_name is 'Contract column sealed, e.g. account_no.';
            comment on column v2.sealed_values.row_hash is 'row_hash of the staged row when it was sealed: a re-staged, changed row is sealed again, an unchanged one keeps its envelope.';
            comment on column v2.sealed_values.envelope is 'FieldEncryption version 1 envelope of the digits of the value (checked by finnest.is_field_envelope).';
            """);
    }

    public override void Down(SchemaBuilder db)
    {
        db.Sql("drop table v2.sealed_values;");
        foreach (var (database, table, _) in Staged.AsEnumerable().Reverse())
            db.Sql($"drop table v2.{database}__{table};");
    }
}
