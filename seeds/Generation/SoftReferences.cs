using Finnest.Database.Seeds.Catalog;

namespace Finnest.Database.Seeds.Generation;

/// <summary>
/// References into another domain schema are soft (a uuid column, no FK): employee_id in safety names a
/// people.employees row all the same. The seeder resolves them by name, so incidents, enrolments and surveys
/// point at the tenant's real employees, sites and clients.
/// </summary>
public static class SoftReferences
{
    private static readonly Dictionary<string, string> Known = new()
    {
        ["employee_id"] = "people.employees",
        ["worker_id"] = "people.employees",
        ["driver_id"] = "people.employees",
        ["user_id"] = "public.users",
        ["actor_id"] = "public.users",
        ["created_by"] = "public.users",
        ["approved_by"] = "public.users",
        ["client_id"] = "clients.clients",
        ["site_id"] = "clients.sites",
        ["office_id"] = "public.offices",
        ["candidate_id"] = "recruit.candidates",
        ["shift_id"] = "roster.shifts",
        ["course_id"] = "learn.courses",
        ["incident_id"] = "safety.incidents",
        ["pay_run_id"] = "payroll.pay_runs",
        ["timecard_id"] = "timekeep.timecards",
        ["job_order_id"] = "recruit.job_orders",
        ["vehicle_id"] = "assets.fleet_vehicles",
        ["fleet_vehicle_id"] = "assets.fleet_vehicles",
        ["equipment_id"] = "assets.equipment",
    };

    /// <summary>The tenant table names of a catalog, built once per catalog (this is asked for every table, several times).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<TableInfo>, HashSet<string>> TenantTables = new();

    /// <summary>
    /// Uuid columns of <paramref name="table"/> without a foreign key that point at a tenant table: the one their comment
    /// names, else the one their name says.
    /// </summary>
    public static Dictionary<string, string> For(TableInfo table, IReadOnlyList<TableInfo> tables, IReadOnlySet<string> foreignKeyColumns)
    {
        var tenant = TenantTables.GetValue(tables, all => all.Where(t => t.IsTenant).Select(t => t.Name).ToHashSet());
        var result = new Dictionary<string, string>();
        foreach (var column in table.Columns.Where(c => c.TypeName == "uuid" && c.Name.EndsWith("_id") && c.Name is not ("id" or "org_id")))
        {
            if (foreignKeyColumns.Contains(column.Name)) continue;
            // The data dictionary's word first ("Soft reference to people.employees" on referred_by_employee_id), then the name.
            var target = column.SoftTarget ?? Known.GetValueOrDefault(column.Name) ?? Guess(column.Name[..^3], table.Schema, tenant);
            if (target is not null && target != table.Name && tenant.Contains(target)) result[column.Name] = target;
        }
        return result;
    }

    private static string? Guess(string stem, string schema, HashSet<string> tenant)
    {
        // agency_id names clients.agencies: a stem ending in y pluralises to -ies.
        var plurals = stem.EndsWith('y') ? new[] { stem[..^1] + "ies", stem + "s", stem } : new[] { stem + "s", stem + "es", stem };
        foreach (var plural in plurals)
        {
            if (tenant.Contains($"{schema}.{plural}")) return $"{schema}.{plural}";
            var other = tenant.FirstOrDefault(t => t.EndsWith("." + plural));
            if (other is not null) return other;
        }
        return null;
    }
}
