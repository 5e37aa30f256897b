using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Payroll;

/// <summary>
/// The super guarantee percentage by financial year, as data (it lived nowhere: each
/// super_calculations row carried whatever rate its writer chose). Figures from the ATO's table
/// of super guarantee percentages, 2014-15 on; the last row is open-ended ("and onwards").
/// The rate of a payment is the rate of the day it is paid, not of the period worked:
/// payroll.super_guarantee_rate(paid_on).
/// </summary>
[Migration(202612030200, "payroll: super guarantee rate by financial year from 2014-15, with source")]
public sealed class V202612030200_SuperGuaranteeRates : Migration
{
    private const string AtoTable21 =
        "ATO, Key superannuation rates and thresholds, Table 21: Super guarantee percentage (ato.gov.au, page last modified 5 April 2023); stored copy read 2026-11-30";

    public override void Up(SchemaBuilder db)
    {
        db.ReferenceTable("payroll.super_guarantee_rates", "The super guarantee percentage of each financial year (Superannuation Guarantee (Administration) Act 1992): the least share of ordinary time earnings an employer must pay into an employee's fund. The rate applied is the one in force on the day the earnings are paid. Only migrations write it.", t =>
        {
            t.Column("financial_year", "char(7)").NotNull().Matches("^[0-9]{4}-[0-9]{2}$").Comment("Financial year, 1 July to 30 June, e.g. 2025-26.");
            t.Fraction("rate").NotNull().Between(0, 0.2m).Comment("Super guarantee percentage as a fraction: 0.1200 = 12%.");
            t.Date("effective_from").NotNull().Comment("First payment date the rate applies to (1 July).");
            t.Date("effective_to").Comment("Last payment date the rate applies to (30 June); null: this rate and onwards.");
            t.Text("source").NotNull().Comment("Document the figure was copied from, with its date.");
            t.Bool("verified_against_source").NotNull().Default("false").Comment("True once the figure was compared with the source document named in source.");
            t.Period("effective_from", "effective_to");
            t.Check("financial_year_consecutive",
                "case when financial_year ~ '^[0-9]{4}-[0-9]{2}$' then substr(financial_year, 6, 2)::int = (substr(financial_year, 1, 4)::int + 1) % 100 else true end");
            t.Check("effective_from_starts_financial_year",
                "case when financial_year ~ '^[0-9]{4}-[0-9]{2}$' then effective_from = make_date(substr(financial_year, 1, 4)::int, 7, 1) else true end");
            t.UniqueWhileActive("financial_year");
            // Two rates for one payment date would make the amount owed ambiguous.
            t.Constraint("ex_super_guarantee_rates__no_overlap",
                "exclude using gist (daterange(effective_from, effective_to, '[]') with &&) where (deleted_at is null)");
        });
        db.InsertRows("payroll.super_guarantee_rates", ["financial_year", "rate", "effective_from", "effective_to", "source", "verified_against_source"],
            Enumerable.Range(2014, 14).Select(year => new object?[]
            {
                $"{year}-{(year + 1) % 100:00}", RateOf(year), new DateOnly(year, 7, 1), year == 2027 ? null : new DateOnly(year + 1, 6, 30), AtoTable21, true,
            }));

        db.Sql("""
            create function payroll.super_guarantee_rate(paid_on date) returns numeric
            language sql stable set search_path = '' as $$
                select rate from payroll.super_guarantee_rates
                where deleted_at is null and paid_on >= effective_from and (effective_to is null or paid_on <= effective_to)
            $$;
            """);
        db.Sql("comment on function payroll.super_guarantee_rate(date) is 'The super guarantee rate (fraction) for earnings paid on the given day; null before 1 July 2014, the first year held.';");
        db.Sql("grant execute on function payroll.super_guarantee_rate(date) to finnest_app, finnest_readonly;");
        db.Sql("comment on column payroll.super_calculations.sg_rate is 'Super guarantee rate applied, fraction: 0.1200 = 12% (from 1 July 2025); normally payroll.super_guarantee_rate(payment date).';");
    }

    /// <summary>ATO table 21: 9.5% from 1 July 2014 to 30 June 2021, then half a point a year to 12% from 1 July 2025.</summary>
    private static decimal RateOf(int year) => year switch
    {
        <= 2020 => 0.0950m,
        2021 => 0.1000m,
        2022 => 0.1050m,
        2023 => 0.1100m,
        2024 => 0.1150m,
        _ => 0.1200m,
    };

    public override void Down(SchemaBuilder db)
    {
        db.Sql("drop function payroll.super_guarantee_rate(date);");
        db.DropTable("payroll.super_guarantee_rates");
        db.Sql("comment on column payroll.super_calculations.sg_rate is 'Super guarantee rate applied, fraction: 0.1200 = 12% (from 1 July 2025).';");
    }
}
