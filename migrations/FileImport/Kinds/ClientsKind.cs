using Finnest.Database.FileImport.Columns;

namespace Finnest.Database.FileImport.Kinds;

/// <summary>Host employers into clients.clients, keyed by ABN (every client we invoice has one).</summary>
public sealed class ClientsKind : ImportKind
{
    private static readonly string[] Statuses = ["prospect", "active", "on_hold", "inactive"];
    private static readonly string[] InvoiceFrequencies = ["weekly", "fortnightly", "monthly", "per_timesheet"];

    public static readonly Field LegalName = new("legal_name", "Registered entity name, as on the ABN register.", Cells.TextUpTo(200),
        "legal name", "entity name", "registered name", "company name", "client name", "name") { Required = true };
    public static readonly Field TradingName = new("trading_name", "Business name the client is known by.", Cells.TextUpTo(200), "trading as", "business name");
    public static readonly Field ClientCode = new("client_code", "Short code on timesheets and invoices (unique among live clients).", Cells.TextUpTo(40), "code", "account code", "client id");
    public static readonly Field Abn = new("abn", "11 digits with valid check digits (spaces allowed); the row's key.", Cells.Abn, "australian business number", "client abn") { Required = true };
    public static readonly Field Acn = new("acn", "9 digits with a valid check digit.", Cells.Acn, "australian company number");
    public static readonly Field Status = new("status", "prospect (default), active, on_hold or inactive.", Cells.OneOf(Statuses, ("on hold", "on_hold"), ("current", "active")), "client status");
    public static readonly Field PaymentTermsDays = new("payment_terms_days", "Whole days, 0 to 180.", Cells.WholeNumber(0, 180), "payment terms", "terms days", "terms");
    public static readonly Field InvoiceFrequency = new("invoice_frequency", "weekly, fortnightly, monthly or per_timesheet.", Cells.OneOf(InvoiceFrequencies), "invoicing frequency", "billing frequency");
    public static readonly Field BillingEmail = new("billing_email", "Where invoices are sent.", Cells.Email, "accounts email", "invoice email", "email");
    public static readonly Field Phone = new("phone", "Australian phone number, stored in E.164.", Cells.Phone, "phone number", "telephone");
    public static readonly Field Website = new("website", "Web address.", Cells.TextUpTo(200), "web", "url");
    public static readonly Field ClientSince = new("client_since", "Date of the first signed agreement.", Cells.Date, "client since date", "start date");
    public static readonly Field CreditLimit = new("credit_limit", "Dollars, zero or more.", Cells.Money, "credit limit aud");

    public override string Name => "clients";
    public override string Table => "clients.clients";

    public override IReadOnlyList<Field> Fields { get; } =
        [LegalName, TradingName, ClientCode, Abn, Acn, Status, PaymentTermsDays, InvoiceFrequency, BillingEmail, Phone, Website, ClientSince, CreditLimit];

    public override TargetRow? Build(ParsedRow row, ColumnMap map, Action<Field?, string> problem)
    {
        var abn = row.Get<string>(Abn)!;
        var columns = new TargetColumns(row)
            .From(LegalName, "legal_name", "text")
            .From(TradingName, "trading_name", "text")
            .From(ClientCode, "client_code", "text")
            .From(Abn, "abn", "char(11)")
            .From(Acn, "acn", "char(9)")
            .From(Status, "status", "text")
            .From(PaymentTermsDays, "payment_terms_days", "integer")
            .From(InvoiceFrequency, "invoice_frequency", "text")
            .From(BillingEmail, "billing_email", "text")
            .From(Phone, "phone", "text")
            .From(Website, "website", "text")
            .From(ClientSince, "client_since", "date")
            .From(CreditLimit, "credit_limit", "numeric(14,2)");
        // An ABN is already a number that fits legacy_id: the mapping stays readable.
        return new TargetRow(row.Number, new NaturalKey("clients.abn", long.Parse(abn), $"ABN {abn}"), columns);
    }
}
