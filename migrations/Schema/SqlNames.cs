using System.Text.RegularExpressions;

namespace Finnest.Database.Schema;

/// <summary>Identifier rules shared by every schema object the builder writes.</summary>
public static partial class SqlNames
{
    /// <summary>PostgreSQL silently truncates longer identifiers, which can make two names collide.</summary>
    public const int MaxIdentifierLength = 63;

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex SnakeCase();

    /// <summary>Returns the name unchanged if it is a valid snake_case identifier of at most 63 bytes.</summary>
    public static string Checked(string name)
    {
        if (!SnakeCase().IsMatch(name))
            throw new ArgumentException($"'{name}' is not a snake_case identifier");
        if (name.Length > MaxIdentifierLength)
            throw new ArgumentException($"'{name}' is longer than {MaxIdentifierLength} characters; PostgreSQL would truncate it");
        return name;
    }

    /// <summary>Splits "schema.table" into its parts.</summary>
    public static (string Schema, string Table) Split(string qualifiedName)
    {
        var parts = qualifiedName.Split('.');
        if (parts.Length != 2)
            throw new ArgumentException($"'{qualifiedName}' must be written schema.table");
        return (Checked(parts[0]), Checked(parts[1]));
    }

    /// <summary>Quotes a string as a SQL literal.</summary>
    public static string Literal(string value) => "'" + value.Replace("'", "''") + "'";
}
