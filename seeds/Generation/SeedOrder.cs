using Finnest.Database.Seeds.Catalog;

namespace Finnest.Database.Seeds.Generation;

/// <summary>Tables in the order their parents come first: foreign keys, then soft references where they make no cycle.</summary>
public static class SeedOrder
{
    /// <summary>
    /// Parents first (<see cref="ParentsFirst"/>), then spread out (<see cref="Interleave"/>) so that a table seldom
    /// follows one it reads: the seeder generates the next table while PostgreSQL writes the current one only then.
    /// </summary>
    public static List<TableInfo> Of(IReadOnlyList<TableInfo> tables) =>
        Interleave(ParentsFirst(tables), table => Generation.Domain.DomainRules.For(table.Name) != TableRules.None, table => Reads(table, tables));

    /// <summary>
    /// The other tables whose rows generating <paramref name="table"/> reads, domain rules aside: the targets of its
    /// foreign keys and of the uuid columns that may be soft references.
    /// </summary>
    public static ISet<string> Reads(TableInfo table, IReadOnlyList<TableInfo> tables) =>
        table.ForeignKeys.Select(k => k.Target).Concat(SoftReferences.For(table, tables, new HashSet<string>()).Values).Where(n => n != table.Name).ToHashSet();

    /// <summary>
    /// Reorders <paramref name="order"/> so that, where it can, no table comes right after one it reads, without changing
    /// what any table sees when it is generated: a table moves only after everything it reads that came before it, and
    /// never across a table with domain rules (they may read any table, so each keeps exactly the tables before it).
    /// The result depends only on the catalog, so the same options still give the same rows.
    /// </summary>
    public static List<TableInfo> Interleave(List<TableInfo> order, Func<TableInfo, bool> hasRules, Func<TableInfo, ISet<string>> reads)
    {
        var result = new List<TableInfo>(order.Count);
        var position = order.Select((t, i) => (t.Name, i)).ToDictionary(x => x.Name, x => x.i);
        var readsOf = order.ToDictionary(t => t.Name, reads);
        var segment = new List<TableInfo>();
        void Flush()
        {
            var emitted = new HashSet<string>(result.Select(t => t.Name));
            var pending = new List<TableInfo>(segment);
            while (pending.Count > 0)
            {
                // Ready: everything it reads that preceded it in the parents-first order is already placed.
                var ready = pending.Where(t => readsOf[t.Name].All(n => !position.TryGetValue(n, out var p) || p > position[t.Name] || emitted.Contains(n))).ToList();
                var last = result.Count > 0 ? result[^1].Name : null;
                var next = ready.FirstOrDefault(t => last is null || !readsOf[t.Name].Contains(last)) ?? ready[0];
                result.Add(next);
                emitted.Add(next.Name);
                pending.Remove(next);
            }
            segment.Clear();
        }
        foreach (var table in order)
        {
            if (hasRules(table)) { Flush(); result.Add(table); }
            else segment.Add(table);
        }
        Flush();
        return result;
    }

    public static List<TableInfo> ParentsFirst(IReadOnlyList<TableInfo> tables)
    {
        var byName = tables.ToDictionary(t => t.Name);
        var hard = tables.ToDictionary(t => t.Name, t => t.ForeignKeys.Select(k => k.Target).Where(n => n != t.Name && byName.ContainsKey(n)).ToHashSet());
        // Soft parents: uuid columns that may be soft references, and the tables a table's domain rules say they read.
        var soft = tables.ToDictionary(t => t.Name, t => SoftReferences.For(t, tables, t.ForeignKeys.Select(k => k.IdColumn).ToHashSet()).Values
            .Concat(Generation.Domain.DomainRules.For(t.Name).ReadsTables).ToHashSet());
        var state = new Dictionary<string, int>();   // 1 = visiting, 2 = done
        var order = new List<TableInfo>();

        void Visit(string name)
        {
            if (state.GetValueOrDefault(name) != 0) return;
            state[name] = 1;
            foreach (var parent in hard[name].OrderBy(n => n)) Visit(parent);
            foreach (var parent in soft[name].Where(n => n != name && byName.ContainsKey(n)).OrderBy(n => n))
                if (state.GetValueOrDefault(parent) == 0 && !Reaches(parent, name, hard)) Visit(parent);
            state[name] = 2;
            order.Add(byName[name]);
        }

        foreach (var table in tables.OrderBy(t => t.Name == "public.organisations" ? "" : t.Name)) Visit(table.Name);
        return order;
    }

    private static bool Reaches(string from, string to, Dictionary<string, HashSet<string>> edges)
    {
        var seen = new HashSet<string>();
        var stack = new Stack<string>([from]);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n == to) return true;
            if (!seen.Add(n) || !edges.TryGetValue(n, out var next)) continue;
            foreach (var m in next) stack.Push(m);
        }
        return false;
    }
}
