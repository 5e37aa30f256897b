using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Fatigue;

/// <summary>
/// Two-up driving (two drivers sharing a vehicle, one resting while the other drives) has its own
/// national limits under standard hours and BFM; driver hours and work diary entries already
/// record mode = two_up, but V202601041100 installed the solo limits only. The national rule set
/// now lives once, in fatigue.national_rule_set(), each rule with the source it was checked
/// against and how far (metadata.verification: verified, corroborated or unverified; see
/// docs/design/reference-data.md). install_national_rules() installs solo and two-up rules, and
/// operators that had installed the solo rules get the two-up rules with the same start date.
/// </summary>
[Migration(202612030140, "fatigue: national two-up rules (standard hours and BFM) beside the solo ones, each with its source and verification")]
public sealed class V202612030140_TwoUpNationalRules : Migration
{
    private const string NhvrPage = "NHVR, Work and rest requirements (nhvr.gov.au/safety-accreditation-compliance/fatigue-management/work-and-rest-requirements), stored copy read 2026-11-30";
    private const string BfmSecondary = "NHVR BFM solo table as reproduced by workdiarymate.com.au and lc5.com.au (stored copies read 2026-11-30)";
    private const string TwoUpSecondary = "secondary: a published NHVR standard-hours rest planner (solo 7 h vs two-up 5 h continuous rest in 24 h), read 2026-11-30";
    private const string Recalled = "recalled from HV (Fatigue Management) National Regulation; no stored copy of the two-up table found";

    private sealed record Rule(string Code, string Option, string Mode, int Period, int? MaxWork, int? MaxLongNight, int MinRest, int? RestBlock,
        int? MinContinuous, bool Stationary, int? NightBreaks, int? ConsecutiveBreaks, int? WorkBetweenLongRests, string Description, string Reference,
        string Verification, string Source);

    private static readonly Rule[] Rules =
    [
        // Standard hours, solo: Sch 1 Pt 2. The NHVR page's table was compared line by line.
        new("STD-SOLO-5H30", "standard", "solo", 330, 315, null, 15, null, 15, false, null, null, null, "In any 5½ h: at most 5¼ h work and 15 continuous minutes rest.", "HV (Fatigue Management) National Regulation Sch 1 Pt 2 (standard hours, solo)", "verified", NhvrPage),
        new("STD-SOLO-8H", "standard", "solo", 480, 450, null, 30, 15, null, false, null, null, null, "In any 8 h: at most 7½ h work and 30 minutes rest in 15-minute blocks.", "HV (Fatigue Management) National Regulation Sch 1 Pt 2 (standard hours, solo)", "verified", NhvrPage),
        new("STD-SOLO-11H", "standard", "solo", 660, 600, null, 60, 15, null, false, null, null, null, "In any 11 h: at most 10 h work and 60 minutes rest in 15-minute blocks.", "HV (Fatigue Management) National Regulation Sch 1 Pt 2 (standard hours, solo)", "verified", NhvrPage),
        new("STD-SOLO-24H", "standard", "solo", 1440, 720, null, 420, null, 420, true, null, null, null, "In any 24 h: at most 12 h work and 7 continuous hours stationary rest.", "HV (Fatigue Management) National Regulation Sch 1 Pt 2 (standard hours, solo)", "verified", NhvrPage),
        new("STD-SOLO-7D", "standard", "solo", 10080, 4320, null, 1440, null, 1440, true, null, null, null, "In any 7 days: at most 72 h work and 24 continuous hours stationary rest.", "HV (Fatigue Management) National Regulation Sch 1 Pt 2 (standard hours, solo)", "verified", NhvrPage),
        new("STD-SOLO-14D", "standard", "solo", 20160, 8640, null, 0, null, null, false, 4, 2, null, "In any 14 days: at most 144 h work, 2 night rest breaks and 2 night rest breaks taken on consecutive days.", "HV (Fatigue Management) National Regulation Sch 1 Pt 2 (standard hours, solo)", "verified", NhvrPage),
        // BFM hours, solo: Sch 2 Pt 2.
        new("BFM-SOLO-6H15", "bfm", "solo", 375, 360, null, 15, null, 15, false, null, null, null, "In any 6¼ h: at most 6 h work and 15 continuous minutes rest.", "HV (Fatigue Management) National Regulation Sch 2 Pt 2 (BFM hours, solo)", "corroborated", BfmSecondary),
        new("BFM-SOLO-9H", "bfm", "solo", 540, 510, null, 30, 15, null, false, null, null, null, "In any 9 h: at most 8½ h work and 30 minutes rest in 15-minute blocks.", "HV (Fatigue Management) National Regulation Sch 2 Pt 2 (BFM hours, solo)", "corroborated", BfmSecondary),
        new("BFM-SOLO-12H", "bfm", "solo", 720, 660, null, 60, 15, null, false, null, null, null, "In any 12 h: at most 11 h work and 60 minutes rest in 15-minute blocks.", "HV (Fatigue Management) National Regulation Sch 2 Pt 2 (BFM hours, solo)", "corroborated", BfmSecondary),
        new("BFM-SOLO-24H", "bfm", "solo", 1440, 840, null, 420, null, 420, true, null, null, null, "In any 24 h: at most 14 h work and 7 continuous hours stationary rest.", "HV (Fatigue Management) National Regulation Sch 2 Pt 2 (BFM hours, solo)", "corroborated", BfmSecondary),
        new("BFM-SOLO-7D", "bfm", "solo", 10080, null, 2160, 0, null, null, false, null, null, null, "In any 7 days: at most 36 h long/night work.", "HV (Fatigue Management) National Regulation Sch 2 Pt 2 (BFM hours, solo)", "corroborated", BfmSecondary),
        new("BFM-SOLO-14D", "bfm", "solo", 20160, 8640, null, 2880, null, 1440, true, 4, 2, 5040, "In any 14 days: at most 144 h work; 24 continuous hours stationary rest after at most 84 h work, twice; 4 night rest breaks, 2 of them on consecutive days.", "HV (Fatigue Management) National Regulation Sch 2 Pt 2 (BFM hours, solo)", "corroborated", BfmSecondary),
        // Standard hours, two-up: Sch 1 Pt 3. The short-rest limits are the solo ones; the daily rest is shorter and may be taken in the sleeper berth of a moving vehicle.
        new("STD-TWOUP-5H30", "standard", "two_up", 330, 315, null, 15, null, 15, false, null, null, null, "Two-up, in any 5½ h: at most 5¼ h work and 15 continuous minutes rest.", "HV (Fatigue Management) National Regulation Sch 1 Pt 3 (standard hours, two-up)", "unverified", Recalled),
        new("STD-TWOUP-8H", "standard", "two_up", 480, 450, null, 30, 15, null, false, null, null, null, "Two-up, in any 8 h: at most 7½ h work and 30 minutes rest in 15-minute blocks.", "HV (Fatigue Management) National Regulation Sch 1 Pt 3 (standard hours, two-up)", "unverified", Recalled),
        new("STD-TWOUP-11H", "standard", "two_up", 660, 600, null, 60, 15, null, false, null, null, null, "Two-up, in any 11 h: at most 10 h work and 60 minutes rest in 15-minute blocks.", "HV (Fatigue Management) National Regulation Sch 1 Pt 3 (standard hours, two-up)", "unverified", Recalled),
        new("STD-TWOUP-24H", "standard", "two_up", 1440, 720, null, 300, null, 300, false, null, null, null, "Two-up, in any 24 h: at most 12 h work and 5 continuous hours rest, stationary or in an approved sleeper berth of a moving vehicle.", "HV (Fatigue Management) National Regulation Sch 1 Pt 3 (standard hours, two-up)", "corroborated", TwoUpSecondary),
        new("STD-TWOUP-7D", "standard", "two_up", 10080, 3600, null, 1440, null, 1440, true, null, null, null, "Two-up, in any 7 days: at most 60 h work and 24 continuous hours stationary rest.", "HV (Fatigue Management) National Regulation Sch 1 Pt 3 (standard hours, two-up)", "unverified", Recalled),
        // BFM hours, two-up: Sch 2 Pt 3. No short-rest limits (secondary sources agree on that); daily, 52-hour, weekly and fortnightly limits as recalled.
        new("BFM-TWOUP-24H", "bfm", "two_up", 1440, 840, null, 600, null, null, false, null, null, null, "Two-up BFM, in any 24 h: at most 14 h work and 10 h rest.", "HV (Fatigue Management) National Regulation Sch 2 Pt 3 (BFM hours, two-up)", "unverified", Recalled),
        new("BFM-TWOUP-52H", "bfm", "two_up", 3120, null, null, 600, null, 600, true, null, null, null, "Two-up BFM, in any 52 h: 10 continuous hours stationary rest.", "HV (Fatigue Management) National Regulation Sch 2 Pt 3 (BFM hours, two-up)", "unverified", Recalled),
        new("BFM-TWOUP-7D", "bfm", "two_up", 10080, 4920, null, 1440, null, 1440, true, null, null, null, "Two-up BFM, in any 7 days: at most 82 h work and 24 continuous hours stationary rest.", "HV (Fatigue Management) National Regulation Sch 2 Pt 3 (BFM hours, two-up)", "unverified", Recalled),
        new("BFM-TWOUP-14D", "bfm", "two_up", 20160, 8640, null, 1440, null, 1440, true, null, null, null, "Two-up BFM, in any 14 days: at most 144 h work and 24 continuous hours stationary rest.", "HV (Fatigue Management) National Regulation Sch 2 Pt 3 (BFM hours, two-up)", "unverified", Recalled),
    ];

    private static string Value(int? v) => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null";

    private static string Row(Rule r) =>
        $"({SqlNames.Literal(r.Code)}, {SqlNames.Literal(r.Option)}, {SqlNames.Literal(r.Mode)}, {Value(r.Period)}, {Value(r.MaxWork)}, {Value(r.MaxLongNight)}, " +
        $"{Value(r.MinRest)}, {Value(r.RestBlock)}, {Value(r.MinContinuous)}, {(r.Stationary ? "true" : "false")}, {Value(r.NightBreaks)}, {Value(r.ConsecutiveBreaks)}, " +
        $"{Value(r.WorkBetweenLongRests)}, {SqlNames.Literal(r.Description)}, {SqlNames.Literal(r.Reference)}, " +
        $"jsonb_build_object('verification', {SqlNames.Literal(r.Verification)}, 'source', {SqlNames.Literal(r.Source)}))";

    private const string Columns =
        "code, work_rest_option, mode, period_minutes, max_work_minutes, max_long_night_work_minutes, min_rest_minutes, rest_block_minutes, " +
        "min_continuous_rest_minutes, rest_must_be_stationary, min_night_rest_breaks, min_consecutive_night_rest_breaks, max_work_between_long_rests_minutes, " +
        "description, legal_reference, metadata";

    /// <summary>install_national_rules(), copying the rules <paramref name="rules"/> yields (a FROM item aliased r).</summary>
    private static string InstallFunction(string rules) => $"""
        create or replace function fatigue.install_national_rules(rules_effective_from date default date '2014-02-10') returns integer
        language plpgsql
        set search_path = ''
        as $$
        declare
            org uuid := (select finnest.current_org_id());
            added integer;
        begin
            if org is null then
                raise exception 'fatigue.install_national_rules(): no tenant (set app.org_id)' using errcode = 'insufficient_privilege';
            end if;
            insert into fatigue.fatigue_rules (org_id, effective_from, {Columns})
            select org, rules_effective_from, r.* from {rules}
            on conflict (org_id, code, effective_from) where deleted_at is null do nothing;
            get diagnostics added = row_count;
            return added;
        end
        $$;
        """;

    /// <summary>
    /// install_national_rules() exactly as V202601041100 created it (read from that migration), so
    /// going down leaves the function that migrating up to the previous version builds.
    /// </summary>
    private static string OriginalInstallFunction()
    {
        const string created = "create function fatigue.install_national_rules(";
        var original = FinnestMigrations.Catalog().Find(202601041100)!.UpStatements.Single(s => s.StartsWith(created, StringComparison.Ordinal));
        return "create or replace function fatigue.install_national_rules(" + original[created.Length..];
    }

    public override void Up(SchemaBuilder db)
    {
        db.Sql($"""
            create function fatigue.national_rule_set()
            returns table (code text, work_rest_option text, mode text, period_minutes integer, max_work_minutes integer, max_long_night_work_minutes integer,
                           min_rest_minutes integer, rest_block_minutes integer, min_continuous_rest_minutes integer, rest_must_be_stationary boolean,
                           min_night_rest_breaks integer, min_consecutive_night_rest_breaks integer, max_work_between_long_rests_minutes integer,
                           description text, legal_reference text, metadata jsonb)
            language sql immutable set search_path = '' as $$
                values
                {string.Join(",\n    ", Rules.Select(Row))}
            $$;
            """);
        db.Sql("comment on function fatigue.national_rule_set() is 'The national HVNL work and rest limits, standard hours and BFM, solo and two-up, each with metadata.verification (verified, corroborated, unverified) and metadata.source. Read by fatigue.install_national_rules().';");
        db.Sql("grant execute on function fatigue.national_rule_set() to finnest_app, finnest_readonly;");
        db.Sql(InstallFunction("fatigue.national_rule_set() r"));
        db.Sql("comment on function fatigue.install_national_rules(date) is 'Copies the national standard-hours and BFM work/rest limits (HVNL), solo and two-up, from fatigue.national_rule_set() into the current tenant''s fatigue.fatigue_rules; idempotent. Returns the number of rules added.';");

        // Operators that installed the solo rules: their rules say where they come from, and the two-up rules join them.
        db.Sql("""
            update fatigue.fatigue_rules r set metadata = r.metadata || s.metadata
            from fatigue.national_rule_set() s
            where r.code = s.code and not r.metadata ? 'verification';
            """);
        db.Sql($"""
            insert into fatigue.fatigue_rules (org_id, effective_from, {Columns})
            select solo.org_id, solo.effective_from, r.*
            from fatigue.fatigue_rules solo cross join fatigue.national_rule_set() r
            where solo.code = 'STD-SOLO-24H' and solo.deleted_at is null and r.mode = 'two_up'
            on conflict (org_id, code, effective_from) where deleted_at is null do nothing;
            """);
        db.Sql("comment on column fatigue.fatigue_rules.metadata is 'National rules: verification (verified against the NHVR''s own table, corroborated by secondary copies, or unverified) and source. Operator rules: any extension fields.';");
        db.Sql("comment on column fatigue.fatigue_rules.mode is 'solo: one driver; two_up: two drivers sharing the vehicle, one resting (possibly in the sleeper berth of the moving vehicle) while the other drives, with limits of their own.';");
    }

    public override void Down(SchemaBuilder db)
    {
        // Two-up rules a breach already names cannot go: the FK refuses, and the migration with it.
        db.Sql("delete from fatigue.fatigue_rules r using fatigue.national_rule_set() s where r.code = s.code and s.mode = 'two_up';");
        db.Sql("update fatigue.fatigue_rules set metadata = metadata - 'verification' - 'source' where metadata ? 'verification';");
        db.Sql(OriginalInstallFunction());
        db.Sql("comment on function fatigue.install_national_rules(date) is 'Copies the national standard-hours and BFM solo work/rest limits (HVNL) into the current tenant''s fatigue.fatigue_rules; idempotent. Returns the number of rules added.';");
        db.Sql("drop function fatigue.national_rule_set();");
        db.Sql("comment on column fatigue.fatigue_rules.metadata is 'Industry- or tenant-specific extension fields.';");
        db.Sql("comment on column fatigue.fatigue_rules.mode is null;");
    }
}
