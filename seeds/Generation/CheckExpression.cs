using System.Collections;
using System.Globalization;

namespace Finnest.Database.Seeds.Generation;

/// <summary>
/// A CHECK expression as PostgreSQL prints it (pg_get_constraintdef), parsed into a tree the generator can evaluate on a
/// row in memory, with SQL's three-valued logic: so a row that breaks a check is repaired while it is generated, without
/// a round trip. The forms understood: AND, OR, NOT, IS [NOT] NULL, IS [NOT] DISTINCT FROM, comparisons of columns and
/// literals, + and - on numbers, = ANY / &lt;&gt; ALL over array literals or array columns, CASE (simple and searched),
/// COALESCE, NULLIF, btrim, num_nonnulls, array_to_string, and ~ against a pattern .NET reads the same way (anchors,
/// classes, repetition). Anything else (other functions, casts that change a value, division) makes
/// <see cref="TryParse"/> return null: PostgreSQL judges those when COPY runs. A reading that were ever wrong costs a round
/// trip, not a bad row: COPY still judges every batch.
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
        catch (Exception e) when (e is NotJudgedException or FormatException or OverflowException) { return null; }
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

    /// <summary>a IS [NOT] DISTINCT FROM b: equality where two nulls are equal and a null differs from any value.</summary>
    private sealed class Distinct(CheckExpression left, CheckExpression right, bool negated) : CheckExpression
    {
        public override object? Evaluate(Func<string, object?> column)
        {
            var (a, b) = (left.Evaluate(column), right.Evaluate(column));
            var same = a is null || b is null ? a is null && b is null : Compare.Apply(a, "=", b) is true;
            return same == negated;
        }
    }

    /// <summary>a + b, a - b on numbers (dates and intervals are PostgreSQL's).</summary>
    private sealed class Arithmetic(CheckExpression left, char op, CheckExpression right) : CheckExpression
    {
        public override object? Evaluate(Func<string, object?> column)
        {
            var (a, b) = (left.Evaluate(column), right.Evaluate(column));
            if (a is null || b is null) return null;
            if (a is not (int or long or short or decimal) || b is not (int or long or short or decimal)) throw new NotJudgedException();
            var (x, y) = (Convert.ToDecimal(a, CultureInfo.InvariantCulture), Convert.ToDecimal(b, CultureInfo.InvariantCulture));
            return op == '+' ? x + y : x - y;
        }
    }

    /// <summary>CASE [subject] WHEN … THEN … [ELSE …] END; without ELSE the value is null.</summary>
    private sealed class Case(CheckExpression? subject, List<(CheckExpression When, CheckExpression Then)> branches, CheckExpression? otherwise) : CheckExpression
    {
        public override object? Evaluate(Func<string, object?> column)
        {
            var value = subject?.Evaluate(column);
            foreach (var (when, then) in branches)
            {
                var matches = subject is null ? Truth(when.Evaluate(column)) is true : Compare.Apply(value, "=", when.Evaluate(column)) is true;
                if (matches) return then.Evaluate(column);
            }
            return otherwise?.Evaluate(column);
        }
    }

    /// <summary>The few functions CHECKs here use on plain values.</summary>
    private sealed class Function(string name, List<CheckExpression> arguments) : CheckExpression
    {
        public override object? Evaluate(Func<string, object?> column)
        {
            var values = arguments.Select(a => a.Evaluate(column)).ToList();
            switch (name)
            {
                case "coalesce": return values.FirstOrDefault(v => v is not null);
                case "nullif": return values[0] is not null && Compare.Apply(values[0], "=", values[1]) is true ? null : values[0];
                case "num_nonnulls": return (decimal)values.Count(v => v is not null);
                // btrim(x) removes spaces only, as PostgreSQL's does.
                case "btrim": return values[0] is null ? null : values[0] is string text ? text.Trim(' ') : throw new NotJudgedException();
                case "array_to_string":
                    if (values[0] is null || values[1] is null) return null;
                    if (values[0] is not IEnumerable items || values[0] is string || values[1] is not string separator) throw new NotJudgedException();
                    return string.Join(separator, items.Cast<object?>().Where(i => i is not null).Select(i => i as string ?? throw new NotJudgedException()));
                default: throw new NotJudgedException();
            }
        }

        public static readonly Dictionary<string, int> Arity = new() { ["coalesce"] = -1, ["nullif"] = 2, ["num_nonnulls"] = -1, ["btrim"] = 1, ["array_to_string"] = 2 };
    }

    /// <summary>text ~ 'pattern', for patterns whose meaning .NET shares with PostgreSQL's regular expressions.</summary>
    private sealed class Matches(CheckExpression text, System.Text.RegularExpressions.Regex pattern) : CheckExpression
    {
        public override object? Evaluate(Func<string, object?> column) => text.Evaluate(column) switch
        {
            null => null,
            string value => pattern.IsMatch(value),
            _ => throw new NotJudgedException(),
        };

        /// <summary>
        /// Literals, ^, escapes of punctuation, \s and \d, bracket classes, groups, alternation and counted repetition mean
        /// the same in both engines. A final $ becomes \z (.NET's $ would also match before a final newline). POSIX classes
        /// ([[:alpha:]]), letter escapes such as \m or \y, back references, embedded options and any other $ are not judged.
        /// </summary>
        public static System.Text.RegularExpressions.Regex? Portable(string pattern)
        {
            if (pattern.Contains("[[:") || pattern.Contains("(?")) return null;
            for (var i = 0; i < pattern.Length; i++)
            {
                if (pattern[i] == '\\')
                {
                    if (i + 1 < pattern.Length && char.IsLetterOrDigit(pattern[i + 1]) && pattern[i + 1] is not ('s' or 'd' or 'S' or 'D')) return null;
                    i++;
                }
                else if (pattern[i] == '$' && i != pattern.Length - 1) return null;
            }
            if (pattern.EndsWith('$') && !pattern.EndsWith("\\$")) pattern = pattern[..^1] + "\\z";
            try { return new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant); }
            catch (ArgumentException) { return null; }
        }
    }

    private static bool? Truth(object? value) => value switch
    {
        null => null,
        bool b => b,
        _ => throw new NotJudgedException(),
    };

    // ---- parsing -----------------------------------------------------------------------------

    private static readonly HashSet<string> Keywords = ["AND", "OR", "NOT", "IS", "NULL", "TRUE", "FALSE", "ANY", "ALL", "ARRAY", "DISTINCT", "FROM", "CASE", "WHEN", "THEN", "ELSE", "END"];
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
            // A minus sign before a digit is part of the number unless it follows an operand (then it subtracts).
            if (char.IsDigit(c) || (c == '-' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && !(tokens.Count > 0 && IsOperand(tokens[^1]))))
            {
                var start = i++;
                while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.')) i++;
                tokens.Add(new Token(text[start..i]));
                continue;
            }
            foreach (var symbol in new[] { "::", "<>", "<=", ">=", "=", "<", ">", "(", ")", "[", "]", ",", "~", "+", "-" })
                if (string.CompareOrdinal(text, i, symbol, 0, symbol.Length) == 0) { tokens.Add(new Token(symbol)); i += symbol.Length; goto next; }
            throw new NotJudgedException();   // *, /, ||, @>, …: not judged here
            next:;
        }
        return tokens;
    }

    private static bool IsOperand(Token token) =>
        token.IsString || token.Text is ")" or "]" || char.IsDigit(token.Text[0]) || (char.IsLetter(token.Text[0]) || token.Text[0] == '_') && !Keywords.Contains(token.Text.ToUpperInvariant());

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
            var left = Additive();
            if (IsWord("IS"))
            {
                _at++;
                var negated = IsWord("NOT");
                if (negated) _at++;
                if (IsWord("DISTINCT"))
                {
                    _at++;
                    if (!IsWord("FROM")) throw new NotJudgedException();
                    _at++;
                    return new Distinct(left, Additive(), negated);
                }
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
                return new Compare(left, op.Text, Additive());
            }
            if (Peek is { IsString: false, Text: "~" })
            {
                _at++;
                if (Next() is not { IsString: true } pattern) throw new NotJudgedException();
                while (Peek?.Text == "::" && !Peek.IsString) Cast(new Literal(pattern.Text));
                return new Matches(left, Matches.Portable(pattern.Text) ?? throw new NotJudgedException());
            }
            return left;
        }

        private CheckExpression Additive()
        {
            var result = Primary();
            while (Peek is { IsString: false, Text: "+" or "-" } op)
            {
                _at++;
                result = new Arithmetic(result, op.Text[0], Primary());
            }
            return result;
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
            else if (char.IsDigit(token.Text[0]) || token.Text.Length > 1 && token.Text[0] == '-')
                result = new Literal(decimal.Parse(token.Text, CultureInfo.InvariantCulture));
            else if (token.Text is "-" or "+" or "~") throw new NotJudgedException();   // a sign before an expression
            else if (token.Text.Equals("true", StringComparison.OrdinalIgnoreCase)) result = new Literal(true);
            else if (token.Text.Equals("false", StringComparison.OrdinalIgnoreCase)) result = new Literal(false);
            else if (token.Text.Equals("NULL", StringComparison.OrdinalIgnoreCase)) result = new Literal(null);
            else if (token.Text.Equals("CASE", StringComparison.OrdinalIgnoreCase)) result = CaseExpression();
            else if (Peek?.Text == "(" && Function.Arity.TryGetValue(token.Text.ToLowerInvariant(), out var arity))
            {
                Expect("(");
                var arguments = new List<CheckExpression> { Or() };
                while (Peek?.Text == "," && !Peek.IsString) { _at++; arguments.Add(Or()); }
                Expect(")");
                if (arity >= 0 && arguments.Count != arity) throw new NotJudgedException();
                result = new Function(token.Text.ToLowerInvariant(), arguments);
            }
            else if (Keywords.Contains(token.Text.ToUpperInvariant()) || Peek?.Text == "(") throw new NotJudgedException();   // another function
            else result = new Column(token.Text);
            while (Peek?.Text == "::" && !Peek.IsString) result = Cast(result);
            return result;
        }

        private CheckExpression CaseExpression()
        {
            var subject = IsWord("WHEN") ? null : Or();
            var branches = new List<(CheckExpression, CheckExpression)>();
            while (IsWord("WHEN"))
            {
                _at++;
                var when = Or();
                if (!IsWord("THEN")) throw new NotJudgedException();
                _at++;
                branches.Add((when, Or()));
            }
            CheckExpression? otherwise = null;
            if (IsWord("ELSE")) { _at++; otherwise = Or(); }
            if (!IsWord("END") || branches.Count == 0) throw new NotJudgedException();
            _at++;
            return new Case(subject, branches, otherwise);
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
