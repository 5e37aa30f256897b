using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

[Collection(DatabaseCollection.Name)]
public sealed class QuotesRulesTests(DatabaseFixture database)
{
    private static Task<Guid> DraftQuoteAsync(SqlSession sql, Guid org) =>
        sql.InsertAsync("quotes.quotes", new { org_id = org, quote_number = $"Q-{Guid.NewGuid():N}"[..12], title = "Warehouse pickers, peak season", client_id = Guid.NewGuid() });

    private static Task<Guid> LineAsync(SqlSession sql, Guid org, Guid quote, int position, int headcount, decimal ordinaryHours, decimal chargeRate) =>
        sql.InsertAsync("quotes.quote_lines", new
        {
            org_id = org, quote_id = quote, position, position_title = "Storeperson", employment_type = "casual", headcount,
            ordinary_hours_per_week = ordinaryHours, pay_rate = 28.1200m, casual_loading = 0.2500m, payroll_tax_state = "VIC",
            payroll_tax_rate = 0.0485m, workers_comp_rate = 0.0320m, margin_type = "percent", margin_percent = 0.1500m, charge_rate_ordinary = chargeRate,
        });

    [Fact]
    public async Task a_quote_valid_until_before_its_issue_date_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);

        var error = await sql.RejectsAsync(
            "insert into quotes.quotes (org_id, quote_number, title, status, issued_on, valid_until) values (@org, 'Q-1', 'Cleaners', 'sent', '2026-03-10', '2026-03-09')",
            new { org });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_quotes__valid_until_after_issued", error.ConstraintName);
    }

    [Fact]
    public async Task the_quote_total_is_the_sum_of_its_live_lines()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var quote = await DraftQuoteAsync(sql, org);
        await LineAsync(sql, org, quote, 1, headcount: 4, ordinaryHours: 38m, chargeRate: 48.5000m);   // 4 × 38 × 48.50 = 7,372.00
        var second = await LineAsync(sql, org, quote, 2, headcount: 1, ordinaryHours: 20m, chargeRate: 52.0000m); // 1,040.00

        Assert.Equal(8412.00m, await sql.ScalarAsync<decimal>("select total_weekly_ex_gst from quotes.quotes where id = @quote", new { quote }));
        Assert.Equal(0.2005m, await sql.ScalarAsync<decimal>("select on_cost_rate from quotes.quote_lines where id = @second", new { second }));

        await sql.ExecuteAsync("update quotes.quote_lines set deleted_at = now() where id = @second", new { second });
        Assert.Equal(7372.00m, await sql.ScalarAsync<decimal>("select total_weekly_ex_gst from quotes.quotes where id = @quote", new { quote }));
    }

    [Fact]
    public async Task the_lines_of_a_sent_quote_cannot_change()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var quote = await DraftQuoteAsync(sql, org);
        var line = await LineAsync(sql, org, quote, 1, headcount: 2, ordinaryHours: 38m, chargeRate: 48.5000m);
        await sql.ExecuteAsync("update quotes.quotes set status = 'sent', issued_on = '2026-03-02', valid_until = '2026-03-31' where id = @quote", new { quote });

        var error = await sql.RejectsAsync("update quotes.quote_lines set charge_rate_ordinary = 45.0000 where id = @line", new { line });

        Assert.Equal("55000", error.SqlState);
        Assert.Equal($"quote {quote} is sent: only a draft quote's lines may change; revise it as a new quote", error.MessageText);
    }

    [Fact]
    public async Task a_classification_of_another_award_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var quote = await DraftQuoteAsync(sql, org);

        var error = await sql.RejectsAsync(
            """
            insert into quotes.quote_lines (org_id, quote_id, position, position_title, employment_type, ordinary_hours_per_week, pay_rate, margin_type, margin_amount, charge_rate_ordinary, award_id, award_classification_id)
            values (@org, @quote, 1, 'Retail assistant', 'part_time', 30, 26.5500, 'fixed', 6.0000, 40.0000,
                    (select id from compliance.awards where code = 'MA000004'),
                    (select c.id from compliance.award_classifications c join compliance.awards a on a.id = c.award_id where a.code = 'MA000002' order by c.sort_order limit 1))
            """, new { org, quote });

        Assert.Equal("23503", error.SqlState);
        Assert.Matches("^classification [0-9a-f-]{36} is not a classification of award [0-9a-f-]{36}$", error.MessageText);
    }

    [Fact]
    public async Task a_margin_given_both_as_percent_and_dollars_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var quote = await DraftQuoteAsync(sql, org);

        var error = await sql.RejectsAsync(
            """
            insert into quotes.quote_lines (org_id, quote_id, position, position_title, employment_type, ordinary_hours_per_week, pay_rate, margin_type, margin_percent, margin_amount, charge_rate_ordinary)
            values (@org, @quote, 1, 'Cleaner', 'casual', 20, 30.0000, 'percent', 0.1500, 5.0000, 45.0000)
            """, new { org, quote });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_quote_lines__margin_matches_type", error.ConstraintName);
    }

    [Theory]
    [InlineData("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")] // upper case
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85")]  // 63 characters
    [InlineData("g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")] // not hex
    public async Task a_signature_without_a_sha256_hex_hash_is_rejected(string hash)
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var quote = await DraftQuoteAsync(sql, org);
        await sql.InsertAsync("quotes.signatures", new
        {
            org_id = org, quote_id = quote, signer_name = "Jo Citizen", signer_party = "client", signed_at = "2026-03-03 10:00+11",
            document_sha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ip_address = "203.0.113.7", method = "click_to_accept",
        });

        var error = await sql.RejectsAsync(
            "insert into quotes.signatures (org_id, quote_id, signer_name, signer_party, signed_at, document_sha256, method) values (@org, @quote, 'Jo Citizen', 'client', now(), @hash, 'typed')",
            new { org, quote, hash });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_signatures__document_sha256_format", error.ConstraintName);
    }

    [Fact]
    public async Task a_quote_line_on_another_tenants_quote_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var other = await sql.NewOrganisationAsync();
        var theirs = await DraftQuoteAsync(sql, other);
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);

        var error = await sql.RejectsAsync(
            """
            insert into quotes.quote_lines (org_id, quote_id, position, position_title, employment_type, ordinary_hours_per_week, pay_rate, margin_type, margin_percent, charge_rate_ordinary)
            values (@org, @theirs, 1, 'Cleaner', 'casual', 20, 30.0000, 'percent', 0.1500, 45.0000)
            """, new { org, theirs });

        Assert.Equal("23503", error.SqlState);
        Assert.Equal("fk_quote_lines__quote_id", error.ConstraintName);
    }
}
