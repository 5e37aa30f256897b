using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

[Collection(DatabaseCollection.Name)]
public sealed class LearnRulesTests(DatabaseFixture database)
{
    private const string UsiAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary>Appends the Luhn mod-32 check character to a 9-character USI body.</summary>
    private static string Usi(string body)
    {
        var sum = 0;
        var factor = 2;
        for (var i = body.Length - 1; i >= 0; i--)
        {
            var addend = factor * UsiAlphabet.IndexOf(body[i]);
            sum += addend / 32 + addend % 32;
            factor = factor == 2 ? 1 : 2;
        }
        return body + UsiAlphabet[(32 - sum % 32) % 32];
    }

    private static Task<Guid> CourseAsync(SqlSession sql, Guid org, string code = "FA-01") =>
        sql.InsertAsync("learn.courses", new { org_id = org, code, title = "Provide First Aid", course_type = "internal", national_unit_code = "HLTAID011", validity_months = 36 });

    [Theory]
    [InlineData("HLTAID011")]
    [InlineData("CPCWHS1001")]
    [InlineData("TLILIC0003")]
    [InlineData("SITHFAB021")]
    public async Task a_national_unit_code_in_training_gov_au_format_is_accepted(string unit)
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);

        await sql.InsertAsync("learn.courses", new { org_id = org, code = unit, title = unit, course_type = "internal", national_unit_code = unit });
    }

    [Theory]
    [InlineData("First Aid")]
    [InlineData("HLTAID11")]
    [InlineData("hltaid011")]
    public async Task a_malformed_national_unit_code_is_rejected(string unit)
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();

        var error = await sql.RejectsAsync(
            "insert into learn.courses (org_id, code, title, course_type, national_unit_code) values (@org, 'C1', 'First aid', 'internal', @unit)", new { org, unit });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_courses__national_unit_code_format", error.ConstraintName);
    }

    [Fact]
    public async Task a_usi_with_a_wrong_check_character_or_excluded_letters_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var valid = Usi("BNGH7C75F");
        await sql.InsertAsync("learn.certifications", new { org_id = org, employee_id = Guid.NewGuid(), title = "Provide CPR", national_unit_code = "HLTAID009", usi = valid, issued_on = "2026-02-10", expires_on = "2027-02-10" });

        var wrongCheck = valid[..9] + UsiAlphabet[(UsiAlphabet.IndexOf(valid[9]) + 1) % 32];
        var checkError = await sql.RejectsAsync(
            "insert into learn.certifications (org_id, employee_id, title, usi, issued_on) values (@org, gen_random_uuid(), 'CPR', @usi, '2026-02-10')", new { org, usi = wrongCheck });
        Assert.Equal("ck_certifications__usi_check_character", checkError.ConstraintName);

        var formatError = await sql.RejectsAsync(
            "insert into learn.certifications (org_id, employee_id, title, usi, issued_on) values (@org, gen_random_uuid(), 'CPR', 'BNGH7C75O1', '2026-02-10')", new { org });
        Assert.Equal("23514", formatError.SqlState);
        Assert.StartsWith("ck_certifications__usi_", formatError.ConstraintName);
    }

    [Fact]
    public async Task a_score_above_100_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var course = await CourseAsync(sql, org);

        var error = await sql.RejectsAsync(
            "insert into learn.enrollments (org_id, course_id, employee_id, status, score, completed_at) values (@org, @course, gen_random_uuid(), 'completed', 100.5, now())", new { org, course });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_enrollments__score_range", error.ConstraintName);
    }

    [Fact]
    public async Task a_worker_has_one_open_enrolment_per_course_but_may_enrol_again_after_finishing()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var course = await CourseAsync(sql, org);
        var employee = Guid.NewGuid();
        var first = await sql.InsertAsync("learn.enrollments", new { org_id = org, course_id = course, employee_id = employee });

        var error = await sql.RejectsAsync("insert into learn.enrollments (org_id, course_id, employee_id) values (@org, @course, @employee)", new { org, course, employee });
        Assert.Equal("23505", error.SqlState);
        Assert.Equal("uq_enrollments__org_id_employee_id_course_id_open", error.ConstraintName);

        await sql.ExecuteAsync("update learn.enrollments set status = 'completed', score = 92, completed_at = now() where id = @first", new { first });
        await sql.InsertAsync("learn.enrollments", new { org_id = org, course_id = course, employee_id = employee, reason = "reinduction" });
    }

    [Fact]
    public async Task a_learning_path_listing_another_tenants_course_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var other = await sql.NewOrganisationAsync();
        var theirs = await CourseAsync(sql, other);
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var ours = await CourseAsync(sql, org);
        await sql.InsertAsync("learn.learning_paths", new { org_id = org, name = "Warehouse starter", course_ids = new[] { ours } });

        var error = await sql.RejectsAsync(
            "insert into learn.learning_paths (org_id, name, course_ids) values (@org, 'Sneaky', array[@ours, @theirs])", new { org, ours, theirs });

        Assert.Equal("23503", error.SqlState);
        Assert.EndsWith("lists a course that is not a live course of its organisation", error.MessageText);
    }

    [Fact]
    public async Task an_enrolment_in_another_tenants_course_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var other = await sql.NewOrganisationAsync();
        var theirs = await CourseAsync(sql, other);
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);

        var error = await sql.RejectsAsync(
            "insert into learn.enrollments (org_id, course_id, employee_id) values (@org, @theirs, gen_random_uuid())", new { org, theirs });

        Assert.Equal("23503", error.SqlState);
        Assert.Equal("fk_enrollments__course_id", error.ConstraintName);
    }
}
