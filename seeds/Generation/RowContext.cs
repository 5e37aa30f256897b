using Finnest.Database.Seeds.Catalog;

namespace Finnest.Database.Seeds.Generation;

/// <summary>The row being generated: its values by column, its tenant, its ordinal, and the random source for it.</summary>
public sealed class RowContext
{
    private readonly Dictionary<string, int> _index;

    public RowContext(TableInfo table, SeedContext seed, FakeText faker)
    {
        Table = table;
        Seed = seed;
        Faker = faker;
        Values = new object?[table.Columns.Count];
        _index = table.Columns.Select((c, i) => (c.Name, i)).ToDictionary(x => x.Name, x => x.i);
    }

    public TableInfo Table { get; }
    public SeedContext Seed { get; }
    public FakeText Faker { get; }
    public object?[] Values { get; private set; }
    public OrgSeed Org { get; set; } = null!;
    public long Ordinal { get; set; }
    public Random Random { get; set; } = null!;
    public Place Place { get; set; } = null!;
    public DateTime Now => Seed.Now;

    public bool Has(string column) => _index.ContainsKey(column);
    public int IndexOf(string column) => _index[column];

    public object? this[string column]
    {
        get => _index.TryGetValue(column, out var i) ? Values[i] : null;
        set { if (_index.TryGetValue(column, out var i)) Values[i] = value; }
    }

    public void Reset() => Values = new object?[Table.Columns.Count];

    /// <summary>Works on an existing row in place (the validator's repairs).</summary>
    public void Load(object?[] values) => Values = values;

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>An id of <paramref name="table"/> in this row's organisation (or of a reference table), or null when it has none.</summary>
    public Guid? AnyIdOf(string table)
    {
        var ids = Seed.IdsOf(table, Org.Index);
        return ids.Count == 0 ? null : ids[Random.Next(ids.Count)];
    }

    /// <summary>A time in the past <paramref name="days"/> days, to the minute.</summary>
    public DateTime PastTime(int days) => Now.AddMinutes(-Random.Next(1, Math.Max(2, days * 24 * 60)));
}
