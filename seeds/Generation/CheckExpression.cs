using System.Collections;
using System.Globalization;

namespace Finnest.Database.Seeds.Generation;

/// <summary>
/// A CHECK expression as PostgreSQL prints it (pg_get_constraintdef), parsed into a tree the generator can evaluate on a
/// row in memory, with SQL's three-valued logic: so a row that breaks a check is repaired while it is generated, without
/// a round trip. Only the plain forms are understood: AND, OR, NOT, IS [NOT] NULL, comparisons of columns and literals,
/// = ANY / &lt;&gt; ALL over array literals or array columns, and equalities of such conditions. Anything else (functions,
/// arithmetic, regular expressions) makes <see cref="TryParse"/> return null: PostgreSQL judges those when COPY runs.
/// </summary>
public abstract class CheckExpression
{
    /// <summary>The value of the expression for a row: true, false, null (unknown); NotJudged when the types are beyond this evaluator.</summary>
    public abstract object? Evaluate(Func<string, object?> column);

    /// <summary>Whether a row passes: a CHECK refuses only false. Rows this evaluator cannot judge pass here and are left to PostgreSQL.</summary>
    public bool Passes(Func<string, object?> column)
    {
        try { return Evaluate(column) is not false; }
        catch (NotJudgedException) { return true; }
    }

    public static CheckExpression? TryParse(string text)
    {
        try
        {
            var parser = new Parser(Tokenize(text));
            var expression = parser.Or();
            return parser.AtEnd ? expression : null;
        }
        catch (NotJudgedException) { return null; }
    }

    private sealed class NotJudgedException : Exception;

    private sealed class And(List<CheckExpression> parts) : CheckExpression
    {
        public override object? Evaluate(Func<string, object?> column)
        {
            var unknown = false;
            foreach (var part in parts)
                switch (Truth(part.Evaluate(column)))
                {
                    case false: return false;
                    case null: unknown = true; break;
                }
            return unknown ? null : true;
        }
    }

    private sealed class Or(List<CheckExpression> parts) : CheckExpression
    {
        public override object? Evaluate(Func<string, object?> column)
        {
            var unknown = false;
            foreach (var part in parts)
                switch (Truth(part.Evaluate(column)))
                {
                    case true: return true;
                    case null: unknown = true; break;
                }
            return unknown ? null : false;
        }
    }

    private sealed class Not(CheckExpression inner) : CheckExpression
    {
        public override object? Evaluate(Func<string, object?> column) => Truth(inner.Evaluate(column)) is { } b ? !b : null;
    }

    private sealed class IsNull(CheckExpression inner, bool negated) : CheckExpression
    {
        public override object? Evaluate(Func<string, object?> column) => (inner.Evaluate(column) is null) != negated;
    }

    private sealed class IsBoolean(CheckExpression inner, bool value, bool negated) : CheckExpression
    {
        public override object? Evaluate(Func<string, object?> column) => (Truth(inner.Evaluate(column)) == value) != negated;
    }

    private sealed class Column(string name) : CheckExpression
    {
        public override object? Evaluate(Func<string, object?> column) => column(name);
    }

    private sealed class Literal(object? value) : CheckExpression
    {
        public object? Value { get; } = value;
        public override object? Evaluate(Func<string, object?> column) => Value;
    }

    private sealed class ArrayLiteral(List<CheckExpression> items) : CheckExpression
    {
        public override object? Evaluate(Func<string, object?> column) => items.Select(i => i.Evaluate(column)).ToArray();
    }

    private sealed class Compare(CheckExpression left, string op, CheckExpression right) : CheckExpression
    {
        public override object? Evaluate(Func<string, object?> column) => Apply(left.Evaluate(column), op, right.Evaluate(column));

        public static object? Apply(object? a, string op, object? b)
        {
            if (a is null || b is null) return null;
            var order = Order(a, b, op);
            return op switch
            {
                "=" => order == 0,
                "<>" => order != 0,
                "<" => order < 0,
                "<=" => order <= 0,
                ">" => order > 0,
                ">=" => order >= 0,
                _ => throw new NotJudgedException(),
            };
        }

        private static int Order(object a, object b, string op)
        {
            if (IsNumber(a) && IsNumber(b)) return Convert.ToDecimal(a, CultureInfo.InvariantCulture).CompareTo(Convert.ToDecimal(b, CultureInfo.InvariantCulture));
            if (a.GetType() != b.GetType()) throw new NotJudgedException();
            // Text order depends on the database's collation: only equality is judged here.
            if (a is string s) return op is "=" or "<>" ? string.CompareOrdinal(s, (string)b) : throw new NotJudgedException();
            if (a is IComparable comparable and (bool or DateTime or DateOnly or TimeOnly or Guid or TimeSpan)) return comparable.CompareTo(b);
            throw new NotJudgedException();
        }

        private static bool IsNumber(object value) => value is int or long or short or decimal or double or float;
    }

    /// <summary>x = ANY (array), x &lt;&gt; ALL (array), and the other comparisons with ANY or ALL.</summary>
    private sealed class Quantified(CheckExpression left, string op, bool all, CheckExpression array) : CheckExpression
    {
        public override object? Evaluate(Func<string, object?> column)
        {
            var items = array.Evaluate(column);
            if (items is null) return null;
            if (items is string || items is not IEnumerable list) throw new NotJudgedException();
            var value = left.Evaluate(column);
            var unknown = false;
            foreach (var item in list)
                switch (Truth(Compare.Apply(value, op, item)))
                {
                    case true when !all: return true;
                    case false when all: return false;
                    case null: unknown = true; break;
                }
            return unknown ? null : all;
        }
    }

    private static bool? Truth(object? value) => value switch
    {
        null => null,
        bool b => b,
        _ => throw new NotJudgedException(),
    };

    // ---- parsing -----------------------------------------------------------------------------

    private static readonly HashSet<string> Keywords = ["AND", "OR", "NOT", "IS", "NULL", "TRUE", "FALSE", "ANY", "ALL", "ARRAY"];
    private static readonly HashSet<string> Operators = ["=", "<>", "<", "<=", ">", ">="];

    /// <summary>Casts that keep a value's meaning for comparison here (text kinds, numbers, booleans, dates of date literals).</summary>
    private static readonly HashSet<string> HarmlessCasts = ["text", "character varying", "varchar", "bpchar", "character", "numeric", "integer", "bigint", "smallint", "boolean", "date", "uuid"];

    private sealed record Token(string Text, bool IsString = false);

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '\'')
            {
                var value = new System.Text.StringBuilder();
                for (i++; ; i++)
                {
                    if (i >= text.Length) throw new NotJudgedException();
                    if (text[i] == '\'' && i + 1 < text.Length && text[i + 1] == '\'') { value.Append('\''); i++; }
                    else if (text[i] == '\'') { i++; break; }
                    else value.Append(text[i]);
                }
                tokens.Add(new Token(value.ToString(), true));
                continue;
            }
            if (char.IsLetter(c) || c == '_' || c == '"')
            {
                var start = i;
                if (c == '"') { i = text.IndexOf('"', i + 1) + 1; if (i == 0) throw new NotJudgedException(); }
                else while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_')) i++;
                tokens.Add(new Token(text[start..i].Trim('"')));
                continue;
            }
            if (char.IsDigit(c) || (c == '-' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && (tokens.Count == 0 || tokens[^1].Text is "(" or "," or "[")))
            {
                var start = i++;
                while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.')) i++;
                tokens.Add(new Token(text[start..i]));
                continue;
            }
            foreach (var symbol in new[] { "::", "<>", "<=", ">=", "=", "<", ">", "(", ")", "[", "]", "," })
                if (string.CompareOrdinal(text, i, symbol, 0, symbol.Length) == 0) { tokens.Add(new Token(symbol)); i += symbol.Length; goto next; }
            throw new NotJudgedException();   // ~, +, -, ||, @>, …: not judged here
            next:;
        }
        return tokens;
    }

    private sealed class Parser(List<Token> tokens)
    {
        private int _at;

        public bool AtEnd => _at == tokens.Count;
        private Token? Peek => _at < tokens.Count ? tokens[_at] : null;
        private bool IsWord(string word) => Peek is { IsString: false } t && t.Text.Equals(word, StringComparison.OrdinalIgnoreCase);
        private Token Next() => _at < tokens.Count ? tokens[_at++] : throw new NotJudgedException();

        private void Expect(string text)
        {
            if (Next() is not { IsString: false } t || t.Text != text) throw new NotJudgedException();
        }

        public CheckExpression Or()
        {
            var parts = new List<CheckExpression> { And() };
            while (IsWord("OR")) { _at++; parts.Add(And()); }
            return parts.Count == 1 ? parts[0] : new Or(parts);
        }

        private CheckExpression And()
        {
            var parts = new List<CheckExpression> { NotExpression() };
            while (IsWord("AND")) { _at++; parts.Add(NotExpression()); }
            return parts.Count == 1 ? parts[0] : new And(parts);
        }

        private CheckExpression NotExpression()
        {
            if (!IsWord("NOT")) return Comparison();
            _at++;
            return new Not(NotExpression());
        }

        private CheckExpression Comparison()
        {
            var left = Primary();
            if (IsWord("IS"))
            {
                _at++;
                var negated = IsWord("NOT");
                if (negated) _at++;
                var word = Next().Text.ToUpperInvariant();
                return word switch
                {
                    "NULL" => new IsNull(left, negated),
                    "TRUE" => new IsBoolean(left, true, negated),
                    "FALSE" => new IsBoolean(left, false, negated),
                    _ => throw new NotJudgedException(),
                };
            }
            if (Peek is { IsString: false } op && Operators.Contains(op.Text))
            {
                _at++;
                if (IsWord("ANY") || IsWord("ALL"))
                {
                    var all = Next().Text.Equals("ALL", StringComparison.OrdinalIgnoreCase);
                    Expect("(");
                    var array = Or();
                    Expect(")");
                    return new Quantified(left, op.Text, all, array);
                }
                return new Compare(left, op.Text, Primary());
            }
            return left;
        }

        private CheckExpression Primary()
        {
            var token = Next();
            CheckExpression result;
            if (token.IsString) result = new Literal(token.Text);
            else if (token.Text == "(") { result = Or(); Expect(")"); }
            else if (token.Text.Equals("ARRAY", StringComparison.OrdinalIgnoreCase))
            {
                Expect("[");
                var items = new List<CheckExpression> { Primary() };
                while (Peek?.Text == "," && !Peek.IsString) { _at++; items.Add(Primary()); }
                Expect("]");
                result = new ArrayLiteral(items);
            }
            else if (char.IsDigit(token.Text[0]) || token.Text[0] == '-')
                result = new Literal(decimal.Parse(token.Text, CultureInfo.InvariantCulture));
            else if (token.Text.Equals("true", StringComparison.OrdinalIgnoreCase)) result = new Literal(true);
            else if (token.Text.Equals("false", StringComparison.OrdinalIgnoreCase)) result = new Literal(false);
            else if (token.Text.Equals("NULL", StringComparison.OrdinalIgnoreCase)) result = new Literal(null);
            else if (Keywords.Contains(token.Text.ToUpperInvariant()) || Peek?.Text == "(") throw new NotJudgedException();   // a function call
            else result = new Column(token.Text);
            while (Peek?.Text == "::" && !Peek.IsString) result = Cast(result);
            return result;
        }

        /// <summary>::type — kept only when it does not change what a comparison means here.</summary>
        private CheckExpression Cast(CheckExpression value)
        {
            _at++;
            var words = new List<string>();
            while (Peek is { IsString: false } t && char.IsLetter(t.Text[0]) && !Keywords.Contains(t.Text.ToUpperInvariant())) words.Add(Next().Text);
            var type = string.Join(' ', words);
            if (Peek?.Text == "(") { while (Next().Text != ")") { } }
            var isArray = false;
            if (Peek?.Text == "[") { Expect("["); Expect("]"); isArray = true; }
            if (!HarmlessCasts.Contains(type)) throw new NotJudgedException();
            if (value is Literal { Value: string text } && !isArray)
                return type switch
                {
                    "numeric" or "integer" or "bigint" or "smallint" => new Literal(decimal.Parse(text, CultureInfo.InvariantCulture)),
                    "boolean" => new Literal(text is "true" or "t"),
                    "date" => new Literal(DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    "uuid" => new Literal(Guid.Parse(text)),
                    _ => value,
                };
            // A column cast to date would truncate a timestamp: not judged.
            if (type is "date" or "uuid" or "boolean" && value is not Literal) throw new NotJudgedException();
            return value;
        }
    }
}
