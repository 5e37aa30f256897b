using Finnest.Database.Seeds.Catalog;
using Finnest.Database.Seeds.Generation.Domain;

namespace Finnest.Database.Seeds.Generation;

/// <summary>
/// Generates the rows of one table for one organisation from the catalog: every column a value its CHECKs
/// allow, every foreign key a parent of the same tenant, periods that never overlap where an exclusion
/// constraint forbids it, unique keys kept unique; then the table's domain rules have the last word.
/// </summary>
public sealed class TableGenerator
{
    private readonly TableInfo _table;
    private readonly SeedContext _seed;
    private readonly ColumnRules _rules;
    private readonly TableRules _domain;
    private readonly List<(ForeignKey Key, string Column)> _references;
    private readonly HashSet<string> _referenceColumns;
    private readonly Dictionary<string, string> _softReferences;
    /// <summary>Foreign keys to a table whose rows name an employee, from a table whose rows name one too (see <see cref="SameEmployee"/>).</summary>
    private readonly List<(ForeignKey Key, string Column)> _employeeParents;
    /// <summary>The employee is part of a unique key (one bank account each): it decides, and the parents follow it.</summary>
    private readonly bool _employeeIsKey;
    private readonly Dictionary<string, int> _exclusionSlots = [];
    /// <summary>Unique keys seen so far, as 64-bit hashes of their text: a few bytes a row even for millions of clock events.</summary>
    private readonly List<HashSet<ulong>> _uniqueSeen;
    private readonly ulong _idStream;
    private readonly HashSet<string> _periodColumns;
    private readonly List<(CheckInfo Check, CheckExpression Expression)> _judged;
    private const int RepairAttempts = 60;

    public TableGenerator(TableInfo table, SeedContext seed, TableRules domain)
    {
        _table = table;
        _seed = seed;
        _domain = domain;
        _rules = ColumnRules.Read(table);
        _references = table.ForeignKeys.Where(k => !(k.Columns.Count == 1 && k.Columns[0] == "org_id"))
            .Select(k => (k, k.IdColumn)).ToList();
        _referenceColumns = _references.Select(r => r.Column).ToHashSet();
        _softReferences = SoftReferences.For(table, seed.Tables, _referenceColumns);
        _employeeParents = table.Column(Employee) is null ? [] : _references.Where(r => r.Key.Target != table.Name && NamesEmployee(r.Key, seed.Tables)).ToList();
        _employeeIsKey = table.UniqueKeys.Any(k => k.Contains(Employee));
        _uniqueSeen = table.UniqueKeys.Select(_ => new HashSet<ulong>()).ToList();
        _idStream = seed.Stream(table.Name + ".id");
        _periodColumns = table.Exclusions.SelectMany(e => new[] { e.Start, e.End }).ToHashSet();
        Rules = _rules;
        _judged = table.Checks.Select(c => (c, CheckExpression.TryParse(c.Expression))).Where(x => x.Item2 is not null).Select(x => (x.c, x.Item2!)).ToList();
    }

    /// <summary>Rows repaired in memory because they broke a CHECK this process can evaluate (for the profile).</summary>
    public int RepairedInMemory { get; private set; }

    /// <summary>The CHECKs evaluated in memory; the others are PostgreSQL's to judge when the batch is copied.</summary>
    public int JudgedChecks => _judged.Count;

    public ColumnRules Rules { get; }
    public TableInfo Table => _table;

    /// <summary>The rows for one organisation, streamed; the caller validates and writes them.</summary>
    public IEnumerable<object?[]> Rows(OrgSeed org, int count)
    {
        var faker = new FakeText((int)(_seed.Stream(_table.Name + "/faker/" + org.Number) & 0x7FFFFFFF));
        var row = new RowContext(_table, _seed, faker) { Org = org };
        var random = Deterministic.Random(_seed.Stream(_table.Name + "/" + org.Number));
        for (var i = 0; i < count; i++)
        {
            row.Reset();
            row.Random = random;
            row.Ordinal = (long)org.Number * 10_000_000 + i;
            row.Place = random.Next(10) < 7 ? Places.InState(random, org.HeadOffice.State) : Places.Pick(random);
            if (!Fill(row, i)) continue;
            RepairBrokenChecks(row);
            yield return row.Values;
        }
    }

    private bool Fill(RowContext row, int i)
    {
        foreach (var column in _table.Columns) row[column.Name] = Generic(column, row);
        row["id"] = Deterministic.Uuid(_idStream, row.Ordinal);
        if (_table.IsTenant && _table.Name != "public.organisations") row["org_id"] = row.Org.Id;
        if (!PickParents(row, i)) return false;
        AwardPay.Apply(row);
        BusinessIdentity.Apply(row);
        _domain.Apply(row, i);
        SameEmployee(row);
        Order(row);
        Sum(row);
        SlotPeriods(row);
        return KeepUnique(row, i);
    }

    private const string Employee = "employee_id";

    /// <summary>
    /// Whether <paramref name="key"/> points at a table whose rows name an employee, from another column than the
    /// employee: a certification's enrolment, a payment's payslip, a breach's driver hours.
    /// </summary>
    public static bool NamesEmployee(ForeignKey key, IReadOnlyList<TableInfo> tables) =>
        key.IdColumn != Employee && tables.FirstOrDefault(t => t.Name == key.Target) is { } target && target.Name != "people.employees"
        && target.Column(Employee) is not null;

    /// <summary>
    /// A row and the parents it names are about the same employee: the first parent that names one decides the row's
    /// employee (unless the table's rules chose it, or it is part of a unique key), and every other such parent is
    /// re-drawn among that employee's rows (or left empty where it may be, when the employee has none).
    /// </summary>
    private void SameEmployee(RowContext row)
    {
        if (_employeeParents.Count == 0) return;
        var chosen = _domain.Owns(Employee) || _employeeIsKey;
        var employee = chosen ? row[Employee] as Guid? : null;
        // The rules said no employee (an application not yet placed): no parent decides one for them.
        if (chosen && employee is null) return;
        foreach (var (key, column) in _employeeParents)
        {
            if (row[column] is not Guid parent || _seed.AttributeOf(key.Target, parent, Employee) is not Guid theirs) continue;
            if (employee is null)
            {
                employee = theirs;
                row[Employee] = theirs;
                continue;
            }
            if (theirs == employee || _domain.Owns(column)) continue;
            var mine = _seed.RowsOfEmployee(key.Target, row.Org.Index, employee.Value);
            if (mine.Count > 0) row[column] = mine[row.Random.Next(mine.Count)];
            else if (!_table.Column(column)!.NotNull) row[column] = null;
        }
    }

    /// <summary>
    /// Re-draws the columns of the CHECKs a row failed (nullable ones may become null), for the validator; false when
    /// the repaired row would repeat a unique key (the validator then leaves it out).
    /// </summary>
    public bool Repair(RowContext row, IEnumerable<CheckInfo> failed, int attempt)
    {
        Forget(row);
        foreach (var check in failed)
        foreach (var name in check.Columns)
        {
            var column = _table.Column(name);
            if (column is null || name is "id" or "org_id" || _referenceColumns.Contains(name) || _domain.Owns(name) || _periodColumns.Contains(name)) continue;
            row[name] = !column.NotNull && row.Random.Next(3) == 0 ? null : Generic(column, row);
            if (row[name] is not null && _softReferences.TryGetValue(name, out var target)) row[name] = SoftParent(row, name, target);
        }
        SameEmployee(row);
        AwardPay.Apply(row);   // a re-drawn rate keeps the award minimum, a re-drawn charge covers the pay
        Order(row);
        Sum(row);
        return KeepUnique(row, attempt);
    }

    /// <summary>
    /// Re-draws the columns of the CHECKs the row breaks until it keeps them all, judged in memory: no round trip. A row
    /// still failing after the attempts (or whose repair would repeat a unique key) goes out as it is, and PostgreSQL's
    /// verdict at COPY decides (the validator then repairs it or the seed fails naming the check).
    /// </summary>
    private void RepairBrokenChecks(RowContext row)
    {
        if (_judged.Count == 0) return;
        Func<string, object?> value = name => row[name];
        var failed = _judged.Where(j => !j.Expression.Passes(value)).Select(j => j.Check).ToList();
        if (failed.Count == 0) return;
        RepairedInMemory++;
        var original = (object?[])row.Values.Clone();
        for (var attempt = 0; attempt < RepairAttempts && failed.Count > 0; attempt++)
        {
            if (!Repair(row, failed, attempt))
            {
                // The keys the failed attempt registered stay taken: a stricter uniqueness only costs later rows a redraw.
                row.Load(original);
                Register(row);
                StillBroken++;
                return;
            }
            failed = _judged.Where(j => !j.Expression.Passes(value)).Select(j => j.Check).ToList();
        }
        if (failed.Count > 0) StillBroken++;
    }

    /// <summary>Rows generated so far that still break a CHECK judged in memory after their repairs (PostgreSQL's verdict decides).</summary>
    public int StillBroken { get; private set; }

    private void Register(RowContext row)
    {
        for (var k = 0; k < _table.UniqueKeys.Count; k++)
            _uniqueSeen[k].Add(KeyOf(row, k));
    }

    private void Forget(RowContext row)
    {
        for (var k = 0; k < _table.UniqueKeys.Count; k++)
            _uniqueSeen[k].Remove(KeyOf(row, k));
    }

    public RowContext NewContext(OrgSeed org) =>
        new(_table, _seed, new FakeText((int)(_seed.Stream(_table.Name + "/repair-faker/" + org.Index) & 0x7FFFFFFF))) { Org = org, Random = Deterministic.Random(_seed.Stream(_table.Name + "/repair/" + org.Index)), Place = org.HeadOffice };

    private object? Generic(ColumnInfo column, RowContext row) => column.Name switch
    {
        "deleted_at" => null,
        "metadata" => "{}",
        "inserted_at" => row.PastTime(_table.IsPartitioned ? _seed.HistoryDays : Math.Max(30, _seed.Scale.RosterDays)),
        "updated_at" => row["inserted_at"] ?? row.Now,
        _ when _table.PartitionColumn == column.Name => row.PastTime(_seed.HistoryDays),
        // Corrections and supersessions point at another row of the same table: seeded rows are originals.
        _ when !column.NotNull && (column.Name.StartsWith("corrects_") || column.Name.StartsWith("supersed") || column.Name.StartsWith("replaces_")) => null,
        _ when !column.NotNull && _rules.AllowedValues.ContainsKey(column.Name) is false && row.Random.Next(4) == 0 => null,
        _ => ValueFactory.For(column, _rules, row),
    };

    /// <summary>Every reference gets a parent of the row's own tenant: the first spreads rows over parents in turn, the rest are random.</summary>
    private bool PickParents(RowContext row, int i)
    {
        var first = true;
        foreach (var (key, column) in _references)
        {
            var ids = _seed.IdsOf(key.Target, key.Target == "public.organisations" ? 0 : row.Org.Index);
            var notNull = _table.Column(column)!.NotNull;
            if (key.Target == _table.Name || ids.Count == 0)
            {
                if (notNull) return false;
                row[column] = null;
                continue;
            }
            if (!notNull && row.Random.Next(4) == 0 && !_domain.Owns(column)) { row[column] = null; continue; }
            var parent = first ? ids[i % ids.Count] : ids[row.Random.Next(ids.Count)];
            row[column] = parent;
            first = false;
            // A key of more than (org_id, id), e.g. (org_id, custom_form_id, schema_version): the parent's values.
            for (var c = 0; c < key.Columns.Count; c++)
                if (key.Columns[c] is var own && own != "org_id" && own != column)
                    row[own] = _seed.AttributeOf(key.Target, parent, key.TargetColumns[c]) ?? row[own];
        }
        foreach (var (column, target) in _softReferences)
            if (row[column] is not null) row[column] = SoftParent(row, column, target);
        return true;
    }

    /// <summary>
    /// A row of the tenant's <paramref name="target"/> for a soft reference. When the target has none yet (it is written
    /// later, in a cycle of references), null where the column allows it: a made-up uuid would point at nothing, and
    /// nothing in the database checks a soft reference.
    /// </summary>
    private object? SoftParent(RowContext row, string column, string target)
    {
        var ids = _seed.IdsOf(target, row.Org.Index);
        return ids.Count > 0 ? ids[row.Random.Next(ids.Count)] : _table.Column(column)!.NotNull ? row[column] : null;
    }

    /// <summary>"a &gt;= b" checks: a later column is moved after the earlier one.</summary>
    private void Order(RowContext row)
    {
        for (var pass = 0; pass < 2; pass++)
        foreach (var (later, strict, earlier) in _rules.Orderings)
        {
            var (a, b) = (row[later], row[earlier]);
            if (a is null || b is null || a.GetType() != b.GetType() || _domain.Owns(later)) continue;
            if (Comparer<object>.Default.Compare(a, b) is var c && (strict ? c > 0 : c >= 0)) continue;
            row[later] = b switch
            {
                DateTime y => y.AddMinutes(30 + row.Random.Next(8 * 60)),
                DateOnly y => y.AddDays(1 + row.Random.Next(60)),
                TimeOnly y => y < new TimeOnly(15, 0) ? y.AddHours(8) : new TimeOnly(23, 59),
                int y => y + 1 + row.Random.Next(5),
                long y => y + 1 + row.Random.Next(5),
                decimal y => y + 1 + Math.Round((decimal)row.Random.NextDouble(), 2),
                _ => a,
            };
        }
    }

    /// <summary>"total = (a + b) - c" checks: the total is computed from its parts.</summary>
    private void Sum(RowContext row)
    {
        foreach (var (target, terms) in _rules.Sums)
        {
            decimal total = 0;
            var counts = terms.All(t => row[t.Column] is int);
            foreach (var (column, sign) in terms)
            {
                if (row[column] is not (decimal or int)) goto next;
                total += sign * Convert.ToDecimal(row[column]);
            }
            // Keep totals non-negative: the subtracted parts shrink in turn, none below zero (tax withheld, deductions).
            foreach (var (column, _) in terms.Where(t => t.Sign < 0))
            {
                if (total >= 0) break;
                var part = Convert.ToDecimal(row[column]);
                var cut = Math.Min(part, -total);
                row[column] = counts ? (object)(int)(part - cut) : part - cut;
                total += cut;
            }
            row[target] = counts && _table.Column(target)?.TypeName is "int4" ? (int)total : total;
            next:;
        }
    }

    /// <summary>Exclusion constraints: the k-th row with the same keys gets the k-th period, so none overlap.</summary>
    private void SlotPeriods(RowContext row)
    {
        foreach (var exclusion in _table.Exclusions)
        {
            if (_domain.Owns(exclusion.Start)) continue;   // the table's rules lay its periods out themselves
            var key = string.Join('|', exclusion.EqualColumns.Select(c => row[c]?.ToString()));
            var slot = _exclusionSlots[key] = _exclusionSlots.GetValueOrDefault(key, -1) + 1;
            // Each key's periods take consecutive slots; a start jittered inside its slot keeps different keys from
            // sharing dates to the day, and every period still ends before the next slot begins.
            if (exclusion.DateRange)
            {
                var start = DateOnly.FromDateTime(row.Now).AddDays(-720 + slot * 120 + row.Random.Next(10));
                row[exclusion.Start] = start;
                row[exclusion.End] = start.AddDays(100);   // an open end would overlap every later period
            }
            else
            {
                var start = row.Now.AddDays(-Math.Max(_seed.Scale.RosterDays, 30) * 3 + slot * 3).AddHours(row.Random.Next(36));
                row[exclusion.Start] = start;
                row[exclusion.End] = start.AddHours(7 + row.Random.Next(20));   // a rest of 7 to 26 hours
            }
        }
    }

    /// <summary>Unique keys: a repeated key gets its text or number made unique, or the row is left out.</summary>
    private bool KeepUnique(RowContext row, int i)
    {
        if (_employeeParents.Count == 0) return KeepKeysUnique(row, i);
        var before = _employeeParents.Select(p => row[p.Column]).Append(row[Employee]).ToArray();
        if (!KeepKeysUnique(row, i)) return false;
        // Another employee, or another parent, to keep a key unique: the row and its parents agree again.
        if (!before.SequenceEqual(_employeeParents.Select(p => row[p.Column]).Append(row[Employee]))) SameEmployee(row);
        return true;
    }

    private bool KeepKeysUnique(RowContext row, int i)
    {
        for (var k = 0; k < _table.UniqueKeys.Count; k++)
        {
            var columns = _table.UniqueKeys[k];
            // Nulls count as a value: some keys are COALESCE(x, …), and a stricter key only costs a redraw.
            for (var attempt = 0; ; attempt++)
            {
                if (_uniqueSeen[k].Add(KeyOf(row, k))) break;
                if (attempt >= 6) return false;
                var column = columns.FirstOrDefault(c => c != "org_id" && !_referenceColumns.Contains(c) && row[c] is string or int or long or DateOnly)
                             ?? columns.FirstOrDefault(c => c != "org_id" && c != "id");
                if (column is null) return false;
                row[column] = row[column] switch
                {
                    string s when _rules.AllowedValues.TryGetValue(column, out var allowed) => allowed[row.Random.Next(allowed.Length)],
                    string s when _rules.Patterns.ContainsKey(column) => ValueFactory.For(_table.Column(column)!, _rules, row),
                    string s => $"{s} {i + 1}",
                    int n => n + 1 + row.Random.Next(1000),
                    long n => n + 1 + row.Random.Next(1000),
                    DateOnly d => d.AddDays(1 + row.Random.Next(400)),
                    Guid when _referenceColumns.Contains(column) => PickUnused(row, k, column, _references.First(r => r.Column == column).Key.Target),
                    Guid when _softReferences.TryGetValue(column, out var target) => PickUnused(row, k, column, target),
                    Guid => Deterministic.Uuid(_idStream ^ 0x5EED, row.Ordinal * 16 + attempt),
                    var v => v,
                };
            }
        }
        return true;
    }

    /// <summary>
    /// Another row of the tenant's <paramref name="target"/> for a reference that repeats unique key <paramref name="k"/>
    /// (e.g. a second bank account for one employee): the first, from a random place on, that leaves the key unused, so
    /// the reference still names a real row (a made-up uuid would point at nothing). None left: the value stays and the
    /// row is left out.
    /// </summary>
    private object? PickUnused(RowContext row, int k, string column, string target)
    {
        var ids = _seed.IdsOf(target, row.Org.Index);
        var original = row[column];
        var from = ids.Count == 0 ? 0 : row.Random.Next(ids.Count);
        for (var n = 0; n < ids.Count; n++)
        {
            row[column] = ids[(from + n) % ids.Count];
            if (!_uniqueSeen[k].Contains(KeyOf(row, k))) return row[column];
        }
        return original;
    }

    private ulong KeyOf(RowContext row, int key) => Deterministic.Hash(string.Join('|', _table.UniqueKeys[key].Select(c => Format(row[c]))));

    private static string Format(object? value) => value switch
    {
        string s => s.ToLowerInvariant(),
        null => "",
        _ => value.ToString()!,
    };
}
