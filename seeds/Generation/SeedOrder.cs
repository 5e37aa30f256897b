using Finnest.Database.Seeds.Catalog;

namespace Finnest.Database.Seeds.Generation;

/// <summary>Tables in the order their parents come first: foreign keys, then soft references where they make no cycle.</summary>
public static class SeedOrder
{
    public static List<TableInfo> Of(IReadOnlyList<TableInfo> tables)
    {
        var byName = tables.ToDictionary(t => t.Name);
        var hard = tables.ToDictionary(t => t.Name, t => t.ForeignKeys.Select(k => k.Target).Where(n => n != t.Name && byName.ContainsKey(n)).ToHashSet());
        var soft = tables.ToDictionary(t => t.Name, t => SoftReferences.For(t, tables, t.ForeignKeys.Select(k => k.IdColumn).ToHashSet()).Values.ToHashSet());
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
