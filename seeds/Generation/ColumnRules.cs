using System.Globalization;
using System.Text.RegularExpressions;
using Finnest.Database.Seeds.Catalog;

namespace Finnest.Database.Seeds.Generation;

/// <summary>
/// What a table's CHECK constraints say about each column, read from their text: allowed values, a regular
/// expression, numeric bounds, "a &gt;= b" orderings, JSON arrays, non-empty arrays. Anything subtler is left to
/// the validator (which asks PostgreSQL) and to the domain rules.
/// </summary>
public sealed partial class ColumnRules
{
    public Dictionary<string, string[]> AllowedValues { get; } = [];
    public Dictionary<string, string> Patterns { get; } = [];
    public Dictionary<string, decimal> Minimum { get; } = [];
    public Dictionary<string, decimal> Maximum { get; } = [];
    public List<(string Later, bool Strict, string Earlier)> Orderings { get; } = [];
    public HashSet<string> JsonArrays { get; } = [];
    public HashSet<string> JsonObjects { get; } = [];
    public HashSet<string> NonEmpty { get; } = [];
    public List<(string Target, List<(string Column, decimal Sign)> Terms)> Sums { get; } = [];

    public static ColumnRules Read(TableInfo table)
    {
        var rules = new ColumnRules();
        var names = table.Columns.Select(c => c.Name).ToHashSet();
        foreach (var check in table.Checks)
        {
            var e = check.Expression;
            foreach (Match m in AnyOf().Matches(e))
                if (names.Contains(m.Groups[1].Value) && check.Columns.Count == 1)
                    rules.AllowedValues[m.Groups[1].Value] = Literals(m.Groups[2].Value);
            foreach (Match m in ContainedIn().Matches(e))
                if (names.Contains(m.Groups[1].Value)) rules.AllowedValues[m.Groups[1].Value] = Literals(m.Groups[2].Value);
            foreach (Match m in Pattern().Matches(e))
                if (names.Contains(m.Groups[1].Value) && check.Columns.Count == 1) rules.Patterns[m.Groups[1].Value] = m.Groups[2].Value.Replace("''", "'");
            foreach (Match m in Bound().Matches(e))
            {
                var (column, op, value) = (m.Groups[1].Value, m.Groups[2].Value, decimal.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
                if (!names.Contains(column)) continue;
                if (op is ">=" or ">") rules.Minimum[column] = Math.Max(rules.Minimum.GetValueOrDefault(column, decimal.MinValue), op == ">" ? value + 1 : value);
                else rules.Maximum[column] = Math.Min(rules.Maximum.GetValueOrDefault(column, decimal.MaxValue), op == "<" ? value - 1 : value);
            }
            foreach (Match m in Ordering().Matches(e))
            {
                var (a, op, b) = (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value);
                if (!names.Contains(a) || !names.Contains(b)) continue;
                if (op is ">=" or ">") rules.Orderings.Add((a, op == ">", b));
                else rules.Orderings.Add((b, op == "<", a));
            }
            foreach (Match m in JsonType().Matches(e))
                (m.Groups[2].Value == "array" ? rules.JsonArrays : rules.JsonObjects).Add(m.Groups[1].Value);
            foreach (Match m in NonEmptyArray().Matches(e)) rules.NonEmpty.Add(m.Groups[1].Value);
            // "total = a + b - c", or the parts first: "a + b + c = total".
            var sum = SumOf().Match(e);
            if (!sum.Success && SumOfReversed().Match(e) is { Success: true } reversed) sum = reversed;
            if (sum.Success && names.Contains(sum.Groups[1].Value))
            {
                var terms = new List<(string, decimal)>();
                var sign = 1m;
                foreach (Match t in Term().Matches(sum.Groups[2].Value))
                {
                    if (t.Value is "+" or "-") { sign = t.Value == "-" ? -1 : 1; continue; }
                    if (!names.Contains(t.Value)) { terms.Clear(); break; }
                    terms.Add((t.Value, sign));
                }
                if (terms.Count > 1) rules.Sums.Add((sum.Groups[1].Value, terms));
            }
        }
        return rules;
    }

    private static string[] Literals(string list) =>
        LiteralText().Matches(list).Select(m => m.Groups[1].Value.Replace("''", "'")).ToArray();

    [GeneratedRegex(@"\(\(?(\w+)\)?(?:::\w+)? = ANY \(\(?ARRAY\[(.*?)\]\)?(?:::text\[\])?\)\)")]
    private static partial Regex AnyOf();

    [GeneratedRegex(@"\((\w+) <@ \(?ARRAY\[(.*?)\]")]
    private static partial Regex ContainedIn();

    [GeneratedRegex(@"'((?:[^']|'')*)'::")]
    private static partial Regex LiteralText();

    [GeneratedRegex(@"\(\(?(\w+)\)?(?:::\w+)? ~ '((?:[^']|'')*)'::text\)")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"\((\w+) (>=|>|<=|<) \(*'?(-?[0-9.]+)'?(?:::\w+)?\)*(?:::\w+)?\)")]
    private static partial Regex Bound();

    [GeneratedRegex(@"\((\w+) (>=|>|<=|<) (\w+)\)")]
    private static partial Regex Ordering();

    [GeneratedRegex(@"^\(\(?(\w+) = ([\w\s()+-]+)\)$")]
    private static partial Regex SumOf();

    [GeneratedRegex(@"^\(\(*(?<2>[\w\s()+-]+?)\)* = (?<1>\w+)\)+$")]
    private static partial Regex SumOfReversed();

    [GeneratedRegex(@"\w+|[+-]")]
    private static partial Regex Term();

    [GeneratedRegex(@"jsonb_typeof\((\w+)\) = '(array|object)'")]
    private static partial Regex JsonType();

    [GeneratedRegex(@"(?:cardinality|jsonb_array_length|array_length)\((\w+)(?:, 1)?\) (?:>=|>) [01]")]
    private static partial Regex NonEmptyArray();
}
