using System.Security.Cryptography;
using System.Text;

namespace Finnest.Database.Schema;

/// <summary>
/// Describes one table. The standard columns, keys, indexes, triggers, row-level security,
/// grants and comments of its <see cref="TableKind"/> are added by construction
/// (docs/design/CONVENTIONS.md), so a migration lists only what is particular to the table.
/// What it learns about the table is kept as a <see cref="TableModel"/> for the schema registry.
/// </summary>
public sealed class TableBuilder
{
    private readonly List<ColumnBuilder> _columns = [];
    private readonly List<NamedConstraint> _constraints = [];
    private readonly List<IndexBuilder> _indexes = [];
    private readonly List<string> _sensitive = [];
    private readonly List<SoftReference> _softReferences = [];
    private readonly List<string> _triggers = [];
    private readonly List<string> _triggerFunctions = [];
    private readonly List<string> _extraSql = [];
    private bool _metadata;
    private readonly long? _migrationVersion;

    internal TableBuilder(TableKind kind, string qualifiedName, string comment, string partitionColumn, long? migrationVersion = null)
    {
        _migrationVersion = migrationVersion;
        (Schema, Name) = SqlNames.Split(qualifiedName);
        Kind = kind;
        Comment = comment;
        PartitionColumn = partitionColumn;
        Rules = KindRules.For(kind);
        _metadata = Rules.MetadataByDefault;
    }

    public TableKind Kind { get; }

    /// <summary>What this table's kind gets by construction.</summary>
    public KindRules Rules { get; }
    public string Schema { get; }
    public string Name { get; }
    public string QualifiedName => $"{Schema}.{Name}";
    public string Comment { get; }

    /// <summary>The timestamptz column an append-only log is partitioned by.</summary>
    public string PartitionColumn { get; }

    private bool HasOrgId => Rules.HasOrgId;
    private bool HasSoftDelete => Rules.HasSoftDelete;

    // ---- columns ---------------------------------------------------------------------------

    public ColumnBuilder Column(string name, string type)
    {
        if (_columns.Any(c => c.Name == name) || IsStandardColumn(name))
            throw new ArgumentException($"{QualifiedName}: column {name} is declared twice");
        var column = new ColumnBuilder(this, name, type);
        _columns.Add(column);
        return column;
    }

    public ColumnBuilder Text(string name) => Column(name, "text");
    public ColumnBuilder Uuid(string name) => Column(name, "uuid");
    public ColumnBuilder Bool(string name) => Column(name, "boolean");
    public ColumnBuilder Int(string name) => Column(name, "integer");
    public ColumnBuilder BigInt(string name) => Column(name, "bigint");
    public ColumnBuilder Date(string name) => Column(name, "date");
    public ColumnBuilder Timestamp(string name) => Column(name, "timestamptz");
    public ColumnBuilder Jsonb(string name) => Column(name, "jsonb");
    public ColumnBuilder Bytes(string name) => Column(name, "bytea");

    /// <summary>Money in AUD: numeric(14,2).</summary>
    public ColumnBuilder Money(string name) => Column(name, "numeric(14,2)");

    /// <summary>A pay or charge rate: numeric(12,4).</summary>
    public ColumnBuilder Rate(string name) => Column(name, "numeric(12,4)");

    /// <summary>Hours worked or accrued: numeric(6,2).</summary>
    public ColumnBuilder Hours(string name) => Column(name, "numeric(6,2)");

    /// <summary>A multiplier or percentage as a fraction: numeric(6,4), 1.5000 = 150%.</summary>
    public ColumnBuilder Fraction(string name) => Column(name, "numeric(6,4)");

    /// <summary>Encrypted by the application (AES-256) before it reaches the database; always redacted in the audit log.</summary>
    public ColumnBuilder Encrypted(string name) => Bytes(name).Sensitive();

    /// <summary>Adds <c>metadata jsonb</c> to an append-only log (tenant and reference tables have it already).</summary>
    public TableBuilder WithMetadata()
    {
        _metadata = true;
        return this;
    }

    // ---- references ------------------------------------------------------------------------

    /// <summary>
    /// A reference to another tenant table: the composite FK <c>(org_id, column) → target (org_id, id)</c>
    /// makes a cross-tenant reference impossible even though FK checks bypass RLS.
    /// </summary>
    public ColumnBuilder TenantRef(string column, string target, string onDelete = "no action")
    {
        if (!HasOrgId) throw new InvalidOperationException($"{QualifiedName} has no org_id: use Ref");
        var (schema, table) = SqlNames.Split(target);
        var col = Uuid(column);
        AddConstraint($"fk_{Name}__{column}",
            $"foreign key (org_id, {column}) references {schema}.{table} (org_id, id){OnDelete(onDelete)}");
        AddForeignKeyIndex(["org_id", column]);
        return col;
    }

    /// <summary>A plain FK to a reference table or to a table without org_id.</summary>
    public ColumnBuilder Ref(string column, string target, string onDelete = "no action")
    {
        var (schema, table) = SqlNames.Split(target);
        var col = Uuid(column);
        AddConstraint($"fk_{Name}__{column}", $"foreign key ({column}) references {schema}.{table} (id){OnDelete(onDelete)}");
        AddForeignKeyIndex([column]);
        return col;
    }

    /// <summary>
    /// A reference into another domain schema: no FK (domains stay apart and talk through events),
    /// but indexed, commented with its target, and recorded in the schema registry
    /// (finnest.soft_references), which is where the data dictionary reads the link from.
    /// </summary>
    public ColumnBuilder SoftRef(string column, string target, string? comment = null)
    {
        var (schema, table) = SqlNames.Split(target);
        _softReferences.Add(new SoftReference(SqlNames.Checked(column), $"{schema}.{table}"));
        var col = Uuid(column).Comment($"Soft reference to {target} (no FK: cross-domain).{(comment is null ? "" : " " + comment)}");
        AddForeignKeyIndex(HasOrgId ? ["org_id", column] : [column]);
        return col;
    }

    private static string OnDelete(string action) => action switch
    {
        "no action" => "",
        "cascade" or "restrict" or "set null" => $" on delete {action}",
        _ => throw new ArgumentException($"unknown on delete action '{action}'"),
    };

    private void AddForeignKeyIndex(string[] columns)
    {
        // The index is created at the end, after explicit indexes, and skipped if one of those already leads with these columns.
        _pendingFkIndexes.Add(columns);
    }

    private readonly List<string[]> _pendingFkIndexes = [];

    // ---- constraints and indexes -----------------------------------------------------------

    /// <summary>A table-level check named <c>ck_&lt;table&gt;__&lt;rule&gt;</c>.</summary>
    public TableBuilder Check(string rule, string expression)
    {
        AddConstraint($"ck_{Name}__{SqlNames.Checked(rule)}", $"check ({expression})");
        return this;
    }

    /// <summary>
    /// A period's end is not before its start (<paramref name="strict"/>: strictly after, for
    /// instants): <c>ck_&lt;table&gt;__&lt;end&gt;_after_&lt;start&gt;</c>. Open periods pass, as a
    /// CHECK that meets a null bound is not violated.
    /// </summary>
    public TableBuilder Period(string start, string end, bool strict = false)
    {
        AddConstraint($"ck_{Name}__{SqlNames.Checked(end)}_after_{SqlNames.Checked(start)}", $"check ({end} {(strict ? ">" : ">=")} {start})");
        return this;
    }

    /// <summary>
    /// A unique constraint (tenant tables: org_id is put first, because a unique check
    /// bypasses RLS and would otherwise reveal another tenant's keys).
    /// </summary>
    public TableBuilder Unique(params string[] columns)
    {
        var cols = TenantLeading(columns);
        AddConstraint(DerivedName("uq", cols), $"unique ({string.Join(", ", cols)})", cols);
        return this;
    }

    /// <summary>A business key that may be reused after a soft delete: a partial unique index on live rows.</summary>
    public IndexBuilder UniqueWhileActive(params string[] columns)
    {
        var index = new IndexBuilder(this, TenantLeading(columns), unique: true);
        if (HasSoftDelete) index.WhereActive();
        _indexes.Add(index);
        return index;
    }

    /// <summary>An index; on tenant tables org_id leads, as every tenant query filters by it.</summary>
    public IndexBuilder Index(params string[] columns)
    {
        var index = new IndexBuilder(this, TenantLeading(columns), unique: false);
        _indexes.Add(index);
        return index;
    }

    /// <summary>
    /// An index without the org_id prefix: for lookups by a globally unique key (a uuid from
    /// another system, a correlation id) where the tenant filter is applied to the few rows found.
    /// </summary>
    public IndexBuilder GlobalIndex(params string[] columns)
    {
        var index = new IndexBuilder(this, columns, unique: false);
        _indexes.Add(index);
        return index;
    }

    /// <summary>An index over live rows only: the main access path of a soft-deleting table.</summary>
    public IndexBuilder ActiveIndex(params string[] columns)
    {
        if (!HasSoftDelete) throw new InvalidOperationException($"{QualifiedName} has no deleted_at");
        return Index(columns).WhereActive();
    }

    /// <summary>Any other named constraint, e.g. an exclusion constraint: <c>Constraint("ex_shift_assignments__no_overlap", "exclude using gist (...)")</c>.</summary>
    public TableBuilder Constraint(string name, string definition)
    {
        AddConstraint(SqlNames.Checked(name), definition);
        return this;
    }

    /// <summary>SQL to run right after the table exists (e.g. a table-specific trigger).</summary>
    public TableBuilder After(string sql)
    {
        _extraSql.Add(sql);
        return this;
    }

    /// <summary>
    /// A row trigger with a function of its own, written by construction: <paramref name="createFunction"/>
    /// (the <c>create function schema.name() returns trigger …</c> statement, as written), then the
    /// function's comment, EXECUTE revoked from PUBLIC, and the trigger (<see cref="AttachTrigger"/>).
    /// A derived Down drops the function after the table.
    /// </summary>
    public TableBuilder Trigger(string trigger, string events, string function, string comment, string createFunction, string? deferrable = null)
    {
        var (schema, name) = SqlNames.Split(function);
        if (!createFunction.TrimStart().StartsWith($"create function {schema}.{name}() returns trigger", StringComparison.Ordinal))
            throw new ArgumentException($"{QualifiedName}: the definition of trigger {trigger} must create {schema}.{name}() returns trigger");
        _extraSql.Add(createFunction);
        _extraSql.Add($"comment on function {schema}.{name}() is {SqlNames.Literal(comment)};");
        _extraSql.Add($"revoke execute on function {schema}.{name}() from public;");
        _triggerFunctions.Add($"{schema}.{name}()");
        return AttachTrigger(trigger, events, function, deferrable: deferrable);
    }

    /// <summary>
    /// A row trigger on this table running an existing trigger function with literal
    /// <paramref name="arguments"/>: <c>create trigger <paramref name="trigger"/> <paramref name="events"/>
    /// on this table for each row execute function f(…)</c>. <paramref name="events"/> reads like
    /// <c>"before insert or update of status"</c>; <paramref name="deferrable"/> (<c>"initially deferred"</c>
    /// or <c>"initially immediate"</c>) makes it a constraint trigger.
    /// </summary>
    public TableBuilder AttachTrigger(string trigger, string events, string function, string[]? arguments = null, string? deferrable = null)
    {
        var (schema, name) = SqlNames.Split(function);
        if (_triggers.Contains(SqlNames.Checked(trigger)))
            throw new ArgumentException($"{QualifiedName}: trigger {trigger} is declared twice");
        if (deferrable is not (null or "initially deferred" or "initially immediate"))
            throw new ArgumentException($"{QualifiedName}: trigger {trigger} is deferrable 'initially deferred' or 'initially immediate', not '{deferrable}'");
        _triggers.Add(trigger);
        var call = $"for each row execute function {schema}.{name}({string.Join(", ", (arguments ?? []).Select(SqlNames.Literal))});";
        _extraSql.Add(deferrable is null
            ? $"create trigger {trigger} {events} on {QualifiedName} {call}"
            : $"create constraint trigger {trigger} {events} on {QualifiedName} deferrable {deferrable} {call}");
        return this;
    }

    /// <summary>Functions this table's triggers created (signatures), for a derived Down.</summary>
    internal IEnumerable<string> TriggerFunctions => _triggerFunctions;

    /// <summary>A named table constraint; a unique constraint keeps its column list so no code has to read it back out of SQL.</summary>
    private sealed record NamedConstraint(string Name, string Definition, IReadOnlyList<string>? UniqueColumns);

    internal void AddConstraint(string name, string definition, IReadOnlyList<string>? uniqueColumns = null)
    {
        name = Shortened(name);
        if (_constraints.Any(c => c.Name == name))
            throw new ArgumentException($"{QualifiedName}: constraint {name} is declared twice");
        _constraints.Add(new NamedConstraint(name, definition, uniqueColumns));
    }

    /// <summary>What the schema registry records about this table.</summary>
    internal TableModel Model() => new(Schema, Name, Kind, Comment, _softReferences.ToList(), _sensitive.ToList(),
        _constraints.Where(c => c.UniqueColumns is not null).Select(c => new UniqueKey(c.Name, c.UniqueColumns!)).ToList(),
        Rules.IsPartitioned ? new PartitionSpec(PartitionColumn) : null);

    internal void MarkSensitive(string column)
    {
        if (!_sensitive.Contains(column)) _sensitive.Add(column);
    }

    private string[] TenantLeading(string[] columns) =>
        HasOrgId && columns.Length > 0 && columns[0] != "org_id" ? ["org_id", .. columns] : columns;

    /// <summary>
    /// <c>prefix_table__col1_col2</c>. A name past 63 characters keeps its readable start and ends
    /// in a short hash, so two long names can never truncate to the same identifier.
    /// </summary>
    internal string DerivedName(string prefix, IEnumerable<string> columns)
    {
        var parts = columns.Select(c => c.All(ch => char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '_')
            ? c
            : throw new ArgumentException($"{QualifiedName}: an index on expression {c} needs .Named(...)"));
        return Shortened($"{prefix}_{Name}__{string.Join("_", parts)}");
    }

    internal static string Shortened(string name)
    {
        if (name.Length <= SqlNames.MaxIdentifierLength) return SqlNames.Checked(name);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8];
        return SqlNames.Checked(name[..(SqlNames.MaxIdentifierLength - 9)].TrimEnd('_') + "_" + hash);
    }

    private bool IsStandardColumn(string name) => name switch
    {
        "id" or "inserted_at" => true,
        "org_id" => HasOrgId,
        "updated_at" => Rules.HasUpdatedAt,
        "deleted_at" => HasSoftDelete,
        "metadata" => _metadata,
        _ => false,
    };

    // ---- SQL -------------------------------------------------------------------------------

    internal IEnumerable<string> ToSql()
    {
        var lines = new List<string> { "id uuid not null default gen_random_uuid()" };
        if (HasOrgId) lines.Add("org_id uuid not null");
        lines.AddRange(_columns.Select(c => c.ToSql()));
        if (_metadata) lines.Add("metadata jsonb not null default '{}'::jsonb");
        lines.Add("inserted_at timestamptz not null default now()");
        if (Rules.HasUpdatedAt) lines.Add("updated_at timestamptz not null default now()");
        if (HasSoftDelete) lines.Add("deleted_at timestamptz");

        var keys = new List<string>();
        if (Rules.IsPartitioned)
        {
            if (PartitionColumn != "inserted_at" && _columns.All(c => c.Name != PartitionColumn))
                throw new InvalidOperationException($"{QualifiedName}: partition column {PartitionColumn} is not declared");
            // A partitioned table's primary key must contain the partition column.
            keys.Add($"constraint pk_{Name} primary key (id, {PartitionColumn})");
        }
        else
        {
            keys.Add($"constraint pk_{Name} primary key (id)");
        }
        if (Rules.ReferencedByTenant)
            keys.Add($"constraint uq_{Name}__org_id_id unique (org_id, id)");
        if (HasOrgId)
            keys.Add($"constraint fk_{Name}__org_id foreign key (org_id) references public.organisations (id)");
        keys.AddRange(_constraints.Select(c => $"constraint {c.Name} {c.Definition}"));

        var body = string.Join(",\n", lines.Concat(keys).Select(l => "    " + l));
        var partitioning = Rules.IsPartitioned ? $" partition by range ({PartitionColumn})" : "";
        yield return $"create table {QualifiedName} (\n{body}\n){partitioning};";

        foreach (var sql in IndexSql()) yield return sql;
        foreach (var sql in CommentSql()) yield return sql;
        foreach (var sql in SecuritySql()) yield return sql;
        foreach (var sql in TriggerSql()) yield return sql;
        if (Rules.IsPartitioned)
        {
            // The default partition catches rows outside the monthly window (far past or future),
            // so no insert ever fails for want of a partition; maintenance moves them out later.
            yield return $"create table {QualifiedName}_default partition of {QualifiedName} default;";
            yield return BlockTruncate($"{QualifiedName}_default");
            yield return $"insert into finnest.partitioned_tables (parent_table, partition_column) values ({SqlNames.Literal(QualifiedName)}, {SqlNames.Literal(PartitionColumn)});";
        }
        foreach (var sql in _extraSql) yield return sql;
    }


    private IEnumerable<string> IndexSql()
    {
        var indexes = new List<IndexBuilder>(_indexes);
        if (HasSoftDelete && Rules.ReferencedByTenant && !indexes.Any(i => i.IsPartial))
        {
            // Every tenant table gets at least one live-rows path: its rows of a tenant, newest first.
            indexes.Add(new IndexBuilder(this, ["org_id", "inserted_at"], unique: false).WhereActive());
        }

        IEnumerable<string[]> covered = indexes.Where(i => !i.IsPartial).Select(i => i.Columns.ToArray())
            .Concat(_constraints.Where(c => c.UniqueColumns is not null).Select(c => c.UniqueColumns!.ToArray()));
        if (Rules.ReferencedByTenant) covered = covered.Append(["org_id", "id"]);
        var coveredList = covered.ToList();

        foreach (var fk in _pendingFkIndexes)
        {
            if (coveredList.Any(c => c.Length >= fk.Length && c.Take(fk.Length).SequenceEqual(fk))) continue;
            var index = new IndexBuilder(this, fk, unique: false);
            // A live-rows index on exactly these columns already has the plain name; the full index
            // (which FK checks from the referenced side can use) then says what it is for.
            if (indexes.Any(i => i.Name == index.Name)) index.Named(DerivedName("ix", [.. fk, "fk"]));
            indexes.Add(index);
            coveredList.Add(fk);
        }
        var names = new HashSet<string>();
        foreach (var index in indexes)
        {
            if (!names.Add(index.Name)) throw new ArgumentException($"{QualifiedName}: index {index.Name} is declared twice");
            yield return index.ToSql();
        }
    }

    private IEnumerable<string> CommentSql()
    {
        yield return $"comment on table {QualifiedName} is {SqlNames.Literal(Comment)};";
        if (HasOrgId)
            yield return $"comment on column {QualifiedName}.org_id is 'Owning organisation (tenant); row-level security filters on it.';";
        foreach (var c in _columns.Where(c => c.CommentText is not null))
            yield return $"comment on column {QualifiedName}.{c.Name} is {SqlNames.Literal(c.CommentText!)};";
        if (HasSoftDelete)
            yield return $"comment on column {QualifiedName}.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';";
        if (_metadata)
            yield return $"comment on column {QualifiedName}.metadata is 'Industry- or tenant-specific extension fields.';";
    }

    private IEnumerable<string> SecuritySql()
    {
        if (Rules.RlsColumn is { } tenantColumn)
        {
            yield return $"alter table {QualifiedName} enable row level security;";
            yield return $"alter table {QualifiedName} force row level security;";
            yield return $"create policy tenant_isolation on {QualifiedName} for all " +
                         $"using ({tenantColumn} = (select finnest.current_org_id())) " +
                         $"with check ({tenantColumn} = (select finnest.current_org_id()));";
        }
        yield return $"grant {Rules.AppPrivileges} on {QualifiedName} to finnest_app;";
        yield return $"grant select on {QualifiedName} to finnest_readonly;";
    }

    private IEnumerable<string> TriggerSql()
    {
        if (Rules.IsPartitioned)
        {
            yield return $"create trigger block_update_delete before update or delete on {QualifiedName} for each row execute function finnest.block_update_delete();";
            yield return BlockTruncate(QualifiedName);
            yield break;
        }
        yield return $"create trigger set_updated_at before update on {QualifiedName} for each row execute function finnest.set_updated_at();";
        if (Rules.Audited)
            foreach (var sql in AuditTriggerSql(QualifiedName, _sensitive, _migrationVersion)) yield return sql;
    }

    /// <summary>Version of the migration that moved every tenant table to statement-level audit triggers.</summary>
    public const long StatementAuditSince = 202612020100;

    /// <summary>
    /// The audit triggers of a tenant table, redacting <paramref name="sensitive"/> columns.
    /// Migrations before <see cref="StatementAuditSince"/> keep the row-level audit_row they were
    /// applied (and checksummed) with; from then on three statement-level triggers (one per event,
    /// as transition tables require) write each statement's entries with one insert.
    /// </summary>
    public static IEnumerable<string> AuditTriggerSql(string table, IEnumerable<string> sensitive, long? migrationVersion)
    {
        var args = string.Join(", ", sensitive.Select(SqlNames.Literal));
        if (migrationVersion < StatementAuditSince)
        {
            yield return $"create trigger audit_row after insert or update or delete on {table} for each row execute function finnest.audit_row({args});";
            yield break;
        }
        yield return $"create trigger audit_insert after insert on {table} referencing new table as new_rows for each statement execute function finnest.audit_statement({args});";
        yield return $"create trigger audit_update after update on {table} referencing old table as old_rows new table as new_rows for each statement execute function finnest.audit_statement({args});";
        yield return $"create trigger audit_delete after delete on {table} referencing old table as old_rows for each statement execute function finnest.audit_statement({args});";
    }


    /// <summary>TRUNCATE bypasses row triggers, and statement triggers are not inherited: a log and each of its partitions carry this one.</summary>
    private static string BlockTruncate(string table) =>
        $"create trigger block_truncate before truncate on {table} for each statement execute function finnest.block_truncate();";
}
