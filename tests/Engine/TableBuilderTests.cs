using Finnest.Database;
using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Tests.Engine;

/// <summary>The builder's SQL, pinned: a change to what every table gets shows up here first.</summary>
public sealed class TableBuilderTests
{
    private static string Sql(Action<SchemaBuilder> build, long? version = null)
    {
        var db = new SchemaBuilder(version);
        build(db);
        return string.Join("\n", db.Statements);
    }

    private const long AfterRegistry = SchemaRegistry.Version + 100;

    private static void Shifts(SchemaBuilder db) => db.TenantTable("roster.shifts", "Shifts.", t =>
    {
        t.SoftRef("site_id", "clients.sites");
        t.Encrypted("notes_encrypted");
    });

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

    [Fact]
    public void the_builder_records_kind_soft_references_sensitive_columns_unique_keys_and_partition_as_structure()
    {
        var db = new SchemaBuilder();
        db.TenantTable("roster.shifts", "Shifts.", t =>
        {
            t.SoftRef("site_id", "clients.sites").Comment("A later comment no longer loses the link.");
            t.Text("code").NotNull();
            t.Unique("code");
            t.Encrypted("notes_encrypted");
        });
        db.AppendOnlyLog("timekeep.clock_events", "Clock events.", t => t.Timestamp("occurred_at").NotNull(), partitionColumn: "occurred_at");

        var shifts = db.Tables[0];
        Assert.Equal(TableKind.Tenant, shifts.Kind);
        Assert.Equal([new SoftReference("site_id", "clients.sites")], shifts.SoftReferences);
        Assert.Equal(["notes_encrypted"], shifts.SensitiveColumns);
        Assert.Equal("uq_shifts__org_id_code", Assert.Single(shifts.UniqueKeys).Name);
        Assert.Equal(["org_id", "code"], shifts.UniqueKeys[0].Columns);
        Assert.Null(shifts.Partition);
        Assert.Equal(new PartitionSpec("occurred_at"), db.Tables[1].Partition);
    }

    [Fact]
    public void a_unique_key_covers_a_foreign_key_it_leads_with_so_no_second_index_is_made()
    {
        var sql = Sql(db => db.TenantTable("people.leave_balances", "Balances.", t =>
        {
            t.TenantRef("employee_id", "people.employees").NotNull();
            t.Date("as_at").NotNull();
            t.Unique("employee_id", "as_at");
        }));

        Assert.Contains("constraint uq_leave_balances__org_id_employee_id_as_at unique (org_id, employee_id, as_at)", sql);
        Assert.DoesNotContain("create index ix_leave_balances__org_id_employee_id ", sql);
    }

    [Fact]
    public void migrations_up_to_the_registry_write_no_registry_rows()
    {
        Assert.DoesNotContain("finnest.registered_tables", Sql(Shifts, SchemaRegistry.Version - 1));
        Assert.DoesNotContain("finnest.registered_tables", Sql(Shifts));
    }

    [Fact]
    public void a_migration_after_the_registry_registers_its_table_right_after_creating_it()
    {
        var statements = new SchemaBuilder(AfterRegistry);
        Shifts(statements);

        Assert.StartsWith("create table roster.shifts (", statements.Statements[0]);
        Assert.Equal($"insert into finnest.registered_tables (table_name, kind, registered_by) values\n    ('roster.shifts', 'tenant', {AfterRegistry});", statements.Statements[1]);
        Assert.Equal("insert into finnest.soft_references (table_name, column_name, target_table) values\n    ('roster.shifts', 'site_id', 'clients.sites');", statements.Statements[2]);
        Assert.Equal("insert into finnest.sensitive_columns (table_name, column_name) values\n    ('roster.shifts', 'notes_encrypted');", statements.Statements[3]);
    }

    [Fact]
    public void a_log_after_the_registry_is_registered_before_its_partition_spec_which_references_it()
    {
        var sql = Sql(db => db.AppendOnlyLog("timekeep.clock_events", "Clock events.", t => t.Timestamp("occurred_at").NotNull(), partitionColumn: "occurred_at"), AfterRegistry);

        Assert.True(sql.IndexOf("insert into finnest.registered_tables", StringComparison.Ordinal) <
                    sql.IndexOf("insert into finnest.partitioned_tables", StringComparison.Ordinal));
        Assert.Contains("('timekeep.clock_events', 'append_only_log', ", sql);
    }

    [Fact]
    public void a_derived_down_drops_the_tables_up_created_newest_first_with_their_registry_rows_and_trigger_functions()
    {
        void Up(SchemaBuilder db)
        {
            Shifts(db);
            db.TenantTable("roster.shift_notes", "Notes.", t =>
            {
                t.TenantRef("shift_id", "roster.shifts").NotNull();
                t.Trigger("check_note", "before insert", "roster.check_note", "Checks a note.", "create function roster.check_note() returns trigger language plpgsql as $$ begin return new; end $$;");
            });
        }

        var down = new SchemaBuilder(AfterRegistry);
        down.DropWhatUpCreated(Up);

        Assert.Equal(
        [
            "delete from finnest.partitioned_tables where parent_table = 'roster.shift_notes';",
            "delete from finnest.registered_tables where table_name = 'roster.shift_notes';",
            "drop table roster.shift_notes;",
            "delete from finnest.partitioned_tables where parent_table = 'roster.shifts';",
            "delete from finnest.registered_tables where table_name = 'roster.shifts';",
            "drop table roster.shifts;",
            "drop function roster.check_note();",
        ], down.Statements);
    }

    [Fact]
    public void the_trigger_helper_writes_function_comment_revoke_and_trigger_in_that_order()
    {
        var sql = Sql(db => db.TenantTable("benefits.rewards_points", "Points.", t =>
            t.Trigger("apply_points_movement", "before insert or update or delete", "benefits.apply_points_movement", "Keeps the ledger.",
                "create function benefits.apply_points_movement() returns trigger language plpgsql as $$ begin return new; end $$;")));

        var tail = sql.Split('\n')[^4..];
        Assert.Equal(
        [
            "create function benefits.apply_points_movement() returns trigger language plpgsql as $$ begin return new; end $$;",
            "comment on function benefits.apply_points_movement() is 'Keeps the ledger.';",
            "revoke execute on function benefits.apply_points_movement() from public;",
            "create trigger apply_points_movement before insert or update or delete on benefits.rewards_points for each row execute function benefits.apply_points_movement();",
        ], tail);
    }

    [Fact]
    public void an_attached_trigger_passes_its_arguments_as_literals_and_a_deferrable_one_is_a_constraint_trigger()
    {
        var sql = Sql(db => db.TenantTable("timekeep.breaks", "Breaks.", t =>
        {
            t.AttachTrigger("refuse_locked_period", "before insert or update or delete", "timekeep.refuse_locked_period", arguments: ["work_date"]);
            t.AttachTrigger("check_totals", "after insert or update", "timekeep.check_totals", deferrable: "initially deferred");
        }));

        Assert.Contains("create trigger refuse_locked_period before insert or update or delete on timekeep.breaks for each row execute function timekeep.refuse_locked_period('work_date');", sql);
        Assert.Contains("create constraint trigger check_totals after insert or update on timekeep.breaks deferrable initially deferred for each row execute function timekeep.check_totals();", sql);
    }

    [Fact]
    public void the_same_trigger_name_twice_on_one_table_fails_at_build_time()
    {
        var e = Assert.Throws<ArgumentException>(() => Sql(db => db.TenantTable("timekeep.breaks", "Breaks.", t =>
        {
            t.AttachTrigger("refuse_locked_period", "before insert", "timekeep.refuse_locked_period");
            t.AttachTrigger("refuse_locked_period", "before update", "timekeep.refuse_locked_period");
        })));
        Assert.Contains("trigger refuse_locked_period is declared twice", e.Message);
    }

    [Fact]
    public void the_trigger_helper_refuses_a_definition_of_another_function()
    {
        var e = Assert.Throws<ArgumentException>(() => Sql(db => db.TenantTable("benefits.perks", "Perks.", t =>
            t.Trigger("check_perk", "before insert", "benefits.check_perk", "Checks.", "create function benefits.other() returns trigger as $$ $$;"))));
        Assert.Contains("must create benefits.check_perk() returns trigger", e.Message);
    }

    [Fact]
    public void every_kind_has_a_registry_name_that_reads_back_and_an_unknown_name_is_refused()
    {
        foreach (var kind in Enum.GetValues<TableKind>())
            Assert.Equal(kind, TableKinds.FromRegistryName(kind.RegistryName()));
        Assert.Equal(["tenant", "reference", "append_only_log", "tenant_root"], TableKinds.RegistryNames);
        Assert.Contains("unknown table kind 'view'", Assert.Throws<ArgumentException>(() => TableKinds.FromRegistryName("view")).Message);
    }

    [Fact]
    public void only_the_tenant_root_compares_its_own_id_and_only_reference_tables_go_without_row_level_security()
    {
        Assert.Equal("id", KindRules.For(TableKind.TenantRoot).RlsColumn);
        Assert.Equal("org_id", KindRules.For(TableKind.Tenant).RlsColumn);
        Assert.Equal("org_id", KindRules.For(TableKind.AppendOnlyLog).RlsColumn);
        Assert.Null(KindRules.For(TableKind.Reference).RlsColumn);
        Assert.DoesNotContain("row level security", Sql(db => db.ReferenceTable("compliance.awards", "Awards.", _ => { })));
        Assert.Contains("using (id = (select finnest.current_org_id()))", Sql(db => db.TenantRootTable("public.organisations", "Tenants.", _ => { })));
    }

    [Fact]
    public void every_migration_drops_every_table_its_up_created()
    {
        var migrations = FinnestMigrations.Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsSubclassOf(typeof(Migration)))
            .Select(t => (Migration)Activator.CreateInstance(t)!).ToList();
        Assert.True(migrations.Count > 20);
        foreach (var migration in migrations)
        {
            var up = new SchemaBuilder();
            migration.Up(up);
            var down = new SchemaBuilder();
            migration.Down(down);
            foreach (var table in up.Tables)
                Assert.Contains($"drop table {table.QualifiedName};", down.Statements);
        }
    }
}
