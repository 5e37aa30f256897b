namespace Finnest.Database.Seeds.Generation.Domain;

/// <summary>
/// Who a business is, the same everywhere: a company's ABN is its ACN behind two check digits (the ABR derives it so),
/// and documents that print the employer or the client (payslips, STP pay events, invoices) carry that party's own
/// ABN and legal name as they were when issued, not numbers of their own.
/// </summary>
public static class BusinessIdentity
{
    /// <summary>Columns that copy the employer's identity (the tenant organisation) onto a document.</summary>
    private static readonly (string Column, string Source)[] EmployerCopies = [("employer_abn", "abn"), ("payer_abn", "abn"), ("employer_name", "legal_name")];

    /// <summary>What later rows copy: the organisation's ABN and legal name, each client's ABN.</summary>
    public static readonly (string Table, string Column)[] ColumnsCopied =
        [("public.organisations", "abn"), ("public.organisations", "legal_name"), ("clients.clients", "abn")];

    /// <summary>Run on every generated row before its table's own rules.</summary>
    public static void Apply(RowContext row)
    {
        if (row["acn"] is string acn && row.Has("abn")) row["abn"] = AustralianIdentifiers.AbnOfCompany(acn);
        foreach (var (column, source) in EmployerCopies)
            if (row.Has(column) && row.Seed.AttributeOf("public.organisations", row.Org.Id, source) is string value)
                row[column] = value;
        if (row.Has("client_abn") && row["client_id"] is Guid client)
            row["client_abn"] = row.Seed.AttributeOf("clients.clients", client, "abn");
    }
}
