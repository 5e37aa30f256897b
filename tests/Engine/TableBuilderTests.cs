using Finnest.Database.Schema;

namespace Finnest.Database.Tests.Engine;

/// <summary>The builder's SQL, pinned: a change to what every table gets shows up here first.</summary>
public sealed class TableBuilderTests
{
    private static string Sql(Action<SchemaBuilder> build)
    {
        var db = new SchemaBuilder();
        build(db);
        return string.Join("\n", db.Statements);
    }

    [Fact]
    public void tenant_table_gets_standard_columns_keys_rls_audit_and_grants()
    {
        var sql = Sql(db => db.TenantTable("people.employee_notes", "Notes about an employee.", t =>
        {
            t.TenantRef("employee_id", "people.employees").NotNull();
            t.Text("body").NotNull().Comment("The note.");
            t.Text("visibility").NotNull().In("staff", "payroll");
            t.Encrypted("secret");
        }));

        Assert.Equal("""
            create table people.employee_notes (
                id uuid not null default gen_random_uuid(),
                org_id uuid not null,
                employee_id uuid not null,
                body text not null,
                visibility text not null,
                secret bytea,
                metadata jsonb not null default '{}'::jsonb,
                inserted_at timestamptz not null default now(),
                updated_at timestamptz not null default now(),
                deleted_at timestamptz,
                constraint pk_employee_notes primary key (id),
                constraint uq_employee_notes__org_id_id unique (org_id, id),
                constraint fk_employee_notes__org_id foreign key (org_id) references public.organisations (id),
                constraint fk_employee_notes__employee_id foreign key (org_id, employee_id) references people.employees (org_id, id),
                constraint ck_employee_notes__visibility check (visibility in ('staff', 'payroll'))
            );
            create index ix_employee_notes__org_id_inserted_at on people.employee_notes (org_id, inserted_at) where deleted_at is null;
            create index ix_employee_notes__org_id_employee_id on people.employee_notes (org_id, employee_id);
            comment on table people.employee_notes is 'Notes about an employee.';
            comment on column people.employee_notes.org_id is 'Owning organisation (tenant); row-level security filters on it.';
            comment on column people.employee_notes.body is 'The note.';
            comment on column people.employee_notes.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
            comment on column people.employee_notes.metadata is 'Industry- or tenant-specific extension fields.';
            alter table people.employee_notes enable row level security;
            alter table people.employee_notes force row level security;
            create policy tenant_isolation on people.employee_notes for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
            grant select, insert, update on people.employee_notes to finnest_app;
            grant select on people.employee_notes to finnest_readonly;
            create trigger set_updated_at before update on people.employee_notes for each row execute function finnest.set_updated_at();
            create trigger audit_insert after insert on people.employee_notes referencing new table as new_rows for each statement execute function finnest.audit_statement('secret');
            create trigger audit_update after update on people.employee_notes referencing old table as old_rows new table as new_rows for each statement execute function finnest.audit_statement('secret');
            create trigger audit_delete after delete on people.employee_notes referencing old table as old_rows for each statement execute function finnest.audit_statement('secret');
            """.Replace("\r\n", "\n"), sql);
    }

    [Fact]
    public void a_migration_older_than_statement_level_audit_still_renders_its_row_level_trigger()
    {
        // Applied migrations are checksummed over their SQL: theirs must not change.
        var db = new SchemaBuilder(TableBuilder.StatementAuditSince - 1);
        db.TenantTable("people.employee_notes", "Notes.", t => t.Encrypted("secret_encrypted"));
        var sql = string.Join("\n", db.Statements);

        Assert.Contains("create trigger audit_row after insert or update or delete on people.employee_notes for each row execute function finnest.audit_row('secret_encrypted');", sql);
        Assert.DoesNotContain("audit_statement", sql);
    }

    [Fact]
    public void a_migration_from_statement_level_audit_on_gets_one_trigger_per_event_with_transition_tables()
    {
        var db = new SchemaBuilder(TableBuilder.StatementAuditSince);
        db.TenantTable("people.employee_notes", "Notes.", t => t.Encrypted("secret_encrypted"));
        var sql = string.Join("\n", db.Statements);

        Assert.DoesNotContain("audit_row", sql);
        Assert.Contains("create trigger audit_update after update on people.employee_notes referencing old table as old_rows new table as new_rows for each statement execute function finnest.audit_statement('secret_encrypted');", sql);
    }

    [Fact]
    public void reference_table_is_read_only_for_the_app_and_has_no_tenant()
    {
        var sql = Sql(db => db.ReferenceTable("compliance.awards", "Modern awards.", t =>
        {
            t.Text("code").NotNull().Matches("^MA[0-9]{6}$").UniqueWhileActive();
        }));

        Assert.DoesNotContain("org_id", sql);
        Assert.DoesNotContain("row level security", sql);
        Assert.DoesNotContain("audit_row", sql);
        Assert.Contains("grant select on compliance.awards to finnest_app;", sql);
        Assert.Contains("constraint ck_awards__code_format check (code ~ '^MA[0-9]{6}$')", sql);
        Assert.Contains("create unique index uq_awards__code on compliance.awards (code) where deleted_at is null;", sql);
        Assert.Contains("create trigger set_updated_at before update on compliance.awards", sql);
    }

    [Fact]
    public void append_only_log_is_partitioned_immutable_and_registered_for_maintenance()
    {
        var sql = Sql(db => db.AppendOnlyLog("timekeep.clock_events", "Clock events.", t =>
        {
            t.Timestamp("occurred_at").NotNull();
            t.Text("event_type").NotNull().In("clock_in", "clock_out");
        }, partitionColumn: "occurred_at"));

        Assert.Contains(") partition by range (occurred_at);", sql);
        Assert.Contains("constraint pk_clock_events primary key (id, occurred_at)", sql);
        Assert.DoesNotContain("deleted_at", sql);
        Assert.DoesNotContain("updated_at", sql);
        Assert.Contains("grant select, insert on timekeep.clock_events to finnest_app;", sql);
        Assert.Contains("create trigger block_update_delete before update or delete on timekeep.clock_events for each row", sql);
        Assert.Contains("create trigger block_truncate before truncate on timekeep.clock_events for each statement", sql);
        Assert.Contains("create table timekeep.clock_events_default partition of timekeep.clock_events default;", sql);
        Assert.Contains("create trigger block_truncate before truncate on timekeep.clock_events_default", sql);
        Assert.Contains("insert into finnest.partitioned_tables (parent_table, partition_column) values ('timekeep.clock_events', 'occurred_at');", sql);
    }

    [Fact]
    public void soft_reference_is_indexed_and_commented_but_has_no_foreign_key()
    {
        var sql = Sql(db => db.TenantTable("roster.shifts", "Shifts.", t => t.SoftRef("site_id", "clients.sites")));

        Assert.DoesNotContain("references clients.sites", sql);
        Assert.Contains("create index ix_shifts__org_id_site_id on roster.shifts (org_id, site_id);", sql);
        Assert.Contains("comment on column roster.shifts.site_id is 'Soft reference to clients.sites (no FK: cross-domain).';", sql);
    }

    [Fact]
    public void a_period_check_is_named_after_its_bounds()
    {
        var sql = Sql(db => db.TenantTable("people.contracts", "Contracts.", t =>
        {
            t.Date("start_date").NotNull();
            t.Date("end_date");
            t.Timestamp("signed_at");
            t.Timestamp("countersigned_at");
            t.Period("start_date", "end_date");
            t.Period("signed_at", "countersigned_at", strict: true);
        }));

        Assert.Contains("constraint ck_contracts__end_date_after_start_date check (end_date >= start_date)", sql);
        Assert.Contains("constraint ck_contracts__countersigned_at_after_signed_at check (countersigned_at > signed_at)", sql);
    }

    [Fact]
    public void unique_keys_on_tenant_tables_lead_with_org_id()
    {
        var sql = Sql(db => db.TenantTable("public.tags", "Tags.", t =>
        {
            t.Text("name").NotNull();
            t.Unique("name");
        }));

        Assert.Contains("constraint uq_tags__org_id_name unique (org_id, name)", sql);
    }

    [Fact]
    public void a_foreign_key_already_covered_by_an_index_gets_no_second_index()
    {
        var sql = Sql(db => db.TenantTable("people.leave_requests", "Leave.", t =>
        {
            t.TenantRef("employee_id", "people.employees").NotNull();
            t.Index("employee_id", "inserted_at");
        }));

        Assert.DoesNotContain("ix_leave_requests__org_id_employee_id on", sql);
        Assert.Contains("create index ix_leave_requests__org_id_employee_id_inserted_at", sql);
    }

    [Fact]
    public void a_live_rows_index_on_exactly_a_foreign_key_keeps_its_name_and_the_full_index_gets_an_fk_suffix()
    {
        var sql = Sql(db => db.TenantTable("people.leave_balances", "Balances.", t =>
        {
            t.TenantRef("employee_id", "people.employees").NotNull();
            t.ActiveIndex("employee_id");
        }));

        Assert.Contains("create index ix_leave_balances__org_id_employee_id on people.leave_balances (org_id, employee_id) where deleted_at is null;", sql);
        Assert.Contains("create index ix_leave_balances__org_id_employee_id_fk on people.leave_balances (org_id, employee_id);", sql);
    }

    [Fact]
    public void names_longer_than_63_characters_are_shortened_with_a_hash_not_truncated()
    {
        var sql = Sql(db => db.TenantTable("onboard.identity_checklists", "Checklists.", t =>
            t.TenantRef("a_really_quite_long_verifiable_document_id", "onboard.verifiable_documents")));

        var fk = sql.Split('\n').Single(l => l.Contains("foreign key (org_id, a_really"));
        var name = fk.Trim().Split(' ')[1];
        Assert.True(name.Length <= 63, name);
        Assert.StartsWith("fk_identity_checklists__a_really_quite_long_verifiable_", name);
        Assert.Matches("_[0-9a-f]{8}$", name);
    }

    [Fact]
    public void declaring_the_same_constraint_twice_fails_at_build_time()
    {
        Assert.Throws<ArgumentException>(() => Sql(db => db.TenantTable("people.contracts", "Contracts.", t =>
        {
            t.Text("status").In("draft");
            t.Check("status", "true");
            t.Text("kind").Check("kind <> ''").Check("kind <> 'x'");
        })));
    }

    [Fact]
    public void declaring_a_standard_column_again_fails_at_build_time()
    {
        Assert.Throws<ArgumentException>(() => Sql(db => db.TenantTable("people.contracts", "Contracts.", t => t.Uuid("org_id"))));
    }

    [Fact]
    public void reference_data_rows_are_rendered_as_literals()
    {
        var sql = Sql(db => db.InsertRows("compliance.awards", ["code", "title", "effective_from", "weekly", "active"],
        [
            ["MA000004", "General Retail Industry Award 2020", new DateOnly(2025, 7, 1), 1008.90m, true],
            ["MA000009", "O'Brien's award", null, new SqlExpression("(select 1)"), false],
        ]));

        Assert.Equal("""
            insert into compliance.awards (code, title, effective_from, weekly, active) values
                ('MA000004', 'General Retail Industry Award 2020', '2025-07-01', 1008.90, true),
                ('MA000009', 'O''Brien''s award', null, (select 1), false);
            """.Replace("\r\n", "\n"), sql);
    }
}
