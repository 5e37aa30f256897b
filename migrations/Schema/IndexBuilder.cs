namespace Finnest.Database.Schema;

/// <summary>An index, named <c>ix_&lt;table&gt;__&lt;columns&gt;</c> (or <c>uq_</c> when unique) unless named explicitly.</summary>
public sealed class IndexBuilder
{
    private readonly TableBuilder _table;
    private string? _name;
    private string? _method;
    private string? _where;

    internal IndexBuilder(TableBuilder table, IReadOnlyList<string> columns, bool unique)
    {
        _table = table;
        Columns = columns;
        IsUnique = unique;
    }

    /// <summary>Column names or parenthesised expressions, in index order.</summary>
    public IReadOnlyList<string> Columns { get; }
    public bool IsUnique { get; }
    internal bool IsPartial => _where is not null;

    /// <summary>Required when a column is an expression, which has no name to derive one from.</summary>
    public IndexBuilder Named(string name)
    {
        _name = SqlNames.Checked(name);
        return this;
    }

    /// <summary>An access method other than btree: gin for jsonb, gist for ranges.</summary>
    public IndexBuilder Using(string method)
    {
        _method = method;
        return this;
    }

    public IndexBuilder Where(string predicate)
    {
        _where = predicate;
        return this;
    }

    /// <summary>Only rows not soft-deleted: the application's main access paths.</summary>
    public IndexBuilder WhereActive() => Where("deleted_at is null");

    internal string Name => _name ?? _table.DerivedName(IsUnique ? "uq" : "ix", Columns);

    internal string ToSql()
    {
        var sql = $"create {(IsUnique ? "unique " : "")}index {Name} on {_table.QualifiedName}";
        if (_method is not null) sql += $" using {_method}";
        sql += $" ({string.Join(", ", Columns)})";
        if (_where is not null) sql += $" where {_where}";
        return sql + ";";
    }
}
