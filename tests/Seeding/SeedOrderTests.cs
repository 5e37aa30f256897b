using Finnest.Database.Seeds.Catalog;
using Finnest.Database.Seeds.Generation;

namespace Finnest.Database.Tests.Seeding;

/// <summary>
/// The seed order decides what each table sees when it is generated (the ids of the tables before it), so reordering for
/// speed must never let a table come before what it reads, nor move anything across a table with domain rules.
/// </summary>
public sealed class SeedOrderTests
{
    private static TableInfo Table(string name, params string[] parents) =>
        new(name, true, false, null, [], parents.Select(p => new ForeignKey(["org_id", p.Split('.')[1] + "_id"], p, ["org_id", "id"])).ToList(), [], [], []);

    private static readonly Func<TableInfo, ISet<string>> Reads = t => t.ForeignKeys.Select(k => k.Target).ToHashSet();

    [Fact]
    public void a_child_is_moved_away_from_its_parent_when_an_unrelated_table_can_go_between()
    {
        // Parents first gives a, a_child, b, b_child: each child right after its parent.
        var order = new List<TableInfo> { Table("s.a"), Table("s.a_child", "s.a"), Table("s.b"), Table("s.b_child", "s.b") };
        var interleaved = SeedOrder.Interleave(order, _ => false, Reads).Select(t => t.Name).ToList();
        Assert.Equal(["s.a", "s.b", "s.a_child", "s.b_child"], interleaved);
    }

    [Fact]
    public void every_table_still_comes_after_what_it_reads_and_nothing_crosses_a_table_with_domain_rules()
    {
        var order = new List<TableInfo>
        {
            Table("s.org"), Table("s.a", "s.org"), Table("s.a_child", "s.a"), Table("s.ruled", "s.a"),
            Table("s.b", "s.org"), Table("s.b_child", "s.b"), Table("s.c", "s.org"),
        };
        var interleaved = SeedOrder.Interleave(order, t => t.Name == "s.ruled", Reads);
        var position = interleaved.Select((t, i) => (t.Name, i)).ToDictionary(x => x.Name, x => x.i);

        Assert.Equal(order.Count, interleaved.Distinct().Count());
        foreach (var table in interleaved)
        foreach (var parent in Reads(table))
            Assert.True(position[parent] < position[table.Name], $"{table.Name} comes after {parent}");
        // The ruled table sees exactly the tables that came before it in the parents-first order.
        Assert.Equal(order.Take(3).Select(t => t.Name).Order(), interleaved.Take(position["s.ruled"]).Select(t => t.Name).Order());
    }

    [Fact]
    public void a_chain_that_cannot_be_spread_keeps_its_order()
    {
        var order = new List<TableInfo> { Table("s.a"), Table("s.b", "s.a"), Table("s.c", "s.b") };
        Assert.Equal(["s.a", "s.b", "s.c"], SeedOrder.Interleave(order, _ => false, Reads).Select(t => t.Name));
    }
}
