using Finnest.Database.Schema;

namespace Finnest.Database.Engine;

/// <summary>How the runner wraps a migration.</summary>
public enum TransactionBehavior
{
    /// <summary>One transaction holds every statement and the history row: all or nothing.</summary>
    Default,

    /// <summary>
    /// No transaction, one statement per command: for CREATE INDEX CONCURRENTLY and friends,
    /// which PostgreSQL refuses inside a transaction block.
    /// </summary>
    None,
}

/// <summary>Marks a class as a versioned migration. Versions are timestamps: yyyyMMddHHmm.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class MigrationAttribute(long version, string description) : Attribute
{
    public long Version { get; } = version;
    public string Description { get; } = description;
    public TransactionBehavior TransactionBehavior { get; init; } = TransactionBehavior.Default;

    /// <summary>Allows this migration to be applied after a higher version already was (a hotfix branch).</summary>
    public bool AllowOutOfOrder { get; init; }
}

/// <summary>
/// A versioned migration. <see cref="Up"/> and <see cref="Down"/> describe SQL through a
/// <see cref="SchemaBuilder"/>; they never touch a connection, so SQL can be printed,
/// checksummed and unit-tested without a database.
/// </summary>
public abstract class Migration
{
    public abstract void Up(SchemaBuilder db);

    /// <summary>Reverses <see cref="Up"/>. A forward-only migration calls <see cref="SchemaBuilder.Irreversible"/>.</summary>
    public abstract void Down(SchemaBuilder db);
}
