using static Finnest.Database.Seeds.Generation.Domain.DomainValues;

namespace Finnest.Database.Seeds.Generation.Domain;

/// <summary>Rows that must agree with their parent's state: lines of draft quotes, leave types beside the NES ones, leave of permanent staff, invoice lines that make up their invoice, residual risks after controls, visa conditions.</summary>
public static class StatusRules
{
    /// <summary>Leave beyond the NES, by category (which is also its code): paid?, open to casuals?, STP paid leave type, evidence?</summary>
    private static readonly (string Code, string Name, bool Paid, bool Casuals, string? Stp, bool Evidence)[] CompanyLeave =
    [
        ("toil", "Time off in lieu", true, false, "O", false),
        ("rdo", "Rostered day off", true, false, "O", false),
        ("study", "Study leave", true, false, "O", true),
        ("unpaid", "Unpaid leave", false, true, null, false),
        ("workers_comp", "Workers compensation leave", true, true, "W", true),
    ];

    /// <summary>Where an agency's applications stand on any day, in turn: seven in twelve still open, a quarter placed, one in six closed.</summary>
    private static readonly string[] ApplicationStages =
        ["new", "placed", "screening", "rejected", "shortlisted", "placed", "submitted_to_client", "withdrawn", "interview", "placed", "offer", "new"];

    /// <summary>Placements before each slot of <see cref="ApplicationStages"/> in its turn.</summary>
    private static readonly int[] PlacedBefore =
        ApplicationStages.Select((_, k) => ApplicationStages.Take(k).Count(stage => stage == "placed")).ToArray();

    private static readonly string[] RejectionReasons =
        ["No current White Card", "Right to work in Australia not confirmed", "Failed the pre-employment medical", "Client chose another candidate", "Not available for night shifts"];

    private static readonly string[] WithdrawalReasons =
        ["Accepted another role", "Travel to site too far", "Pay rate below expectations", "No longer available"];

    private static DateOnly MondayAfter(DateOnly day) => day.AddDays(day.DayOfWeek == DayOfWeek.Sunday ? 1 : 8 - (int)day.DayOfWeek);

    public static IEnumerable<KeyValuePair<string, TableRules>> All =>
    [
        // An application moves through the recruitment funnel: most are still open, a quarter end in a placement, the
        // rest rejected or withdrawn with a reason. Each stage reached has its time, in order: applied, submitted to the
        // client, offer, placement. Only a placement has a placement's fields, and only one that went ahead names the
        // employee record it created.
        new("recruit.applications", new TableRules
        {
            OwnedColumns = new HashSet<string> { "stage", "applied_at", "stage_changed_at", "submitted_to_client_at", "offer_made_at", "placed_at",
                "placement_start_date", "placement_end_date", "placement_status", "outcome_reason", "employee_id" },
            Row = (row, i) =>
            {
                var stage = ApplicationStages[i % ApplicationStages.Length];
                // Of every six placements three are active, two ended after 8 weeks and one was called off.
                var placement = stage == "placed" ? i / ApplicationStages.Length * 3 + PlacedBefore[i % ApplicationStages.Length] : -1;
                var status = placement < 0 ? null : (placement % 6) switch { 1 or 4 => "ended", 3 => "cancelled", _ => "active" };
                // An ended placement began long enough ago to have finished.
                var applied = row.Now.AddDays(-(status == "ended" ? 90 : 30) - row.Random.Next(120)).AddMinutes(-row.Random.Next(24 * 60));
                var submitted = stage is "submitted_to_client" or "interview" or "offer" or "placed" ? applied.AddDays(3) : (DateTime?)null;
                var offered = stage is "offer" or "placed" ? applied.AddDays(10) : (DateTime?)null;
                var placed = stage == "placed" ? applied.AddDays(12) : (DateTime?)null;
                var closed = stage is "rejected" or "withdrawn" ? applied.AddDays(2 + row.Random.Next(10)) : (DateTime?)null;
                row["stage"] = stage;
                row["applied_at"] = applied;
                row["submitted_to_client_at"] = submitted;
                row["offer_made_at"] = offered;
                row["placed_at"] = placed;
                row["stage_changed_at"] = placed ?? closed ?? offered ?? submitted ?? (stage == "new" ? applied : applied.AddDays(1));
                row["outcome_reason"] = stage switch
                {
                    "rejected" => row.Pick(RejectionReasons),
                    "withdrawn" => row.Pick(WithdrawalReasons),
                    _ => null,
                };
                if (offered is null) row["offered_pay_rate"] = null;
                // A placement starts on the Monday after it is made.
                DateOnly? start = placed is { } day ? MondayAfter(DateOnly.FromDateTime(day)) : null;
                row["placement_status"] = status;
                row["placement_start_date"] = start;
                row["placement_end_date"] = status == "ended" ? start!.Value.AddDays(55) : null;
                // The employee record a placement created is the candidate's own (none when the candidate has none yet).
                row["employee_id"] = status is "active" or "ended" && row["candidate_id"] is Guid candidate
                    ? row.Seed.AttributeOf("recruit.candidates", candidate, "employee_id") : null;
                if (placed is null)
                {
                    row["placement_pay_rate"] = null;
                    row["placement_charge_rate"] = null;
                }
            },
        }),
        // Every other quote is a draft, so every organisation has drafts to put lines on.
        new("quotes.quotes", new TableRules
        {
            Row = (row, i) => { if (i % 2 == 0) row["status"] = "draft"; },
        }),
        // A signature signs one document: a quote or an agreement, in turn.
        new("quotes.signatures", new TableRules
        {
            OwnedColumns = new HashSet<string> { "quote_id", "agreement_id" },
            Row = (row, i) =>
            {
                // Owned references are never left null when parents exist: both were picked, one is kept.
                var (keep, drop) = i % 2 == 0 ? ("quote_id", "agreement_id") : ("agreement_id", "quote_id");
                if (row[keep] is null) (keep, drop) = (drop, keep);
                row[drop] = null;
            },
        }),
        // Only a draft quote's lines may change (a trigger): lines go on draft quotes.
        new("quotes.quote_lines", new TableRules
        {
            OwnedColumns = new HashSet<string> { "quote_id" },
            Row = (row, i) =>
            {
                var drafts = row.Seed.IdsWhere("quotes.quotes", row.Org.Index, "status", s => s as string == "draft");
                if (drafts.Count > 0) row["quote_id"] = drafts[i % drafts.Count];
            },
        }),
        // Casual employees have no paid leave entitlement (a trigger), nor do contractors: leave is requested by permanent
        // staff. A request takes one to ten working days (7.6 hours each; a part-timer one to six of their days, 8 hours
        // each), from about a year back to two months ahead: taken once over (a few cancelled or rejected), approved or
        // awaiting a decision while ahead, asked for two weeks before.
        // Taken leave names the pay run that paid it.
        new("people.leave_requests", new TableRules
        {
            OwnedColumns = new HashSet<string> { "employee_id", "start_date", "end_date", "hours", "status", "submitted_at", "decided_at", "decided_by", "decision_note", "pay_run_id" },
            Row = (row, i) =>
            {
                var permanent = row.Seed.IdsWhere("people.employees", row.Org.Index, "employment_type", t => t as string is "full_time" or "part_time" or "fixed_term");
                if (permanent.Count > 0) row["employee_id"] = permanent[i % permanent.Count];
                // Nine 45-day windows from about a year back: an employee's requests take windows in turn from one of
                // their own, so theirs never overlap (up to nine each) and the tenant's spread over the year.
                var employees = Math.Max(1, permanent.Count);
                var window = (i / employees + i % employees) % 9;
                var today = DateOnly.FromDateTime(row.Now);
                // Leave is counted in the days the worker would have worked, at their shift's hours (RosterRules): a
                // full-timer's weekdays at 7.6 hours, a part-timer's Mondays, Wednesdays and Fridays at 8 (at most six
                // of them, so a request still ends inside its window).
                var employment = row["employee_id"] is Guid worker ? row.Seed.AttributeOf("people.employees", worker, "employment_type") as string : null;
                var partTime = employment == "part_time";
                bool WorkDay(DateOnly d) => RosterRules.WorksOn(employment, d.DayOfWeek);
                var start = today.AddDays(60 - 45 * (window + 1) + row.Random.Next(31));
                while (!WorkDay(start)) start = start.AddDays(1);
                var days = 1 + row.Random.Next(partTime ? 6 : 10);
                var end = start;
                for (var worked = 1; worked < days; )
                {
                    end = end.AddDays(1);
                    if (WorkDay(end)) worked++;
                }
                var status = end < today ? (i % 11) switch { 4 => "cancelled", 7 => "rejected", _ => "taken" }
                    : start > today ? (i % 3 == 0 ? "submitted" : "approved")
                    : "approved";
                var submitted = Earlier(start.AddDays(-14).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc), row.Now.AddHours(-3));
                var decided = status != "submitted";
                row["start_date"] = start;
                row["end_date"] = end;
                row["hours"] = days * RosterRules.ShiftHours(employment);
                row["status"] = status;
                row["submitted_at"] = submitted;
                row["decided_at"] = decided ? Earlier(submitted.AddDays(1), row.Now.AddHours(-1)) : null;
                row["decided_by"] = decided ? row["decided_by"] ?? row.AnyIdOf("public.users") : null;
                row["decision_note"] = status == "rejected" ? "Not enough cover on the roster for those days." : null;
                // Taken leave is paid in the fortnightly run of the fortnight it ends in (none before the runs reach back).
                row["pay_run_id"] = status == "taken"
                    ? PayCalendarRules.RunOf(row.Seed, row.Org.Index, "fortnightly", PayCalendarRules.FortnightHolding(row.Seed, end))
                    : null;
            },
        }),
        // Every organisation already has the nine NES types (a trigger installs them with the organisation, under the
        // NES codes): the seeder adds the award and company types around them, one per non-NES category.
        new("people.leave_types", new TableRules
        {
            RowsPerOrganisation = (_, _) => CompanyLeave.Length,
            OwnedColumns = new HashSet<string> { "code", "name", "category", "is_nes", "is_paid", "accrual_method", "entitlement_hours", "applies_to_casuals", "leave_loading", "stp_paid_leave_type", "requires_evidence" },
            Row = (row, i) =>
            {
                var (code, name, paid, casuals, stp, evidence) = CompanyLeave[i];
                row["code"] = code;
                row["name"] = name;
                row["category"] = code;
                row["is_nes"] = false;
                row["is_paid"] = paid;
                row["accrual_method"] = code == "rdo" ? "ordinary_hours_pro_rata" : "none";
                row["entitlement_hours"] = code == "rdo" ? 91.2m : null;   // one 7.6-hour day a month
                row["applies_to_casuals"] = casuals;
                row["leave_loading"] = null;
                row["stp_paid_leave_type"] = stp;
                row["requires_evidence"] = evidence;
            },
        }),
        new("safety.risk_assessments", new TableRules
        {
            OwnedColumns = new HashSet<string> { "residual_likelihood", "residual_consequence" },
            // Both ratings are computed by PostgreSQL (likelihood × consequence); after controls the residual risk is the lowest.
            Row = (row, _) =>
            {
                row["residual_likelihood"] = 1;
                row["residual_consequence"] = 1;
            },
        }),
        // line = quantity × price, GST a tenth of a taxable line.
        new("payroll.invoice_lines", new TableRules
        {
            // Lines go to invoices in turn, so every invoice has lines (a part-paid invoice needs a total above zero).
            RowsPerOrganisation = (seed, org) => 3 * seed.IdsOf("payroll.invoices", org).Count,
            // An invoice's totals are the sum of its lines (checked at commit): set them once the lines exist.
            AfterTableSql = """
                update payroll.invoices i
                set amount_paid = case x.status when 'paid' then coalesce(s.subtotal, 0) + coalesce(s.gst, 0) when 'part_paid' then round((coalesce(s.subtotal, 0) + coalesce(s.gst, 0)) / 2, 2) else 0 end,
                    subtotal = coalesce(s.subtotal, 0), gst_amount = coalesce(s.gst, 0), total = coalesce(s.subtotal, 0) + coalesce(s.gst, 0)
                from payroll.invoices x
                left join (select invoice_id, sum(line_amount) as subtotal,
                                  round(coalesce(sum(line_amount) filter (where gst_treatment = 'taxable'), 0) * 0.10, 2) as gst
                           from payroll.invoice_lines group by invoice_id) s on s.invoice_id = x.id
                where x.id = i.id
                """,
            OwnedColumns = new HashSet<string> { "quantity", "unit_price", "line_amount", "gst_amount" },
            Row = (row, _) =>
            {
                var quantity = 4m + row.Random.Next(40);
                var price = 38m + row.Random.Next(30) + 0.5m;
                var line = Math.Round(quantity * price, 2);
                row["quantity"] = quantity;
                row["unit_price"] = price;
                row["line_amount"] = line;
                row["gst_amount"] = row["gst_treatment"] as string == "taxable" ? Math.Round(line * 0.10m, 2) : 0m;
                row["quantity"] = quantity;
            },
        }),
        // Visa conditions are four-digit codes (8105: limited work hours for students).
        new("onboard.right_to_work_checks", new TableRules
        {
            OwnedColumns = new HashSet<string> { "conditions" },
            Row = (row, i) => row["conditions"] = i % 3 == 0 ? new[] { "8105" } : Array.Empty<string>(),
        }),
    ];
}
