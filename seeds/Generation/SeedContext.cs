using System.Collections.Concurrent;
using Finnest.Database.Seeds.Catalog;

namespace Finnest.Database.Seeds.Generation;

/// <summary>
/// One seeded organisation: its index in this run, its id, where its head office is, and its number in the database
/// (organisations already there with --force come first), which keys the ids of its rows.
/// </summary>
public sealed record OrgSeed(int Index, Guid Id, Place HeadOffice, int Number);

/// <summary>
/// What generation shares across tables: options, the organisations, and the ids written so far per table and
/// organisation (only for tables something refers to), so children pick parents of their own tenant.
/// </summary>
public sealed class SeedContext(SeedOptions options, IReadOnlyList<TableInfo> tables)
{
    private readonly Dictionary<string, List<Guid>[]> _tenantIds = [];
    private readonly Dictionary<string, List<Guid>> _referenceIds = [];

    public SeedOptions Options { get; } = options;
    public SeedScale Scale => Options.Scale;
    public IReadOnlyList<TableInfo> Tables { get; } = tables;
    public List<OrgSeed> Organisations { get; } = [];
    public ulong Seed { get; } = Deterministic.Mix((ulong)options.RandomSeed);

    /// <summary>Midnight UTC of the as-of day: "now" for every generated timestamp.</summary>
    public DateTime Now { get; } = options.AsOf.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>How far back append-only logs reach: at least six months, so hot, warm and cold partitions all hold rows.</summary>
    public int HistoryDays => Math.Max(Scale.RosterDays, 200);

    /// <summary>
    /// Values domain rules compute once per run (e.g. an organisation's roster plan in order). Concurrent: the next table
    /// may be generated on another thread while this one is written.
    /// </summary>
    public ConcurrentDictionary<string, object> Cache { get; } = [];

    private readonly ConcurrentDictionary<string, Lazy<object>> _once = [];

    /// <summary>
    /// The value cached under <paramref name="key"/>, built on first use, once: a caller asking for a key being built
    /// waits for it; one asking for another key does not (with one lock for all keys, a sampled trace of a small seed
    /// showed threads spinning on it).
    /// </summary>
    public T Once<T>(string key, Func<T> build) where T : class =>
        (T)_once.GetOrAdd(key, _ => new Lazy<object>(build)).Value;

    public ulong Stream(string name) => Deterministic.Mix(Seed ^ Deterministic.Hash(name));

    public IReadOnlyList<Guid> IdsOf(string table, int org) =>
        _tenantIds.TryGetValue(table, out var perOrg) ? perOrg[org] : _referenceIds.GetValueOrDefault(table) ?? (IReadOnlyList<Guid>)[];

    public bool Knows(string table) => _tenantIds.ContainsKey(table) || _referenceIds.ContainsKey(table);

    public void TrackTenantTable(string table) => _tenantIds.TryAdd(table, Enumerable.Range(0, Organisations.Count).Select(_ => new List<Guid>()).ToArray());

    public void AddId(string table, int org, Guid id)
    {
        if (_tenantIds.TryGetValue(table, out var perOrg)) perOrg[org].Add(id);
    }

    public void SetReferenceIds(string table, List<Guid> ids) => _referenceIds[table] = ids;

    /// <summary>
    /// Columns of written rows the domain rules read back (a pay line's payday from its run, an STP update's kind, a
    /// draft quote, a permanent employee). Only these and the extra columns of composite foreign keys
    /// (<see cref="RememberAttributesOf"/>) are kept: a value per row of a small table, never a copy of the big ones.
    /// </summary>
    public static readonly (string Table, string Column)[] ColumnsRulesRead =
    [
        ("payroll.pay_runs", "payment_date"), ("payroll.stp_submissions", "event_type"), ("payroll.stp_submissions", "is_finalisation"),
        ("quotes.quotes", "status"), ("people.employees", "employment_type"),
        .. Domain.BusinessIdentity.ColumnsCopied,
        .. Domain.PayCalendarRules.ColumnsRead,
        .. Domain.PayslipLines.ColumnsRead,
        .. Domain.RosterRules.ColumnsRead,
        .. Domain.PayrollSetupRules.ColumnsRead,
        .. Domain.MessagingRules.ColumnsRead,
    ];

    private readonly Dictionary<string, (string[] Columns, Dictionary<Guid, object?[]> Rows)> _attributes = [];

    /// <summary>Keeps <paramref name="columns"/> of every row written to <paramref name="table"/> from now on.</summary>
    public void RememberAttributesOf(string table, IEnumerable<string> columns)
    {
        var merged = (_attributes.TryGetValue(table, out var known) ? known.Columns : []).Union(columns).ToArray();
        _attributes[table] = (merged, known.Rows ?? []);
    }

    /// <summary>The columns kept for <paramref name="table"/> (empty when none).</summary>
    public IReadOnlyList<string> AttributeColumns(string table) => _attributes.TryGetValue(table, out var kept) ? kept.Columns : [];

    public void AddAttributes(string table, Guid id, object?[] values) => _attributes[table].Rows[id] = values;

    public object? AttributeOf(string table, Guid id, string column) =>
        _attributes.TryGetValue(table, out var kept) && kept.Rows.TryGetValue(id, out var row) && Array.IndexOf(kept.Columns, column) is >= 0 and var i
            ? row[i] : null;

    /// <summary>
    /// The rows of <paramref name="table"/> that name <paramref name="employee"/>, in the order written, indexed once per
    /// table and organisation: ask only once the table is written in full (anything that points at it is written later),
    /// and only of a table whose employee_id is kept (<see cref="RememberAttributesOf"/>).
    /// </summary>
    public IReadOnlyList<Guid> RowsOfEmployee(string table, int org, Guid employee)
    {
        var index = Once($"rows-of-employee/{table}/{org}", () => IdsOf(table, org)
            .GroupBy(id => AttributeOf(table, id, "employee_id") as Guid? ?? Guid.Empty)
            .ToDictionary(g => g.Key, g => g.ToList()));
        return index.TryGetValue(employee, out var rows) ? rows : [];
    }

    /// <summary>Ids of <paramref name="table"/> in the organisation whose remembered <paramref name="column"/> passes the test.</summary>
    public List<Guid> IdsWhere(string table, int org, string column, Func<object?, bool> test) =>
        IdsOf(table, org).Where(id => test(AttributeOf(table, id, column))).ToList();

    /// <summary>The rows the migrations loaded into each reference table (awards, classifications, credential types…), by id.</summary>
    public Dictionary<string, Dictionary<Guid, IDictionary<string, object?>>> ReferenceRows { get; } = [];

    public IDictionary<string, object?>? ReferenceRow(string table, Guid id) =>
        ReferenceRows.TryGetValue(table, out var rows) && rows.TryGetValue(id, out var row) ? row : null;
}
