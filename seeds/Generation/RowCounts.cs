using Finnest.Database.Seeds.Catalog;

namespace Finnest.Database.Seeds.Generation;

/// <summary>How many rows each organisation gets in a table at the chosen scale.</summary>
public static class RowCounts
{
    public static int For(TableInfo table, SeedContext context, TableRules rules, OrgSeed org)
    {
        if (rules.RowsPerOrganisation is not null) return rules.RowsPerOrganisation(context, org.Index);
        var scale = context.Scale;
        if (table.IsPartitioned) return scale.RowsPerTable * 20;
        // A table about employees gets one row per employee, so every worker appears in it.
        var aboutEmployees = table.ForeignKeys.Any(k => k.Target == "people.employees" && table.Column(k.IdColumn)!.NotNull)
                             || table.Column("employee_id") is { NotNull: true };
        return aboutEmployees ? scale.EmployeesPerOrganisation : scale.RowsPerTable;
    }
}
