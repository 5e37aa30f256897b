using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Compliance;

/// <summary>
/// Every award figure loaded by V202601020200 was derived from recalled 2024-25 rates and marked
/// unverified. Award rates, penalty rules and allowances now say how far each figure was checked
/// (verification) and against what (checked_against): verified against a primary document (an
/// FWC determination or award, an FWO pay guide), corroborated by a secondary copy, disputed by
/// one (the figure here differs: do not pay from it before checking the pay guide), or unverified.
/// What could be checked in the stored public copies available on 2026-11-30 is recorded here;
/// docs/design/reference-data.md lists, per award, what is verified and what is not. Figures are
/// never changed on the strength of a secondary copy alone: a disputed rate keeps its derived
/// value and says which figure the copy gives.
/// </summary>
[Migration(202612030210, "compliance: award rates, penalty rules and allowances record how far and against what they were checked; General Retail penalties verified")]
public sealed class V202612030210_AwardReferenceVerification : Migration
{
    private const string CheckedOn = "read 2026-11-30";
    private const string RetailDetermination =
        "FWC determination PR729257 (Annual Wage Review 2020-21, 25 June 2021), General Retail Industry Award 2020 cl. B.1.1: ordinary hours 100%, Monday to Friday after 6.00 pm 125%, Saturday 125%, Sunday 150%, public holiday 225% of the minimum hourly rate (fwc.gov.au stored copy, " + CheckedOn + ")";
    private const string RetailGuide2025 =
        "RosterElf, General Retail Award Rates 2025/26 (rosterelf.com/guides/award-rates/general-retail, secondary, " + CheckedOn + ")";
    private const string NationalMinimumWage =
        "National minimum wage from 1 July 2025: $948.00 a week, $24.95 an hour (FWC Annual Wage Review 2024-25 decision of 3 June 2025, as quoted by Access WageEasy support, " + CheckedOn + "); the level is paid the national minimum wage (recalled)";

    private static readonly string[] Tables = ["compliance.award_rates", "compliance.award_penalty_rules", "compliance.award_allowances"];

    private static string RateOf(string award, string level) =>
        $"award_classification_id = (select c.id from compliance.award_classifications c join compliance.awards a on a.id = c.award_id where a.code = {SqlNames.Literal(award)} and c.level_code = {SqlNames.Literal(level)})";

    public override void Up(SchemaBuilder db)
    {
        foreach (var table in Tables)
        {
            var name = SqlNames.Split(table).Table;
            db.Sql($"""
                alter table {table}
                    add column verification text not null default 'unverified',
                    add column checked_against text,
                    add constraint ck_{name}__verification check (verification in ('verified', 'corroborated', 'disputed', 'unverified')),
                    add constraint ck_{name}__checked_figure_names_source check (verification = 'unverified' or nullif(btrim(checked_against), '') is not null);
                """);
            db.Sql($"comment on column {table}.verification is 'How far the figure was checked: verified (against a primary document: an FWC award or determination, an FWO pay guide), corroborated (a secondary copy gives the same figure), disputed (a secondary copy gives another figure: check the pay guide before paying from it), unverified (derived or recalled). Rule: anything but unverified names checked_against.';");
            db.Sql($"comment on column {table}.checked_against is 'The document(s) the figure was compared with, with their date and, for a disputed figure, what they say.';");
        }
        db.Sql("alter table compliance.award_rates add constraint ck_award_rates__pay_guide_flag_matches_verification check (verified_against_pay_guide = (verification = 'verified'));");
        db.Sql("comment on column compliance.award_rates.verified_against_pay_guide is 'True exactly when verification = verified (checked against the FWO pay guide or the FWC determination for its period).';");

        // On a fresh database set_updated_at is still a placeholder here (the repeatable scripts come at the end
        // of the run), so the reference rows are updated with it off and updated_at set by hand.
        db.Sql("alter table compliance.award_rates disable trigger set_updated_at;");
        db.Sql("alter table compliance.award_penalty_rules disable trigger set_updated_at;");
        // General Retail (MA000004): level 1 agrees with the 2025/26 copy; levels 2 to 4 do not.
        db.Sql($"update compliance.award_rates set verification = 'corroborated', updated_at = now(), checked_against = {SqlNames.Literal(RetailGuide2025 + ": Level 1 $26.55 an hour, casual $33.19")} where {RateOf("MA000004", "Level 1")};");
        foreach (var (level, hourly) in new[] { ("Level 2", "27.16"), ("Level 3", "27.58"), ("Level 4", "28.13") })
            db.Sql($"update compliance.award_rates set verification = 'disputed', updated_at = now(), checked_against = {SqlNames.Literal($"{RetailGuide2025}: {level} ${hourly} an hour, not the derived figure held here")} where {RateOf("MA000004", level)};");
        // Levels paid the national minimum wage.
        foreach (var (award, level) in new[] { ("MA000009", "Introductory"), ("MA000028", "Level 1") })
            db.Sql($"update compliance.award_rates set verification = 'corroborated', updated_at = now(), checked_against = {SqlNames.Literal(NationalMinimumWage)} where {RateOf(award, level)};");

        // General Retail penalties for full-time and part-time employees: the award's table, whose 2025/26 dollar figures in the secondary copy are the same percentages of $26.55.
        db.Sql($"""
            update compliance.award_penalty_rules r
            set verification = 'verified', updated_at = now(),
                checked_against = {SqlNames.Literal(RetailDetermination + "; percentages borne out by " + RetailGuide2025 + " (Level 1 Saturday $33.19, Sunday $39.83, public holiday $59.74)")},
                source = 'General Retail Industry Award 2020 cl. 22 and Sch B.1.1 (penalty rates for full-time and part-time employees)'
            from compliance.awards a
            where a.id = r.award_id and a.code = 'MA000004' and r.employment_type in ('full_time', 'part_time') and r.rule_kind = 'penalty'
              and r.day_type in ('saturday', 'sunday', 'public_holiday');
            """);
        db.InsertRows("compliance.award_penalty_rules",
            ["award_id", "employment_type", "day_type", "rule_kind", "band_start", "band_end", "multiplier", "effective_from", "description", "source", "verification", "checked_against"],
            new[] { "full_time", "part_time" }.Select(type => new object?[]
            {
                new SqlExpression("(select id from compliance.awards where code = 'MA000004')"), type, "weekday", "penalty", "18:00", "24:00", 1.25m, new DateOnly(2025, 7, 1),
                "Ordinary hours Monday to Friday after 6.00 pm", "General Retail Industry Award 2020 cl. 22 and Sch B.1.1 (penalty rates for full-time and part-time employees)",
                "verified", RetailDetermination,
            }));
        db.Sql($"""
            update compliance.award_penalty_rules r
            set verification = 'corroborated', updated_at = now(), checked_against = {SqlNames.Literal(RetailGuide2025 + ": casual rate = base rate + 25% ($26.55 → $33.19)")}
            from compliance.awards a
            where a.id = r.award_id and a.code = 'MA000004' and r.rule_kind = 'casual_loading';
            """);
        db.Sql("alter table compliance.award_rates enable trigger set_updated_at;");
        db.Sql("alter table compliance.award_penalty_rules enable trigger set_updated_at;");
    }

    public override void Down(SchemaBuilder db)
    {
        db.Sql("alter table compliance.award_penalty_rules disable trigger set_updated_at;");
        db.Sql("delete from compliance.award_penalty_rules where band_start = '18:00' and award_id = (select id from compliance.awards where code = 'MA000004') and verification = 'verified';");
        db.Sql("""
            update compliance.award_penalty_rules r
            set source = 'derived: General Retail Industry Award 2020 rate for full-time and part-time employees, as recalled in DOMAIN.md §6; verify against the award'
            from compliance.awards a
            where a.id = r.award_id and a.code = 'MA000004' and r.employment_type in ('full_time', 'part_time') and r.rule_kind = 'penalty';
            """);
        db.Sql("alter table compliance.award_penalty_rules enable trigger set_updated_at;");
        db.Sql("alter table compliance.award_rates drop constraint ck_award_rates__pay_guide_flag_matches_verification;");
        db.Sql("comment on column compliance.award_rates.verified_against_pay_guide is 'True once the figure was checked against the Fair Work Ombudsman pay guide for its period.';");
        foreach (var table in Tables)
        {
            var name = SqlNames.Split(table).Table;
            db.Sql($"alter table {table} drop constraint ck_{name}__checked_figure_names_source, drop constraint ck_{name}__verification, drop column checked_against, drop column verification;");
        }
    }
}
