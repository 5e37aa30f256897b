using Finnest.Database.Engine;
using Finnest.Database.FileImport;
using Finnest.Database.FileImport.Columns;
using Finnest.Database.FileImport.Kinds;
using Finnest.Database.FileImport.Reading;

namespace Finnest.Database.Tests.FileImport;

/// <summary>Header matching and cell parsing, without a database.</summary>
public sealed class ColumnAndCellTests
{
    [Theory]
    [InlineData("employees")]
    [InlineData("clients")]
    [InlineData("sites")]
    public void no_header_means_two_columns_of_the_same_kind(string kind) =>
        ColumnMap.AliasIndex(ImportKind.Create(kind).Fields);    // throws on a clash

    [Theory]
    [InlineData("Given name")]
    [InlineData("First Name")]
    [InlineData("first_name")]
    [InlineData("  FIRST-NAME ")]
    [InlineData("Forename")]
    public void headers_match_whatever_their_case_spaces_and_punctuation(string header)
    {
        var sheet = new Sheet("f.csv", [header, "Surname", "Email", "Employment Type"], []);
        var map = ColumnMap.Build(sheet, ImportKind.Create("employees").Fields, "employees");
        Assert.True(map.Has(EmployeesKind.FirstName));
        Assert.Equal(header, map.HeaderOf(EmployeesKind.FirstName));
    }

    [Fact]
    public void two_headers_for_one_column_are_bad_input()
    {
        var sheet = new Sheet("f.csv", ["First name", "Given name", "Surname", "Email", "Type"], []);
        var e = Assert.Throws<EngineException>(() => ColumnMap.Build(sheet, ImportKind.Create("employees").Fields, "employees"));
        Assert.Equal(Failure.BadInput, e.Failure);
        Assert.Contains("'First name' and 'Given name' both mean first_name", e.Message);
    }

    [Fact]
    public void a_missing_required_column_is_bad_input_naming_the_headers_accepted()
    {
        var sheet = new Sheet("f.csv", ["First name", "Email", "Employment type"], []);
        var e = Assert.Throws<EngineException>(() => ColumnMap.Build(sheet, ImportKind.Create("employees").Fields, "employees"));
        Assert.Contains("no column for last_name (headers accepted: last_name, surname", e.Message);
    }

    [Fact]
    public void an_employee_file_without_payroll_number_or_email_is_bad_input()
    {
        var sheet = new Sheet("f.csv", ["First name", "Surname", "Employment type"], []);
        var kind = ImportKind.Create("employees");
        var map = ColumnMap.Build(sheet, kind.Fields, "employees");
        Assert.Contains("no employee_number or email column", Assert.Throws<EngineException>(() => kind.CheckHeaders(map, sheet)).Message);
    }

    [Theory]
    [InlineData("0412 345 678", "+61412345678")]
    [InlineData("(02) 9876 5432", "+61298765432")]
    [InlineData("+61 412 345 678", "+61412345678")]
    [InlineData("61412345678", "+61412345678")]
    [InlineData("412345678", "+61412345678")]
    public void phone_numbers_become_e164(string written, string stored) => Assert.Equal(stored, Cells.Phone(written).Value);

    [Theory]
    [InlineData("12345")]
    [InlineData("0412 345 678 ext 3")]
    public void what_is_not_a_phone_number_is_reported(string written) => Assert.NotNull(Cells.Phone(written).Problem);

    [Theory]
    [InlineData("2026-03-31")]
    [InlineData("31/03/2026")]
    [InlineData("31/3/2026")]
    [InlineData("31-03-2026")]
    [InlineData("31 Mar 2026")]
    [InlineData("31 March 2026")]
    public void dates_are_read_day_first(string written) => Assert.Equal(new DateOnly(2026, 3, 31), Cells.Date(written).Value);

    [Theory]
    [InlineData("03/31/2026")]
    [InlineData("31/03/26")]
    [InlineData("31/02/2026")]
    [InlineData("1899-12-31")]
    public void month_first_two_digit_years_impossible_and_implausible_dates_are_refused(string written) => Assert.NotNull(Cells.Date(written).Problem);

    [Fact]
    public void a_date_cell_and_an_unformatted_excel_serial_are_dates()
    {
        Assert.Equal(new DateOnly(1990, 3, 4), Cells.Date(new DateTime(1990, 3, 4)).Value);
        Assert.Equal(new DateOnly(1990, 3, 4), Cells.Date(new DateTime(1990, 3, 4).ToOADate()).Value);
    }

    [Theory]
    [InlineData("NSW", "2000", true)]
    [InlineData("ACT", "2600", true)]
    [InlineData("ACT", "2000", false)]
    [InlineData("NT", "0800", true)]
    [InlineData("VIC", "2000", false)]
    [InlineData("NSW", "3644", true)]
    [InlineData("TAS", "7000", true)]
    [InlineData("WA", "5000", false)]
    public void postcodes_must_lie_in_their_states_ranges(string state, string postcode, bool valid) =>
        Assert.Equal(valid, Postcodes.BelongsTo(state, postcode));

    [Theory]
    [InlineData("new south wales", "NSW")]
    [InlineData("Western Australia", "WA")]
    [InlineData("vic", "VIC")]
    public void states_are_read_by_code_or_name(string written, string code) => Assert.Equal(code, Cells.State(written).Value);

    [Fact]
    public void a_three_digit_postcode_lost_its_leading_zero() => Assert.Equal("0810", Cells.Postcode(810d).Value);

    [Fact]
    public void tfns_are_checked_and_never_echoed()
    {
        var valid = ImportFiles.Tfn();
        Assert.Equal(valid, Cells.Tfn($"{valid[..3]} {valid[3..6]} {valid[6..]}").Value);
        Assert.Equal("fails the TFN check digit", Cells.Tfn("123456789").Problem);
        Assert.Equal("is not a tax file number (9 digits)", Cells.Tfn("12345678").Problem);
        Assert.StartsWith("holds an ATO exemption code", Cells.Tfn("111 111 111").Problem);
    }

    [Fact]
    public void abns_and_acns_are_checked_by_their_check_digits()
    {
        Assert.Equal("51824753556", Cells.Abn("51 824 753 556").Value);
        Assert.Equal("ABN 51 824 753 557 fails the ABN check digits", Cells.Abn("51 824 753 557").Problem);
        Assert.Equal("000000019", Cells.Acn("000 000 019").Value);
        Assert.NotNull(Cells.Acn("000 000 018").Problem);
    }

    [Theory]
    [InlineData("Full time", "full_time")]
    [InlineData("full-time", "full_time")]
    [InlineData("FT", "full_time")]
    [InlineData("CASUAL", "casual")]
    [InlineData("contract", "contractor")]
    public void value_sets_accept_how_people_write_them(string written, string value) =>
        Assert.Equal(value, EmployeesKind.EmploymentType.Parse(written).Value);

    [Fact]
    public void the_problem_report_is_a_csv_of_row_column_and_problem_that_no_spreadsheet_runs_as_a_formula()
    {
        var path = Path.GetTempFileName();
        try
        {
            ProblemReport.Write(path, [new RowProblem(7, "=HYPERLINK(\"x\")", "is empty but required")]);
            var lines = File.ReadAllLines(path);
            Assert.Equal("row,column,problem", lines[0].TrimStart('\uFEFF'));
            Assert.StartsWith("7,\"'=HYPERLINK(", lines[1]);
        }
        finally { File.Delete(path); }
    }
}
