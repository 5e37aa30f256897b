using System.Reflection;
using Finnest.Database.Engine;

namespace Finnest.Database;

/// <summary>This project's migrations (Versions/) and repeatable scripts (../triggers, ../partitions).</summary>
public static class FinnestMigrations
{
    public static Assembly Assembly => typeof(FinnestMigrations).Assembly;

    public static MigrationCatalog Catalog() => MigrationCatalog.FromAssembly(Assembly);
}
