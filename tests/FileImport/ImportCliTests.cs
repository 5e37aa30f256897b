using Finnest.Database.Cli;
using Dapper;
using Finnest.Database.Engine;
using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.FileImport;

/// <summary>The import verbs through the real CLI process: exit codes, one error line, nothing written on bad input.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class ImportCliTests(DatabaseFixture fixture) : IDisposable
{
    private readonly ImportFiles _files = new();
    private static readonly string[] Header = ["employee_number", "first_name", "last_name", "email", "tax_file_number", "employment_type"];
    private static readonly Dictionary<string, string> NoKey = new() { [FieldEncryption.KeyVariable] = "" };

    private string ValidFile() => _files.Csv("staff.csv", Header,
        ["E1", "Ann", "Lee", "ann@example.com", ImportFiles.Tfn(), "casual"],
        ["E2", "Bob", "Ng", "bob@example.com", ImportFiles.Tfn(), "casual"]);

    private string Url(ImportDatabase db) => fixture.Cluster.ServerUrl(db.Settings.Database!);

    private static void AssertOneErrorLine(CliResult result, ExitCode expected, string says)
    {
        Assert.True((int)expected == result.ExitCode, $"exit {result.ExitCode}, expected {(int)expected}: {result.All}");
        var error = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("error:"));
        Assert.Contains(says, error);
        Assert.DoesNotContain("   at ", result.All);
        Assert.DoesNotContain(TestCluster.Password, result.All);
    }

    [Fact]
    public async Task a_missing_file_is_bad_input()
    {
        var result = await CliProcess.RunAsync("import", "employees", _files.PathFor("nope.csv"), "--org", "acme");
        AssertOneErrorLine(result, ExitCode.BadInput, "no such file");
    }

    [Fact]
    public async Task an_unknown_kind_is_bad_input_in_one_line()
    {
        var result = await CliProcess.RunAsync("import", "contractors", ValidFile(), "--org", "acme");
        AssertOneErrorLine(result, ExitCode.BadInput, "unknown kind 'contractors'");
    }

    [Fact]
    public async Task a_text_file_renamed_xlsx_is_bad_input()
    {
        var path = _files.PathFor("staff.xlsx");
        await File.WriteAllTextAsync(path, "employee_number,first_name\nE1,Ann\n");
        var result = await CliProcess.RunAsync("import", "employees", path, "--org", "acme");
        AssertOneErrorLine(result, ExitCode.BadInput, "staff.xlsx is not an .xlsx workbook");
    }

    [Fact]
    public async Task a_csv_without_a_recognisable_header_is_bad_input()
    {
        var path = _files.Csv("data.csv", ["Ann", "Lee", "casual"], ["Bob", "Ng", "casual"]);
        var result = await CliProcess.RunAsync("import", "employees", path, "--org", "acme");
        AssertOneErrorLine(result, ExitCode.BadInput, "no recognisable header");
    }

    [Fact]
    public async Task a_csv_that_is_not_utf8_is_bad_input()
    {
        var path = _files.PathFor("latin1.csv");
        await File.WriteAllBytesAsync(path, [.. "first_name,last_name,email,employment_type\nRen"u8, 0xE9, .. ",Lee,r@example.com,casual\n"u8]);
        var result = await CliProcess.RunAsync("import", "employees", path, "--org", "acme");
        AssertOneErrorLine(result, ExitCode.BadInput, "is not UTF-8 text");
    }

    [Fact]
    public async Task an_unknown_option_is_bad_input()
    {
        var result = await CliProcess.RunAsync("import", "employees", ValidFile(), "--org", "acme", "--overwrite");
        AssertOneErrorLine(result, ExitCode.BadInput, "--overwrite");
    }

    [Fact]
    public async Task an_unreachable_database_is_a_connection_failure()
    {
        var result = await CliProcess.RunAsync("import", "employees", ValidFile(), "--org", "acme", "--connection", "Host=127.0.0.1;Port=1;Username=u;Password=pw;Timeout=3");
        AssertOneErrorLine(result, ExitCode.ConnectionFailed, "cannot connect");
    }

    [Fact]
    public async Task an_unknown_organisation_is_bad_input_and_writes_nothing()
    {
        await using var db = await ImportDatabase.CreateAsync(fixture);
        var result = await CliProcess.RunAsync("import", "employees", ValidFile(), "--org", "no-such-org", "--connection", Url(db));
        AssertOneErrorLine(result, ExitCode.BadInput, "no organisation with slug 'no-such-org'");
        Assert.Equal(0, await db.CountAsync("people.employees"));
    }

    [Fact]
    public async Task a_valid_file_exits_zero_and_says_which_key_sealed_the_tfns()
    {
        await using var db = await ImportDatabase.CreateAsync(fixture);
        var result = await CliProcess.RunAsync(NoKey, "import", "employees", ValidFile(), "--org", ImportDatabase.Slug, "--connection", Url(db));

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("public development key", result.StdErr);
        Assert.Matches(@"staff\.csv\s*│\s*acme-labour\s*│\s*2\s*│\s*2\s*│\s*0\s*│\s*0\s*│\s*0", result.StdOut);
        Assert.Equal(2, await db.CountAsync("people.employees"));
        Assert.Equal(2, await db.MappingsAsync("people.employees"));
    }

    [Fact]
    public async Task invalid_rows_exit_4_write_nothing_and_the_report_names_row_column_and_problem()
    {
        await using var db = await ImportDatabase.CreateAsync(fixture);
        var path = _files.Csv("staff.csv", Header,
            ["E1", "Ann", "Lee", "ann@example.com", ImportFiles.Tfn(), "casual"],
            ["E2", "", "Ng", "bob@example", "123456789", "casual"]);
        var report = _files.PathFor("problems.csv");

        var result = await CliProcess.RunAsync(NoKey, "import", "employees", path, "--org", ImportDatabase.Slug, "--connection", Url(db), "--report", report);

        AssertOneErrorLine(result, ExitCode.ValidationFailed, "1 of 2 rows are invalid: nothing written");
        Assert.Contains("fails the TFN check digit", result.StdOut);
        var lines = (await File.ReadAllLinesAsync(report)).Select(l => l.TrimStart('\uFEFF')).ToArray();
        Assert.Equal("row,column,problem", lines[0]);
        Assert.Contains("3,first_name,is empty but required", lines);
        Assert.Contains("3,email,'bob@example' is not an email address", lines);
        Assert.Contains("3,tax_file_number,fails the TFN check digit", lines);
        Assert.Equal(0, await db.CountAsync("people.employees"));
    }

    [Fact]
    public async Task without_a_key_a_database_holding_tfns_sealed_with_another_key_is_refused()
    {
        await using var db = await ImportDatabase.CreateAsync(fixture);
        var productionKey = new FieldEncryption(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await db.Connection.ExecuteAsync(
            "insert into people.employees (org_id, first_name, last_name, employment_type, tax_file_number_encrypted) values (@org, 'Real', 'Person', 'casual', @tfn)",
            new { org = db.OrgId, tfn = productionKey.Encrypt(ImportFiles.Tfn()) });

        var result = await CliProcess.RunAsync(NoKey, "import", "employees", ValidFile(), "--org", ImportDatabase.Slug, "--connection", Url(db));

        AssertOneErrorLine(result, ExitCode.BadInput, "FINNEST_ENCRYPTION_KEY is not set");
        Assert.Contains("not a development database", result.StdErr);
        Assert.Equal(1, await db.CountAsync("people.employees"));
    }

    public void Dispose() => _files.Dispose();
}
