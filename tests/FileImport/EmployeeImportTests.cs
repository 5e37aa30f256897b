using Dapper;
using Finnest.Database.Engine;
using Finnest.Database.FileImport;
using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.FileImport;

/// <summary>Employee files, CSV and XLSX, valid, invalid and mixed, imported into a cloned database as the tenant.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class EmployeeImportTests(DatabaseFixture fixture) : IDisposable
{
    private readonly ImportFiles _files = new();

    private static readonly string[] Header =
        ["Employee No", "Given name", "Surname", "DOB", "Email", "Mobile", "Address", "Suburb", "State", "Postcode", "TFN", "Employment type", "Start date"];

    private static readonly string[] TfnOfAnn = [ImportFiles.Tfn()];

    private static string[][] ValidRows() =>
    [
        ["E001", "Ann", "Lee", "04/03/1990", "ann@example.com", "0412 345 678", "1 George St", "Sydney", "NSW", "2000", TfnOfAnn[0], "Casual", "2026-01-05"],
        ["E002", "Bob", "Nguyen", "1985-11-30", "bob@example.com", "+61 413 000 111", "5 Smith St", "Darwin", "NT", "800", ImportFiles.Tfn(), "full time", "01/02/2026"],
        ["E003", "Cat", "Smith", "12/12/2000", "cat@example.com", "0414 111 222", "9 Hay St", "Perth", "Western Australia", "6000", "", "Part-time", "2026-03-01"],
    ];

    private static string[][] InvalidRows() =>
    [
        ["E004", "Dan", "Brown", "1991-05-05", "dan@example.com", "0415 000 000", "2 King St", "Sydney", "NSW", "2000", "123456789", "casual", "2026-01-05"],
        ["E005", "Eve", "Black", "31/02/1990", "not-an-email", "", "3 Queen St", "Melbourne", "VIC", "2000", "", "casual", ""],
        ["E006", "", "White", "", "fay@example.com", "", "", "", "", "", "", "temp", ""],
    ];

    [Fact]
    public async Task a_valid_csv_writes_every_row_with_its_id_mapping_as_the_tenant()
    {
        await using var db = await ImportDatabase.CreateAsync(fixture);
        var outcome = await db.ImportAsync("employees", _files.Csv("staff.csv", Header, ValidRows()));

        Assert.True(outcome.Written);
        Assert.Empty(outcome.Problems);
        Assert.Equal((3, 0, 0), (outcome.Inserted, outcome.Updated, outcome.Unchanged));
        Assert.Equal(3, await db.CountAsync("people.employees"));
        Assert.Equal(3, await db.MappingsAsync("people.employees"));
        var ann = await db.Connection.QuerySingleAsync<(string Phone, DateTime Dob, string Address, string Source, byte[] Tfn)>(
            "select phone, date_of_birth, address::text, metadata ->> 'source', tax_file_number_encrypted from people.employees where employee_number = 'E001'");
        Assert.Equal("+61412345678", ann.Phone);
        Assert.Equal(new DateTime(1990, 3, 4), ann.Dob);
        Assert.Contains("\"postcode\": \"2000\"", ann.Address);
        Assert.Equal("csv_import", ann.Source);
        Assert.Equal(0x01, ann.Tfn[0]);
        Assert.Equal(TfnOfAnn[0], ImportDatabase.Key.Decrypt(ann.Tfn));
        Assert.Equal("NT", await db.Connection.ExecuteScalarAsync<string>("select address ->> 'state' from people.employees where employee_number = 'E002'"));
        Assert.Equal("0800", await db.Connection.ExecuteScalarAsync<string>("select address ->> 'postcode' from people.employees where employee_number = 'E002'"));
        // The audit trigger logged every insert for the tenant, and never the TFN.
        Assert.Equal(3, await db.Connection.ExecuteScalarAsync<long>(
            "select count(*) from public.audit_log where table_name = 'people.employees' and operation = 'insert' and org_id = @org", new { org = db.OrgId }));
        Assert.Equal(0, await db.Connection.ExecuteScalarAsync<long>(
            "select count(*) from public.audit_log where new_row::text like '%' || @tfn || '%'", new { tfn = TfnOfAnn[0] }));
    }

    [Fact]
    public async Task a_valid_xlsx_with_typed_cells_writes_every_row()
    {
        await using var db = await ImportDatabase.CreateAsync(fixture);
        string[] header = ["Payroll number", "First Name", "last_name", "Date of birth", "E-mail", "Phone", "State", "Post code", "Tax file number", "Employment type"];
        var path = _files.Xlsx("staff.xlsx", header,
            ["P1", "Ann", "Lee", new DateTime(1990, 3, 4), "ann@example.com", 412345678d, "NT", 810d, double.Parse(ImportFiles.Tfn()), "casual"],
            ["P2", "Bob", "Nguyen", "30/11/1985", "bob@example.com", "02 9876 5432", "ACT", "2600", ImportFiles.Tfn(), "Full Time"]);

        var outcome = await db.ImportAsync("employees", path);

        Assert.Empty(outcome.Problems);
        Assert.Equal(2, outcome.Inserted);
        var rows = (await db.Connection.QueryAsync<(string Number, DateTime Dob, string Phone, string Postcode, string Type)>(
            "select employee_number, date_of_birth, phone, address ->> 'postcode', employment_type from people.employees order by employee_number")).ToList();
        Assert.Equal(("P1", new DateTime(1990, 3, 4), "+61412345678", "0810", "casual"), rows[0]);
        Assert.Equal(("P2", new DateTime(1985, 11, 30), "+61298765432", "2600", "full_time"), rows[1]);
        Assert.Equal(2, await db.MappingsAsync("people.employees"));
    }

    [Fact]
    public async Task an_invalid_file_writes_nothing_and_names_the_row_column_and_problem()
    {
        await using var db = await ImportDatabase.CreateAsync(fixture);
        var outcome = await db.ImportAsync("employees", _files.Csv("bad.csv", Header, InvalidRows()));

        Assert.False(outcome.Written);
        Assert.Equal(3, outcome.InvalidRows);
        Assert.Contains(new RowProblem(2, "TFN", "fails the TFN check digit"), outcome.Problems);
        Assert.Contains(new RowProblem(3, "DOB", "'31/02/1990' is not a date (write 2026-03-31 or 31/03/2026)"), outcome.Problems);
        Assert.Contains(new RowProblem(3, "Email", "'not-an-email' is not an email address"), outcome.Problems);
        Assert.Contains(new RowProblem(4, "Given name", "is empty but required"), outcome.Problems);
        Assert.Contains(outcome.Problems, p => p is { Row: 4, Column: "Employment type" } && p.Problem.StartsWith("'temp' is not one of full_time"));
        Assert.DoesNotContain(outcome.Problems, p => p.Problem.Contains("123456789"));
        await db.AssertNothingWrittenAsync("people.employees");
    }

    [Fact]
    public async Task a_postcode_outside_its_state_is_reported_once_the_cells_parse()
    {
        await using var db = await ImportDatabase.CreateAsync(fixture);
        string[] row = ["E007", "Gus", "Green", "", "gus@example.com", "", "", "Melbourne", "VIC", "2000", "", "casual", ""];
        var outcome = await db.ImportAsync("employees", _files.Csv("postcode.csv", Header, row));

        Assert.Equal([new RowProblem(2, "Postcode", "postcode 2000 is not in VIC")], outcome.Problems);
        Assert.Equal(0, await db.CountAsync("people.employees"));
    }

    [Fact]
    public async Task a_mixed_xlsx_without_skip_invalid_writes_nothing()
    {
        await using var db = await ImportDatabase.CreateAsync(fixture);
        var path = _files.Xlsx("mixed.xlsx", Header, ValidRows().Concat(InvalidRows()).Select(r => r.Cast<object?>().ToArray()).ToArray());

        var outcome = await db.ImportAsync("employees", path);

        Assert.False(outcome.Written);
        Assert.Equal(3, outcome.InvalidRows);
        await db.AssertNothingWrittenAsync("people.employees");
    }

    [Fact]
    public async Task a_mixed_csv_with_skip_invalid_writes_the_valid_rows_and_reports_the_rest()
    {
        await using var db = await ImportDatabase.CreateAsync(fixture);
        var outcome = await db.ImportAsync("employees", _files.Csv("mixed.csv", Header, [.. ValidRows(), .. InvalidRows()]), skipInvalid: true);

        Assert.True(outcome.Written);
        Assert.Equal(3, outcome.Inserted);
        Assert.Equal([5, 6, 7], outcome.Problems.Select(p => p.Row).Distinct());
        Assert.Equal(["E001", "E002", "E003"], await db.Connection.QueryAsync<string>("select employee_number from people.employees order by 1"));
        Assert.Equal(3, await db.MappingsAsync("people.employees"));
    }

    [Fact]
    public async Task importing_the_same_file_again_inserts_and_updates_nothing()
    {
        await using var db = await ImportDatabase.CreateAsync(fixture);
        var path = _files.Csv("staff.csv", Header, ValidRows());
        await db.ImportAsync("employees", path);
        var audited = await db.AuditRowsAsync("people.employees");

        var again = await db.ImportAsync("employees", path);

        Assert.Equal((0, 0, 3), (again.Inserted, again.Updated, again.Unchanged));
        Assert.Equal(3, await db.CountAsync("people.employees"));
        Assert.Equal(3, await db.MappingsAsync("people.employees"));
        Assert.Equal(audited, await db.AuditRowsAsync("people.employees"));
    }

    [Fact]
    public async Task one_changed_cell_updates_exactly_one_row_and_only_that_column()
    {
        await using var db = await ImportDatabase.CreateAsync(fixture);
        var rows = ValidRows();
        await db.ImportAsync("employees", _files.Csv("staff.csv", Header, rows));
        rows[1][5] = "0499 999 999";

        var again = await db.ImportAsync("employees", _files.Csv("staff-v2.csv", Header, rows));

        Assert.Equal((0, 1, 2), (again.Inserted, again.Updated, again.Unchanged));
        Assert.Equal("+61499999999", await db.Connection.ExecuteScalarAsync<string>("select phone from people.employees where employee_number = 'E002'"));
        var changed = await db.Connection.QuerySingleAsync<string[]>(
            "select changed_columns from public.audit_log where table_name = 'people.employees' and operation = 'update'");
        Assert.Contains("phone", changed);
        Assert.DoesNotContain("tax_file_number_encrypted", changed);
        Assert.DoesNotContain("first_name", changed);
    }

    [Fact]
    public async Task a_changed_tfn_is_sealed_again_and_an_unchanged_one_is_left_alone()
    {
        await using var db = await ImportDatabase.CreateAsync(fixture);
        var rows = ValidRows();
        await db.ImportAsync("employees", _files.Csv("staff.csv", Header, rows));
        var newTfn = ImportFiles.Tfn();
        rows[0][10] = newTfn;

        var again = await db.ImportAsync("employees", _files.Csv("staff-v2.csv", Header, rows));

        Assert.Equal((0, 1, 2), (again.Inserted, again.Updated, again.Unchanged));
        var stored = await db.Connection.ExecuteScalarAsync<byte[]>("select tax_file_number_encrypted from people.employees where employee_number = 'E001'");
        Assert.Equal(newTfn, ImportDatabase.Key.Decrypt(stored!));
    }

    [Fact]
    public async Task a_dry_run_counts_what_it_would_do_and_writes_nothing()
    {
        await using var db = await ImportDatabase.CreateAsync(fixture);
        var outcome = await db.ImportAsync("employees", _files.Csv("staff.csv", Header, ValidRows()), dryRun: true);

        Assert.False(outcome.Written);
        Assert.Equal(3, outcome.Inserted);
        await db.AssertNothingWrittenAsync("people.employees");
    }

    [Fact]
    public async Task the_same_key_twice_in_one_file_is_a_problem_of_the_later_row()
    {
        await using var db = await ImportDatabase.CreateAsync(fixture);
        var rows = ValidRows();
        rows[2][0] = "e001";

        var outcome = await db.ImportAsync("employees", _files.Csv("dupes.csv", Header, rows));

        Assert.Equal([new RowProblem(4, "(row)", "same employee_number e001 as row 2")], outcome.Problems);
        Assert.Equal(0, await db.CountAsync("people.employees"));
    }

    [Fact]
    public async Task a_payroll_number_held_by_an_employee_not_imported_is_rejected_by_the_unique_constraint()
    {
        await using var db = await ImportDatabase.CreateAsync(fixture);
        await db.Connection.ExecuteAsync(
            "insert into people.employees (org_id, employee_number, first_name, last_name, employment_type) values (@org, 'E002', 'Existing', 'Worker', 'casual')",
            new { org = db.OrgId });

        var outcome = await db.ImportAsync("employees", _files.Csv("staff.csv", Header, ValidRows()), skipInvalid: true);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal((3, "Employee No"), (problem.Row, problem.Column));
        Assert.Contains("uq_employees__org_id_employee_number", problem.Problem);
        Assert.Equal(2, outcome.Inserted);
        Assert.Equal(3, await db.CountAsync("people.employees"));
    }

    [Fact]
    public async Task without_a_payroll_number_column_rows_are_keyed_by_email()
    {
        await using var db = await ImportDatabase.CreateAsync(fixture);
        string[] byEmail = ["first_name", "last_name", "email", "employment_type"];
        var path = _files.Csv("by-email.csv", byEmail, ["Ann", "Lee", "Ann@Example.com", "casual"], ["Bob", "Ng", "bob@example.com", "casual"]);
        await db.ImportAsync("employees", path);

        var again = await db.ImportAsync("employees", _files.Csv("by-email-2.csv", byEmail, ["Ann", "Lee-Smith", "ann@example.com", "casual"], ["Bob", "Ng", "bob@example.com", "casual"]));

        Assert.Equal((0, 1, 1), (again.Inserted, again.Updated, again.Unchanged));
        Assert.Equal(2, await db.Connection.ExecuteScalarAsync<long>(
            "select count(*) from public.id_mappings where legacy_table = 'employees.email'"));
    }

    [Fact]
    public async Task a_row_imported_before_and_since_deleted_in_finnest_is_a_problem_not_a_restore()
    {
        await using var db = await ImportDatabase.CreateAsync(fixture);
        var path = _files.Csv("staff.csv", Header, ValidRows());
        await db.ImportAsync("employees", path);
        await db.Connection.ExecuteAsync("update people.employees set deleted_at = now() where employee_number = 'E003'");

        var again = await db.ImportAsync("employees", path);

        var problem = Assert.Single(again.Problems);
        Assert.Equal((4, "(row)"), (problem.Row, problem.Column));
        Assert.Contains("has since been deleted in Finnest", problem.Problem);
        Assert.False(again.Written);
        Assert.NotNull(await db.Connection.ExecuteScalarAsync<DateTime?>("select deleted_at from people.employees where employee_number = 'E003'"));
    }

    [Fact]
    public async Task a_login_without_superuser_or_bypassrls_imports_through_row_level_security()
    {
        await using var db = await ImportDatabase.CreateAsync(fixture);
        await db.AsLoginAsync("finnest_migrator, finnest_app", async (login, connection) =>
        {
            var outcome = await new FileImporter(connection).RunAsync(
                ImportFile.Read("employees", _files.Csv("staff.csv", Header, ValidRows())), new ImportOptions(ImportDatabase.Slug));

            Assert.Equal(3, outcome.Inserted);
            Assert.Equal(3, await db.Connection.ExecuteScalarAsync<long>(
                "select count(*) from public.audit_log where table_name = 'people.employees' and actor_role = @login", new { login }));
        });
    }

    [Fact]
    public async Task a_login_that_may_not_act_as_finnest_app_is_refused_before_writing()
    {
        await using var db = await ImportDatabase.CreateAsync(fixture);
        await db.AsLoginAsync("finnest_migrator", async (login, connection) =>
        {
            var refused = await Assert.ThrowsAsync<EngineException>(() => new FileImporter(connection).RunAsync(
                ImportFile.Read("employees", _files.Csv("staff.csv", Header, ValidRows())), new ImportOptions(ImportDatabase.Slug)));

            Assert.Equal(Failure.ConnectionFailed, refused.Failure);
            Assert.Contains($"the login {login} may not act as finnest_app", refused.Message);
        });
        await db.AssertNothingWrittenAsync("people.employees");
    }

    public void Dispose() => _files.Dispose();
}
