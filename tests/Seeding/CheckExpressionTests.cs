using Finnest.Database.Seeds.Generation;

namespace Finnest.Database.Tests.Seeding;

/// <summary>
/// The seeder judges CHECKs in memory from the text PostgreSQL prints for them: these pin the forms it understands, SQL's
/// three-valued logic, and that anything it cannot read is left to PostgreSQL rather than guessed.
/// </summary>
public sealed class CheckExpressionTests
{
    private static bool Passes(string expression, params (string Column, object? Value)[] row)
    {
        var parsed = CheckExpression.TryParse(expression);
        Assert.NotNull(parsed);
        var values = row.ToDictionary(r => r.Column, r => r.Value);
        return parsed.Passes(c => values.GetValueOrDefault(c));
    }

    [Fact]
    public void a_status_that_needs_a_date_fails_without_it_and_passes_with_it()
    {
        const string check = "(((status <> ALL (ARRAY['accepted'::text, 'rejected'::text])) OR (decided_at IS NOT NULL)))";
        Assert.False(Passes(check, ("status", "accepted"), ("decided_at", null)));
        Assert.True(Passes(check, ("status", "accepted"), ("decided_at", DateTime.UtcNow)));
        Assert.True(Passes(check, ("status", "pending"), ("decided_at", null)));
    }

    [Fact]
    public void exactly_one_of_two_columns_is_judged_by_comparing_their_null_tests()
    {
        const string check = "(((amount IS NULL) <> (percent_of_gross IS NULL)))";
        Assert.False(Passes(check, ("amount", null), ("percent_of_gross", null)));
        Assert.False(Passes(check, ("amount", 5m), ("percent_of_gross", 2m)));
        Assert.True(Passes(check, ("amount", 5m), ("percent_of_gross", null)));
    }

    [Fact]
    public void a_condition_equal_to_a_null_test_fails_when_they_disagree()
    {
        const string check = "(((status = 'completed'::text) = (completed_on IS NOT NULL)))";
        Assert.False(Passes(check, ("status", "completed"), ("completed_on", null)));
        Assert.False(Passes(check, ("status", "active"), ("completed_on", new DateOnly(2026, 1, 1))));
        Assert.True(Passes(check, ("status", "active"), ("completed_on", null)));
    }

    [Fact]
    public void numeric_bounds_compare_integers_decimals_and_cast_literals()
    {
        Assert.False(Passes("((tax_withheld >= (0)::numeric))", ("tax_withheld", -0.01m)));
        Assert.True(Passes("((tax_withheld >= (0)::numeric))", ("tax_withheld", 0m)));
        Assert.False(Passes("(((minimum_age_years >= 14) AND (minimum_age_years <= 25)))", ("minimum_age_years", 30)));
    }

    [Fact]
    public void an_unknown_result_passes_as_postgresql_lets_a_null_check_pass()
    {
        Assert.True(Passes("((tax_withheld >= (0)::numeric))", ("tax_withheld", null)));
        Assert.True(Passes("((status = ANY (ARRAY['a'::text, 'b'::text])))", ("status", null)));
    }

    [Fact]
    public void a_value_in_an_array_column_is_found_with_any()
    {
        const string check = "(((bac IS NULL) OR ('alcohol'::text = ANY (substance_panel))))";
        Assert.False(Passes(check, ("bac", 0.02m), ("substance_panel", new[] { "cannabis" })));
        Assert.True(Passes(check, ("bac", 0.02m), ("substance_panel", new[] { "cannabis", "alcohol" })));
    }

    [Theory]
    [InlineData("((jsonb_typeof(steps) = 'array'::text))")]
    [InlineData("((usi ~ '^[A-Z0-9]{10}$'::text))")]
    [InlineData("((total = (gross + tax)))")]
    [InlineData("((char_length(name) > 0))")]
    public void functions_patterns_and_arithmetic_are_left_to_postgresql(string expression) =>
        Assert.Null(CheckExpression.TryParse(expression));

    [Fact]
    public void text_order_is_left_to_postgresql_because_it_depends_on_the_collation()
    {
        var parsed = CheckExpression.TryParse("((code > 'm'::text))")!;
        Assert.True(parsed.Passes(_ => "a"));
    }
}
