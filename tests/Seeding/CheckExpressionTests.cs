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
    [InlineData("((char_length(name) > 0))")]
    [InlineData("((ceil(((characters)::numeric / 153.0)) > (1)::numeric))")]
    [InlineData("((name ~ '^[[:alpha:]]+$'::text))")]
    [InlineData("((name ~ '\\mword\\M'::text))")]
    public void other_functions_division_and_patterns_read_differently_by_dotnet_are_left_to_postgresql(string expression) =>
        Assert.Null(CheckExpression.TryParse(expression));

    [Fact]
    public void is_distinct_from_treats_two_nulls_as_equal_and_a_null_as_different()
    {
        const string check = "(((placement_status IS DISTINCT FROM 'ended'::text) OR (placement_end_date IS NOT NULL)))";
        Assert.True(Passes(check, ("placement_status", null), ("placement_end_date", null)));
        Assert.False(Passes(check, ("placement_status", "ended"), ("placement_end_date", null)));
        Assert.True(Passes(check, ("placement_status", "active"), ("placement_end_date", null)));
    }

    [Fact]
    public void coalesce_nullif_and_btrim_give_postgresql_s_values()
    {
        const string described = "(((stp_allowance_type IS DISTINCT FROM 'OD'::text) OR (NULLIF(btrim(description), ''::text) IS NOT NULL)))";
        Assert.False(Passes(described, ("stp_allowance_type", "OD"), ("description", "   ")));
        Assert.True(Passes(described, ("stp_allowance_type", "OD"), ("description", " meals ")));
        const string resolved = "(((resolved_at IS NULL) OR (resolved_at >= COALESCE(accepted_at, requested_at))))";
        var at = new DateTime(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc);
        Assert.False(Passes(resolved, ("resolved_at", at), ("accepted_at", null), ("requested_at", at.AddHours(1))));
        Assert.True(Passes(resolved, ("resolved_at", at), ("accepted_at", at.AddHours(-1)), ("requested_at", at.AddHours(1))));
    }

    [Fact]
    public void arithmetic_and_counting_non_nulls_judge_sums_and_presence()
    {
        Assert.False(Passes("(((position_x + width) <= 24))", ("position_x", 20), ("width", 6)));
        Assert.True(Passes("(((position_x + width) <= 24))", ("position_x", 18), ("width", 6)));
        Assert.True(Passes("(((COALESCE(max_work_minutes, 0) + min_rest_minutes) <= period_minutes))", ("max_work_minutes", null), ("min_rest_minutes", 600), ("period_minutes", 1440)));
        Assert.False(Passes("((num_nonnulls(interval_days, interval_km, interval_hours) >= 1))", ("interval_days", null), ("interval_km", null), ("interval_hours", null)));
        Assert.True(Passes("((num_nonnulls(interval_days, interval_km, interval_hours) >= 1))", ("interval_days", null), ("interval_km", 5000), ("interval_hours", null)));
    }

    [Fact]
    public void a_case_picks_its_branch_and_falls_to_else()
    {
        const string check = "(\nCASE participant_type\n    WHEN 'user'::text THEN (user_id IS NOT NULL)\n    WHEN 'external'::text THEN (address IS NOT NULL)\n    ELSE true\nEND)";
        Assert.False(Passes(check, ("participant_type", "user"), ("user_id", null), ("address", null)));
        Assert.True(Passes(check, ("participant_type", "external"), ("user_id", null), ("address", "x@example.com")));
        Assert.True(Passes(check, ("participant_type", "employee"), ("user_id", null), ("address", null)));
    }

    [Fact]
    public void a_pattern_is_matched_to_the_end_of_the_text_as_postgresql_does()
    {
        const string check = "(((address IS NULL) OR (address ~ '^\\+614[0-9]{8}$'::text)))";
        Assert.True(Passes(check, ("address", "+61412345678")));
        Assert.False(Passes(check, ("address", "+61412345678\n")));
        Assert.False(Passes(check, ("address", "0412345678")));
        const string codes = "(((other_citizenships IS NULL) OR (array_to_string(other_citizenships, ','::text) ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'::text)))";
        Assert.True(Passes(codes, ("other_citizenships", new[] { "NZ", "GB" })));
        Assert.False(Passes(codes, ("other_citizenships", new[] { "nz" })));
    }

    [Fact]
    public void text_order_is_left_to_postgresql_because_it_depends_on_the_collation()
    {
        var parsed = CheckExpression.TryParse("((code > 'm'::text))")!;
        Assert.True(parsed.Passes(_ => "a"));
    }
}
