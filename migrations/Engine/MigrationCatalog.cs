using System.Reflection;

namespace Finnest.Database.Engine;

/// <summary>Everything the code defines: versioned migrations in version order, and repeatable scripts.</summary>
public sealed class MigrationCatalog
{
    public MigrationCatalog(IReadOnlyList<MigrationInfo> migrations, IReadOnlyList<RepeatableScript> repeatables)
    {
        Migrations = migrations.OrderBy(m => m.Version).ToList();
        Repeatables = repeatables;
    }

    public IReadOnlyList<MigrationInfo> Migrations { get; }
    public IReadOnlyList<RepeatableScript> Repeatables { get; }

    /// <summary>The migrations and repeatable scripts compiled into <paramref name="assembly"/> (the finnest-db migrations project).</summary>
    public static MigrationCatalog FromAssembly(Assembly assembly)
    {
        var migrations = assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(Migration)))
            .Select(t => (Type: t, Attribute: t.GetCustomAttribute<MigrationAttribute>()))
            .Where(x => x.Attribute is not null)
            .Select(x => new MigrationInfo((Migration)Activator.CreateInstance(x.Type)!, x.Attribute!))
            .ToList();
        return new MigrationCatalog(migrations, RepeatableScript.LoadAll(assembly));
    }

    public MigrationInfo? Find(long version) => Migrations.FirstOrDefault(m => m.Version == version);

    /// <summary>Problems visible without a database: duplicate versions and non-transactional statements in a transaction.</summary>
    public IEnumerable<string> StaticProblems()
    {
        foreach (var group in Migrations.GroupBy(m => m.Version).Where(g => g.Count() > 1))
            yield return $"duplicate version {group.Key}: {string.Join(", ", group.Select(m => m.Name))}";
        foreach (var m in Migrations.Where(m => m.TransactionBehavior == TransactionBehavior.Default))
            foreach (var statement in m.NonTransactionalStatements())
                yield return $"{m.Version} {m.Name} runs in a transaction but contains a statement PostgreSQL refuses there: {FirstLine(statement)}";
    }

    private static string FirstLine(string sql) => sql.Split('\n')[0];
}
