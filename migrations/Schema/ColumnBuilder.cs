namespace Finnest.Database.Schema;

/// <summary>One column of a table being built. Checks it declares become named table constraints.</summary>
public sealed class ColumnBuilder
{
    private readonly TableBuilder _table;

    internal ColumnBuilder(TableBuilder table, string name, string type)
    {
        _table = table;
        Name = SqlNames.Checked(name);
        Type = type;
    }

    public string Name { get; }
    public string Type { get; }
    internal bool IsNotNull { get; private set; }
    internal string? DefaultSql { get; private set; }
    internal string? CommentText { get; private set; }

    public ColumnBuilder NotNull()
    {
        IsNotNull = true;
        return this;
    }

    /// <summary>A SQL default expression, written as SQL: <c>Default("'draft'")</c>, <c>Default("now()")</c>.</summary>
    public ColumnBuilder Default(string sql)
    {
        DefaultSql = sql;
        return this;
    }

    public ColumnBuilder Comment(string text)
    {
        CommentText = text;
        return this;
    }

    /// <summary>The value set of a status or type column: <c>ck_&lt;table&gt;__&lt;column&gt;</c>.</summary>
    public ColumnBuilder In(params string[] values)
    {
        if (values.Length == 0) throw new ArgumentException($"{Name}: an empty value set");
        var list = string.Join(", ", values.Select(SqlNames.Literal));
        _table.AddConstraint($"ck_{_table.Name}__{Name}", $"check ({Name} in ({list}))");
        return this;
    }

    /// <summary>A rule on this column alone: <c>ck_&lt;table&gt;__&lt;column&gt;</c>, or <c>..._&lt;rule&gt;</c> when named.</summary>
    public ColumnBuilder Check(string expression, string? rule = null)
    {
        var name = rule is null ? $"ck_{_table.Name}__{Name}" : $"ck_{_table.Name}__{Name}_{rule}";
        _table.AddConstraint(name, $"check ({expression})");
        return this;
    }

    /// <summary>A regular-expression format check: <c>ck_&lt;table&gt;__&lt;column&gt;_format</c>.</summary>
    public ColumnBuilder Matches(string regex) => Check($"{Name} ~ {SqlNames.Literal(regex)}", "format");

    public ColumnBuilder NonNegative() => Check($"{Name} >= 0", "non_negative");

    public ColumnBuilder Positive() => Check($"{Name} > 0", "positive");

    /// <summary>Inclusive range check: <c>ck_&lt;table&gt;__&lt;column&gt;_range</c>.</summary>
    public ColumnBuilder Between(decimal low, decimal high) =>
        Check($"{Name} between {low.ToString(System.Globalization.CultureInfo.InvariantCulture)} and {high.ToString(System.Globalization.CultureInfo.InvariantCulture)}", "range");

    /// <summary>Never copied in clear into public.audit_log: the audit trigger writes "[redacted]".</summary>
    public ColumnBuilder Sensitive()
    {
        _table.MarkSensitive(Name);
        return this;
    }

    /// <summary>Unique among the table's live rows (tenant tables: within the organisation).</summary>
    public ColumnBuilder UniqueWhileActive()
    {
        _table.UniqueWhileActive(Name);
        return this;
    }

    internal string ToSql()
    {
        var sql = $"{Name} {Type}";
        if (IsNotNull) sql += " not null";
        if (DefaultSql is not null) sql += $" default {DefaultSql}";
        return sql;
    }
}
