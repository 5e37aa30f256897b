using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Tests.Support;

/// <summary>Questions tests ask of a migration in the catalog.</summary>
public static class Migrations
{
    /// <summary>Whether its Down renders (a forward-only migration throws when asked).</summary>
    public static bool IsReversible(MigrationInfo migration)
    {
        try
        {
            migration.DownStatements();
            return true;
        }
        catch (IrreversibleMigrationException)
        {
            return false;
        }
    }
}
