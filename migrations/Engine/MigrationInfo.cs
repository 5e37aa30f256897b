using System.Text.RegularExpressions;
using Finnest.Database.Schema;

namespace Finnest.Database.Engine;

/// <summary>A versioned migration found in code, with the SQL of both directions rendered.</summary>
public sealed partial class MigrationInfo
{
    private readonly Migration _migration;
    private IReadOnlyList<string>? _up;

    public MigrationInfo(Migration migration, MigrationAttribute attribute)
    {
        _migration = migration;
        Version = attribute.Version;
        Description = attribute.Description;
        TransactionBehavior = attribute.TransactionBehavior;
        AllowOutOfOrder = attribute.AllowOutOfOrder;
        Name = migration.GetType().Name;
    }

    public long Version { get; }
    public string Description { get; }
    public string Name { get; }
    public TransactionBehavior TransactionBehavior { get; }
    public bool AllowOutOfOrder { get; }

    /// <summary>Whether the runner switches to finnest_owner first, so that everything it creates is owned by that role.</summary>
    public bool RunsAsOwner => _migration is not ISessionUserMigration;

    public IReadOnlyList<string> UpStatements => _up ??= Render(_migration.Up);

    /// <summary>Rendered on demand: a forward-only migration throws <see cref="IrreversibleMigrationException"/>.</summary>
    public IReadOnlyList<string> DownStatements() => Render(_migration.Down);

    public string Checksum => Engine.Checksum.Of(string.Join("\n", UpStatements));

    private IReadOnlyList<string> Render(Action<SchemaBuilder> direction)
    {
        var builder = new SchemaBuilder(Version);
        direction(builder);
        return builder.Statements;
    }

    [GeneratedRegex(@"\b(create|drop)\s+index\s+concurrently\b|\breindex\b[^;]*\bconcurrently\b|\bvacuum\b|\b(create|drop)\s+database\b|\balter\s+system\b|\bcreate\s+tablespace\b", RegexOptions.IgnoreCase)]
    private static partial Regex NonTransactional();

    /// <summary>Statements PostgreSQL refuses inside a transaction block.</summary>
    public IEnumerable<string> NonTransactionalStatements() =>
        UpStatements.Where(s => NonTransactional().IsMatch(StripComments(s)));

    private static string StripComments(string sql) => Regex.Replace(sql, @"--[^\n]*", "");
}

/// <summary>Marks the migration that creates the roles: it runs as the connecting user, since finnest_owner does not exist yet.</summary>
public interface ISessionUserMigration;
