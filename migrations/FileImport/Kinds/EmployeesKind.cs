using Finnest.Database.Engine;
using Finnest.Database.FileImport.Columns;
using Finnest.Database.FileImport.Reading;

namespace Finnest.Database.FileImport.Kinds;

/// <summary>
/// Workers into people.employees. Keyed by the payroll number when the file has that column, else by email:
/// one of the two must be there, because a name is not a key.
/// </summary>
public sealed class EmployeesKind : ImportKind
{
    private static readonly string[] EmploymentTypes = ["full_time", "part_time", "casual", "fixed_term", "contractor"];
    private static readonly string[] Statuses = ["onboarding", "pre_start", "active", "on_leave", "suspended", "terminated"];
    private static readonly string[] Genders = ["female", "male", "non_binary", "different_term", "not_stated"];

    public static readonly Field EmployeeNumber = new("employee_number", "Payroll number; the row's key when the column is present (unique among live employees).", Cells.TextUpTo(40),
        "employee number", "employee no", "employee id", "emp no", "payroll number", "payroll no", "payroll id", "staff number", "staff id");
    public static readonly Field FirstName = new("first_name", "Legal given name.", Cells.TextUpTo(100), "given name", "given names", "firstname", "forename") { Required = true };
    public static readonly Field LastName = new("last_name", "Family name.", Cells.TextUpTo(100), "surname", "family name", "lastname") { Required = true };
    public static readonly Field PreferredName = new("preferred_name", "Name the worker goes by.", Cells.TextUpTo(100), "known as", "nickname");
    public static readonly Field DateOfBirth = new("date_of_birth", "Date, not in the future, from 1900.", Cells.PastDate, "dob", "birth date", "birthdate");
    public static readonly Field Gender = new("gender", "female, male, non_binary, different_term or not_stated (F, M accepted).",
        Cells.OneOf(Genders, ("f", "female"), ("m", "male"), ("woman", "female"), ("man", "male"), ("non-binary", "non_binary"), ("prefer not to say", "not_stated")), "sex");
    public static readonly Field Email = new("email", "Email address; the row's key when there is no employee_number column.", Cells.Email, "email address", "personal email");
    public static readonly Field Phone = new("phone", "Australian phone number, stored in E.164 (+61…).", Cells.Phone, "mobile", "mobile number", "phone number", "contact number", "mobile phone");
    public static readonly Field AddressLine1 = new("address_line1", "Street address.", Cells.TextUpTo(200), "address", "street", "street address", "address line 1", "residential address");
    public static readonly Field AddressLine2 = new("address_line2", "Unit, building.", Cells.TextUpTo(200), "address line 2");
    public static readonly Field Suburb = new("suburb", "Suburb or town.", Cells.TextUpTo(100), "city", "town", "locality");
    public static readonly Field State = new("state", "NSW, VIC, QLD, WA, SA, TAS, ACT or NT (full names accepted).", Cells.State, "state or territory");
    public static readonly Field Postcode = new("postcode", "4 digits, within the state's ranges.", Cells.Postcode, "post code", "postal code", "zip");
    public static readonly Field TaxFileNumber = new("tax_file_number", "9-digit TFN with a valid check digit; stored only encrypted, never echoed.", Cells.Tfn, "tfn", "tax file no") { Secret = true };
    public static readonly Field EmploymentType = new("employment_type", "full_time, part_time, casual, fixed_term or contractor.",
        Cells.OneOf(EmploymentTypes, ("ft", "full_time"), ("pt", "part_time"), ("permanent full time", "full_time"), ("permanent part time", "part_time"),
            ("fixed term contract", "fixed_term"), ("contract", "contractor"), ("abn contractor", "contractor")),
        "employment basis", "employee type", "worker type") { Required = true };
    public static readonly Field EmploymentStatus = new("employment_status", "onboarding (default), pre_start, active, on_leave, suspended or terminated.",
        Cells.OneOf(Statuses, ("current", "active"), ("inactive", "terminated"), ("ceased", "terminated")), "status", "employee status");
    public static readonly Field StartDate = new("start_date", "First day of employment.", Cells.Date, "start", "commencement date", "date commenced", "hire date", "date started");
    public static readonly Field TerminationDate = new("termination_date", "Last day of employment; required when the status is terminated.", Cells.Date,
        "end date", "finish date", "date terminated", "cessation date");
    public static readonly Field EmergencyName = new("emergency_contact_name", "Emergency contact's name.", Cells.TextUpTo(200), "emergency contact", "next of kin");
    public static readonly Field EmergencyRelationship = new("emergency_contact_relationship", "E.g. partner, parent.", Cells.TextUpTo(100), "emergency relationship", "next of kin relationship");
    public static readonly Field EmergencyPhone = new("emergency_contact_phone", "Emergency contact's phone.", Cells.Phone, "emergency phone", "next of kin phone");

    public override string Name => "employees";
    public override string Table => "people.employees";

    public override IReadOnlyList<Field> Fields { get; } =
    [
        EmployeeNumber, FirstName, LastName, PreferredName, DateOfBirth, Gender, Email, Phone, AddressLine1, AddressLine2, Suburb, State, Postcode,
        TaxFileNumber, EmploymentType, EmploymentStatus, StartDate, TerminationDate, EmergencyName, EmergencyRelationship, EmergencyPhone,
    ];

    public override void CheckHeaders(ColumnMap map, Sheet sheet)
    {
        if (!map.Has(EmployeeNumber) && !map.Has(Email))
            throw new EngineException(Failure.BadInput,
                $"{sheet.FileName}: no employee_number or email column: one of them is needed to recognise a worker when the file is imported again");
    }

    public override TargetRow? Build(ParsedRow row, ColumnMap map, Action<Field?, string> problem)
    {
        var keyField = map.Has(EmployeeNumber) ? EmployeeNumber : Email;
        var key = row.Get<string>(keyField);
        if (key is null)
        {
            problem(keyField, $"is empty: {keyField.Name} is the key of this file");
            return null;
        }
        var valid = true;
        void Fail(Field field, string message) { problem(field, message); valid = false; }

        var start = row.Get<DateOnly?>(StartDate);
        var end = row.Get<DateOnly?>(TerminationDate);
        if (start is { } s && end is { } e && e < s) Fail(TerminationDate, $"{e:yyyy-MM-dd} is before the start date {s:yyyy-MM-dd}");
        if (row.Get<string>(EmploymentStatus) == "terminated" && end is null) Fail(TerminationDate, "is empty but the status is terminated");
        if (row.Get<DateOnly?>(DateOfBirth) is { } dob && start is { } first && dob > first) Fail(DateOfBirth, "is after the start date");
        CheckPostcodeInState(row, State, Postcode, (f, m) => Fail(f!, m));
        if (!valid) return null;

        var columns = new TargetColumns(row)
            .From(EmployeeNumber, "employee_number", "text")
            .From(FirstName, "first_name", "text")
            .From(LastName, "last_name", "text")
            .From(PreferredName, "preferred_name", "text")
            .From(DateOfBirth, "date_of_birth", "date")
            .From(Gender, "gender", "text")
            .From(Email, "email", "text")
            .From(Phone, "phone", "text")
            .Object("address", ("line1", AddressLine1), ("line2", AddressLine2), ("suburb", Suburb), ("state", State), ("postcode", Postcode))
            .Object("emergency_contact", ("name", EmergencyName), ("relationship", EmergencyRelationship), ("phone", EmergencyPhone))
            .From(EmploymentType, "employment_type", "text")
            .From(EmploymentStatus, "employment_status", "text")
            .From(StartDate, "start_date", "date")
            .From(TerminationDate, "termination_date", "date");
        if (row.Get<string>(TaxFileNumber) is { } tfn)
            columns.Add(new TargetColumn("tax_file_number_encrypted", "bytea", tfn, TaxFileNumber, WriteMode.Encrypted));

        var keyName = keyField == EmployeeNumber ? "employee_number" : "email";
        return new TargetRow(row.Number, new NaturalKey($"employees.{keyName}", KeyHash(KeyText(key)), $"{keyName} {key}"), columns);
    }
}
