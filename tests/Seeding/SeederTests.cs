using Dapper;
using Finnest.Database.Engine.Plan;
using Finnest.Database.Engine;
using Finnest.Database.Seeds;
using Finnest.Database.Seeds.Catalog;
using Finnest.Database.Seeds.Generation;
using Finnest.Database.Seeds.Generation.Domain;
using Finnest.Database.Seeds.Writing;
using Finnest.Database.Seeds.Safety;
using Finnest.Database.Tests.Support;
using Npgsql;

namespace Finnest.Database.Tests.Seeding;

[Collection(DatabaseCollection.Name)]
public sealed class SeederTests(DatabaseFixture database, SeededDatabases seeded) : IClassFixture<SeededDatabases>
{
    private static async Task<NpgsqlConnection> OpenAsync(NpgsqlConnectionStringBuilder settings)
    {
        var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Fails naming what the query counted, when it counts any row: a broken invariant with its size.</summary>
    private static async Task AssertNoneAsync(NpgsqlConnection c, string what, string countQuery, object? args = null)
    {
        var found = await c.ExecuteScalarAsync<long>(countQuery, args);
        Assert.True(found == 0, $"{found} {what}");
    }

    /// <summary>Fails when the query counts no row: an invariant checked on no data proves nothing.</summary>
    private static async Task AssertSomeAsync(NpgsqlConnection c, string what, string countQuery, object? args = null) =>
        Assert.True(await c.ExecuteScalarAsync<long>(countQuery, args) > 0, $"no {what} to check");

    private static async Task<List<string>> TenantTablesAsync(NpgsqlConnection c) =>
        (await c.QueryAsync<(string Name, bool IsTenant, bool IsPartitioned, string? PartitionColumn)>(CatalogReader.TablesQuery))
        .Where(t => t.IsTenant).Select(t => t.Name).ToList();

    [Fact]
    public Task every_tenant_table_has_rows_for_every_seeded_organisation() => EveryTenantTableHasRowsAsync(seeded.First);

    /// <summary>Pay calendars, award rates and history reach back from the as-of day, whatever day it is.</summary>
    [Fact]
    public async Task a_seed_as_of_a_day_before_the_loaded_award_rates_still_fills_every_table_and_leaves_nothing_out()
    {
        Assert.Empty(seeded.EarlyAsOfSummary.Tables.Where(t => t.LeftOut > 0).Select(t => t.Table));
        await EveryTenantTableHasRowsAsync(seeded.EarlyAsOf);
        await using var c = await OpenAsync(seeded.EarlyAsOf);
        await AssertNoneAsync(c, "pay runs starting after the as-of day", "select count(*) from payroll.pay_runs where period_start > @day", new { day = SeededDatabases.EarlyDay });
    }

    private static async Task EveryTenantTableHasRowsAsync(NpgsqlConnectionStringBuilder database)
    {
        await using var c = await OpenAsync(database);
        var organisations = (await c.QueryAsync<Guid>("select id from public.organisations")).ToList();
        Assert.True(organisations.Count >= 2, "the demo scale seeds at least two organisations");
        var missing = new List<string>();
        foreach (var table in await TenantTablesAsync(c))
        {
            var orgColumn = table == "public.organisations" ? "id" : "org_id";
            var covered = await c.ExecuteScalarAsync<long>($"select count(distinct {orgColumn}) from {table} where {orgColumn} = any(@organisations)", new { organisations });
            if (covered < organisations.Count) missing.Add($"{table} ({covered} of {organisations.Count} organisations)");
        }
        Assert.True(missing.Count == 0, "tenant tables without rows for every organisation: " + string.Join(", ", missing));
    }

    private static async Task<Dictionary<string, string>> ChecksumsAsync(NpgsqlConnectionStringBuilder settings)
    {
        await using var c = await OpenAsync(settings);
        var sums = new Dictionary<string, string>();
        // audit_log also holds the trigger's rows (transaction ids, clock time); updated_at is the clock of later updates.
        // Rows the database installs itself (metadata.installed_by, e.g. every organisation's NES leave types) get their
        // id and inserted_at from gen_random_uuid() and now(): the rest of them must still be the same.
        foreach (var table in (await TenantTablesAsync(c)).Where(t => t != "public.audit_log"))
            sums[table] = await c.ExecuteScalarAsync<string>($"""
                select md5(coalesce(string_agg(r, '|' order by r), '')) from (
                    select (to_jsonb(t) - 'updated_at' - case when to_jsonb(t) -> 'metadata' ? 'installed_by' then array['id', 'inserted_at'] else array[]::text[] end)::text as r
                    from {table} t) x
                """) ?? "";
        return sums;
    }

    [Fact]
    public async Task the_same_random_seed_and_options_give_identical_rows_and_ids_whatever_was_generated_ahead()
    {
        var first = await ChecksumsAsync(seeded.First);
        var second = await ChecksumsAsync(seeded.Second);
        var different = first.Where(kv => second[kv.Key] != kv.Value).Select(kv => kv.Key).ToList();
        Assert.True(different.Count == 0, "tables that differ between two seeds with the same options: " + string.Join(", ", different));
    }

    [Fact]
    public async Task another_random_seed_gives_other_data()
    {
        var first = await ChecksumsAsync(seeded.First);
        var other = await ChecksumsAsync(seeded.OtherSeed);
        var same = first.Where(kv => other[kv.Key] == kv.Value).Select(kv => kv.Key).ToList();
        Assert.True(same.Count == 0, "tables identical under another random seed: " + string.Join(", ", same));
    }

    /// <summary>
    /// The in-memory verdict of every CHECK the seeder reads (CheckExpression) agrees with PostgreSQL's on seeded rows and on
    /// copies of them with one column of the check nulled (some of which break it): a repair is never made for a row
    /// PostgreSQL would take, nor skipped for one it would refuse.
    /// </summary>
    [Fact]
    public async Task checks_judged_in_memory_agree_with_postgresql_on_seeded_rows_and_on_copies_with_a_column_nulled()
    {
        await using var c = await OpenAsync(seeded.First);
        var tables = await CatalogReader.ReadAsync(c, default);
        var disagreements = new List<string>();
        int judged = 0, refused = 0;
        foreach (var table in tables.Where(t => t.IsTenant))
        {
            var checks = table.Checks.Select(k => (Check: k, Parsed: CheckExpression.TryParse(k.Expression))).Where(k => k.Parsed is not null).ToList();
            if (checks.Count == 0) continue;
            judged += checks.Count;
            // Three seeded rows, and copies of each with one column a check reads set to null (some of which break it).
            var seededRows = (await c.QueryAsync($"select {string.Join(", ", table.Columns.Select(k => BinaryCopy.Quote(k.Name)))} from {table.Name} limit 3"))
                .Cast<IDictionary<string, object?>>().Select(r => table.Columns.Select(k => AsGenerated(table, k.Name, r[k.Name])).ToArray()).ToList();
            var variants = seededRows.SelectMany(row => checks.SelectMany(k => k.Check.Columns).Distinct().Select(column =>
            {
                var copy = (object?[])row.Clone();
                copy[table.Columns.ToList().FindIndex(k => k.Name == column)] = null;
                return copy;
            }).Prepend(row)).ToList();
            if (variants.Count == 0) continue;
            // PostgreSQL's verdict on every variant and check, in one query per table.
            var verdicts = string.Join(", ", checks.Select((k, i) => $"({i}, ({k.Check.Expression}) is not false)"));
            await using var command = new NpgsqlCommand($"select (s.ordinality - 1)::int, v.i, v.ok from jsonb_populate_recordset(null::{BinaryCopy.QuoteTable(table.Name)}, @rows) with ordinality s cross join lateral (values {verdicts}) v(i, ok)", c);
            command.Parameters.Add(new NpgsqlParameter("rows", NpgsqlTypes.NpgsqlDbType.Jsonb) { Value = JsonRows.Write(table.Columns, variants) });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var (variant, check, ok) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetBoolean(2));
                var row = variants[variant];
                var inMemory = checks[check].Parsed!.Passes(n => table.Column(n) is null ? null : row[table.Columns.ToList().FindIndex(k => k.Name == n)]);
                if (!ok) refused++;
                if (inMemory != ok) disagreements.Add($"{table.Name} {checks[check].Check.Name}: PostgreSQL says {ok}, memory {inMemory}");
            }
        }
        Assert.True(judged > 500 && refused > 100, $"{judged} checks read in memory, {refused} refusals: too few to mean anything");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements.Take(20)));
    }

    /// <summary>A value as the generator holds it: DateOnly for a date, TimeOnly for a time (Npgsql reads DateTime and TimeSpan).</summary>
    private static object? AsGenerated(TableInfo table, string column, object? value) => (table.Column(column)?.TypeName, value) switch
    {
        ("date", DateTime day) => DateOnly.FromDateTime(day),
        ("time", TimeSpan time) => TimeOnly.FromTimeSpan(time),
        _ => value,
    };

    [Fact]
    public async Task no_employee_is_assigned_two_overlapping_shifts()
    {
        await using var c = await OpenAsync(seeded.First);
        Assert.True(await c.ExecuteScalarAsync<long>("select count(*) from roster.shift_assignments") > 0);
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("""
            select count(*) from roster.shift_assignments a join roster.shift_assignments b
              on a.org_id = b.org_id and a.employee_id = b.employee_id and a.id < b.id
             and tstzrange(a.start_at, a.end_at) && tstzrange(b.start_at, b.end_at)
            """));
    }

    [Fact]
    public async Task every_encrypted_value_is_a_development_envelope_that_decrypts()
    {
        await using var c = await OpenAsync(seeded.First);
        var columns = (await c.QueryAsync<(string Table, string Column)>("""
            select n.nspname || '.' || cl.relname, a.attname from pg_attribute a join pg_class cl on cl.oid = a.attrelid
            join pg_namespace n on n.oid = cl.relnamespace
            where a.attname like '%\_encrypted' and cl.relkind in ('r', 'p') and not cl.relispartition and a.attnum > 0
            """)).ToList();
        Assert.NotEmpty(columns);
        var checkedValues = 0;
        foreach (var (table, column) in columns)
        foreach (var envelope in await c.QueryAsync<byte[]>($"select {column} from {table} where {column} is not null"))
        {
            Assert.Equal(FieldEncryption.Version1, envelope[0]);
            Assert.NotEmpty(FieldEncryption.Development.Decrypt(envelope));
            checkedValues++;
        }
        Assert.True(checkedValues > 0);
        var tfns = await c.QueryAsync<byte[]>("select tax_file_number_encrypted from people.employees where tax_file_number_encrypted is not null");
        Assert.All(tfns, t => Assert.True(AustralianIdentifiers.IsValidTfn(FieldEncryption.Development.Decrypt(t))));
    }

    [Fact]
    public async Task no_timecard_or_pay_line_falls_in_a_locked_pay_period()
    {
        await using var c = await OpenAsync(seeded.First);
        Assert.True(await c.ExecuteScalarAsync<long>("select count(*) from timekeep.pay_period_locks") > 0);
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("""
            select count(*) from timekeep.timecards t join timekeep.pay_period_locks l
              on l.org_id = t.org_id and l.unlocked_at is null
             and daterange(l.period_start, l.period_end, '[]') && daterange(t.period_start, t.period_end, '[]')
            """));
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("""
            select count(*) from payroll.pay_lines p join timekeep.pay_period_locks l
              on l.org_id = p.org_id and l.unlocked_at is null and p.work_date between l.period_start and l.period_end
            """));
    }

    [Fact]
    public async Task notifiable_incidents_name_their_regulator()
    {
        await using var c = await OpenAsync(seeded.First);
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("select count(*) from safety.incidents where is_notifiable and regulator is null"));
    }

    [Fact]
    public void every_generated_row_is_written_none_left_out()
    {
        var leftOut = seeded.FirstSummary.Tables.Where(t => t.LeftOut > 0).Select(t => $"{t.Table}: {t.LeftOut} ({t.LeftOutBecause})");
        Assert.Empty(leftOut);
    }

    [Fact]
    public async Task agency_licences_name_the_tenants_own_agencies_and_corrective_actions_answer_one_finding()
    {
        await using var c = await OpenAsync(seeded.First);
        Assert.True(await c.ExecuteScalarAsync<long>("select count(*) from compliance.labour_hire_licences where holder = 'agency'") > 0);
        // agency_id is a soft reference (no foreign key): the seeder resolves it by name to clients.agencies.
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("""
            select count(*) from compliance.labour_hire_licences l
            where l.holder = 'agency' and not exists (select from clients.agencies a where a.org_id = l.org_id and a.id = l.agency_id)
            """));
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("""
            select count(*) from safety.corrective_actions
            where num_nonnulls(incident_id, investigation_id, hazard_id, inspection_item_id, risk_assessment_id) <> 1
            """));
    }

    // The adult minimum of a classification on a day: the rate in force, or the earliest loaded for a day before them.
    private const string MinimumOn = """
        (select r from compliance.award_rates r
          where r.award_classification_id = {0} and r.rate_basis = 'adult' and r.deleted_at is null
          order by (r.effective_from <= {1}) desc, case when r.effective_from <= {1} then r.effective_from end desc, r.effective_from
          limit 1)
        """;

    [Fact]
    public async Task award_contracts_and_pay_lines_pay_at_least_the_classification_minimum_and_agree_per_employee()
    {
        await using var c = await OpenAsync(seeded.First);
        var minimum = string.Format(MinimumOn, "k.award_classification_id", "k.start_date");
        await AssertSomeAsync(c, "contracts under an award", "select count(*) from people.contracts where award_classification_id is not null");
        // Fair Work Act s45: a contract under an award pays at least its minimum, per the unit the contract states.
        await AssertNoneAsync(c, "award contracts paying below their minimum", $"""
            select count(*) from people.contracts k cross join lateral (select ({minimum}).*) m
            where k.award_classification_id is not null and k.pay_rate < case k.pay_rate_unit
                when 'week' then m.weekly_rate when 'year' then m.weekly_rate * 52
                else case when k.employment_type = 'casual' then m.casual_hourly_rate else m.hourly_rate end end
            """);
        // A contract states its worker's employment type; the award is the classification's.
        await AssertNoneAsync(c, "contracts whose employment type or award disagrees with the worker's", """
            select count(*) from people.contracts k join people.employees e on e.org_id = k.org_id and e.id = k.employee_id
            left join compliance.award_classifications a on a.id = k.award_classification_id
            where k.employment_type <> e.employment_type or k.award_id is distinct from coalesce(a.award_id, k.award_id)
            """);
        // Hours are paid under the classification of the worker's contract, never below its minimum on the day worked.
        await AssertSomeAsync(c, "hour pay lines of workers under an award", """
            select count(*) from payroll.pay_lines p join people.contracts k on k.org_id = p.org_id and k.employee_id = p.employee_id
            where p.hours is not null and k.award_classification_id is not null
            """);
        await AssertNoneAsync(c, "hour pay lines under another classification than the worker's contract", """
            select count(*) from payroll.pay_lines p join people.contracts k on k.org_id = p.org_id and k.employee_id = p.employee_id
            where p.hours is not null and k.award_classification_id is not null and p.award_classification_id is distinct from k.award_classification_id
            """);
        var lineMinimum = string.Format(MinimumOn, "p.award_classification_id", "coalesce(p.work_date, current_date)");
        await AssertNoneAsync(c, "pay lines below their classification's minimum", $"""
            select count(*) from payroll.pay_lines p cross join lateral (select ({lineMinimum}).*) m
            where p.award_classification_id is not null and p.payment_category in ('gross', 'paid_leave', 'overtime') and p.rate < m.hourly_rate
            """);
        // Every other hourly pay named with a classification keeps its minimum too (pay levels, job orders, rate cards, shifts).
        foreach (var (table, rate, day) in new[]
                 {
                     ("payroll.pay_levels", "base_hourly_rate", "t.effective_from"), ("recruit.job_orders", "pay_rate", "current_date"),
                     ("clients.rate_cards", "base_pay_rate", "current_date"), ("roster.shifts", "pay_rate", "current_date"),
                     ("quotes.quote_lines", "pay_rate", "current_date"), ("clients.job_costings", "base_pay_rate", "current_date"),
                 })
        {
            var floor = string.Format(MinimumOn, "t.award_classification_id", day);
            await AssertNoneAsync(c, $"{table}.{rate} below the award minimum", $"""
                select count(*) from {table} t cross join lateral (select ({floor}).*) m
                where t.award_classification_id is not null and t.{rate} < m.hourly_rate
                """);
        }
    }

    [Fact]
    public async Task payslips_stp_events_and_invoices_carry_their_employer_s_and_client_s_own_abn()
    {
        await using var c = await OpenAsync(seeded.First);
        await AssertSomeAsync(c, "payslips", "select count(*) from payroll.payslips");
        await AssertNoneAsync(c, "payslips not carrying their employer's ABN and legal name", """
            select count(*) from payroll.payslips p join public.organisations o on o.id = p.org_id
            where p.employer_abn is distinct from o.abn or p.employer_name is distinct from o.legal_name
            """);
        await AssertNoneAsync(c, "STP submissions not carrying their payer's ABN",
            "select count(*) from payroll.stp_submissions s join public.organisations o on o.id = s.org_id where s.payer_abn is distinct from o.abn");
        await AssertSomeAsync(c, "invoices with a client ABN", "select count(*) from payroll.invoices where client_abn is not null");
        await AssertNoneAsync(c, "invoices not carrying their client's ABN", """
            select count(*) from payroll.invoices i join clients.clients k on k.org_id = i.org_id and k.id = i.client_id
            where i.client_abn is distinct from k.abn
            """);
        // A company's ABN is its ACN behind two check digits.
        await AssertNoneAsync(c, "company ABNs not built from their ACN", """
            select (select count(*) from public.organisations where acn is null or right(abn, 9) <> acn)
                 + (select count(*) from clients.clients where acn is not null and right(abn, 9) <> acn)
                 + (select count(*) from clients.agencies where acn is not null and right(abn, 9) <> acn)
            """);
    }

    [Fact]
    public async Task pay_runs_follow_their_calendar_and_total_their_payslips_which_fall_in_the_run_s_period()
    {
        await using var c = await OpenAsync(seeded.First);
        await AssertSomeAsync(c, "payslips", "select count(*) from payroll.payslips");
        // Each run is one period of its calendar (the anchor plus whole periods), paid on the calendar's offset from its end.
        await AssertNoneAsync(c, "pay runs off their calendar's periods or payday", """
            select count(*) from payroll.pay_runs r join payroll.pay_calendars k on k.org_id = r.org_id and k.id = r.pay_calendar_id
            where r.payment_date <> r.period_end + k.pay_day_offset_days or case k.pay_frequency
                when 'weekly' then (r.period_start - k.anchor_period_start) % 7 <> 0 or r.period_end <> r.period_start + 6
                when 'fortnightly' then (r.period_start - k.anchor_period_start) % 14 <> 0 or r.period_end <> r.period_start + 13
                else extract(day from r.period_start) <> extract(day from k.anchor_period_start) or r.period_end <> (r.period_start + interval '1 month')::date - 1 end
            """);
        // Paid and reported once payday has passed, still open before it.
        await AssertNoneAsync(c, "pay runs paid before payday or open after it", """
            select count(*) from payroll.pay_runs where (status in ('paid', 'stp_submitted')) <> (payment_date <= @asOf)
            """, new { asOf = SeededDatabases.Options.AsOf });
        await AssertNoneAsync(c, "payslips off their run's period, payday or status", """
            select count(*) from payroll.payslips p join payroll.pay_runs r on r.org_id = p.org_id and r.id = p.pay_run_id
            where (p.period_start, p.period_end, p.payment_date) <> (r.period_start, r.period_end, r.payment_date)
               or (p.status = 'issued') <> (r.status in ('paid', 'stp_submitted'))
            """);
        await AssertNoneAsync(c, "pay runs whose totals are not their payslips' sums", """
            select count(*) from payroll.pay_runs r left join (
                select org_id, pay_run_id, count(distinct employee_id) n, sum(gross_pay) g, sum(tax_withheld) t, sum(net_pay) net, sum(super_amount) s
                from payroll.payslips group by 1, 2) p on p.org_id = r.org_id and p.pay_run_id = r.id
            where (r.employee_count, r.total_gross, r.total_tax_withheld, r.total_net, r.total_super)
               <> (coalesce(p.n, 0), coalesce(p.g, 0), coalesce(p.t, 0), coalesce(p.net, 0), coalesce(p.s, 0))
            """);
        // A payslip is the sum of its pay lines (the worker's lines in the run): gross of the earning lines, deductions of
        // the deduction lines, net what is left after tax; its ordinary hours and rate are its one ordinary-hours line, or
        // its hours are those of the timecard lines it pays (a line per shift, each at its own penalty or loading);
        // super is the guarantee rate of payday on the lines that are ordinary time earnings.
        await AssertNoneAsync(c, "payslips that are not the sums of their pay lines", """
            select count(*) from payroll.payslips p
            left join lateral (
                select sum(l.amount) filter (where l.payment_category <> 'deduction') as gross,
                       coalesce(sum(l.amount) filter (where l.payment_category = 'deduction'), 0) as deductions,
                       coalesce(sum(l.amount) filter (where l.is_ordinary_time_earnings), 0) as ote,
                       count(*) filter (where l.payment_category = 'gross' and l.line_kind = 'regular' and l.hours = p.ordinary_hours
                                          and l.rate = p.ordinary_hourly_rate and l.timecard_id is null) as ordinary_lines,
                       count(*) filter (where l.timecard_id is not null) as timecard_lines,
                       sum(l.hours) filter (where l.timecard_id is not null) as timecard_hours
                from payroll.pay_lines l where l.org_id = p.org_id and l.pay_run_id = p.pay_run_id and l.employee_id = p.employee_id) l on true
            where l.gross is distinct from p.gross_pay or l.deductions <> p.total_deductions or p.net_pay <> p.gross_pay - p.tax_withheld - p.total_deductions
               or case when l.timecard_lines = 0 then l.ordinary_lines <> 1 else l.ordinary_lines <> 0 or l.timecard_hours <> p.ordinary_hours end
               or p.super_amount <> round(l.ote * payroll.super_guarantee_rate(p.payment_date), 2)
            """);
        // Year-to-date figures add up by payday within the income year: each payslip's are the previous one's plus its own;
        // the first seeded one of the year counts the fortnights paid since 1 July before the runs reach back at its own.
        await AssertNoneAsync(c, "payslips whose year-to-date figures do not add up", """
            select count(*) from (
                select p.*, lag(p.ytd_gross) over w as prior_gross, lag(p.ytd_tax_withheld) over w as prior_tax, lag(p.ytd_super) over w as prior_super,
                       (p.payment_date - make_date(extract(year from p.payment_date)::int - case when extract(month from p.payment_date) >= 7 then 0 else 1 end, 7, 1)) / 14 as before
                from payroll.payslips p
                window w as (partition by p.org_id, p.employee_id, extract(year from p.payment_date + interval '6 months') order by p.payment_date)) y
            where (y.prior_gross is null and (y.ytd_gross, y.ytd_tax_withheld, y.ytd_super)
                       <> (y.gross_pay * (y.before + 1), y.tax_withheld * (y.before + 1), y.super_amount * (y.before + 1)))
               or (y.prior_gross is not null and (y.ytd_gross, y.ytd_tax_withheld, y.ytd_super)
                       <> (y.prior_gross + y.gross_pay, y.prior_tax + y.tax_withheld, y.prior_super + y.super_amount))
            """);
        await AssertNoneAsync(c, "pay lines of a worker without a payslip in their run", """
            select count(*) from payroll.pay_lines l
            where not exists (select from payroll.payslips p where p.org_id = l.org_id and p.pay_run_id = l.pay_run_id and p.employee_id = l.employee_id)
            """);
        // Each payslip's PAYG working: Schedule 1 scale 2 on its gross, y = round(a·x − b) a week, times the weeks; the
        // Medicare levy's share is 2% of the gross, never more than the amount withheld.
        await AssertNoneAsync(c, "payslips without a matching Schedule 1 scale 2 working", """
            select count(*) from payroll.payslips p
            left join payroll.tax_calculations t on t.org_id = p.org_id and t.pay_run_id = p.pay_run_id and t.employee_id = p.employee_id
            cross join lateral (select case p.period_end - p.period_start when 6 then 1 when 13 then 2 else 13 / 3.0 end as weeks) w
            where t.id is null or t.method <> 'schedule_1' or t.scale <> 2 or t.taxable_earnings <> p.gross_pay or t.withheld_amount <> p.tax_withheld
               or t.weekly_equivalent <> floor(p.gross_pay / w.weeks) + 0.99
               or t.withheld_amount <> least(p.gross_pay, round(greatest(0, round(t.coefficient_a * t.weekly_equivalent - t.coefficient_b)) * w.weeks))
               or t.medicare_levy_amount <> least(t.withheld_amount, round(p.gross_pay * 0.02, 2))
            """);
        // Hour-based pay lines are worked inside their run's period.
        await AssertNoneAsync(c, "hour pay lines worked outside their run's period", """
            select count(*) from payroll.pay_lines l join payroll.pay_runs r on r.org_id = l.org_id and r.id = l.pay_run_id
            where l.hours is not null and l.line_kind <> 'reversal' and l.work_date not between r.period_start and r.period_end
            """);
    }

    /// <summary>
    /// Runs each check's query, which counts the rows it looked at and those that break the rule, and fails naming every
    /// check that found some; also when there were fewer than <paramref name="checksAtLeast"/> checks or
    /// <paramref name="rowsAtLeast"/> rows to look at (a rule checked on nothing proves nothing).
    /// </summary>
    private static async Task AssertEveryAsync(NpgsqlConnection c, string broken, IReadOnlyList<(string Label, string Query)> checks, int checksAtLeast, long rowsAtLeast)
    {
        Assert.True(checks.Count >= checksAtLeast, $"only {checks.Count} checks to run");
        var (looked, failures) = (0L, new List<string>());
        foreach (var (label, query) in checks)
        {
            var (rows, breaking) = await c.QuerySingleAsync<(long, long)>(query);
            looked += rows;
            if (breaking > 0) failures.Add($"{label} ({breaking} of {rows})");
        }
        Assert.True(looked >= rowsAtLeast, $"only {looked} rows to check");
        Assert.True(failures.Count == 0, $"{broken}: {string.Join(", ", failures)}");
    }

    // A soft reference (a uuid column across domains with no foreign key, such as employee_id in onboarding) is checked
    // by nothing in the database, so only this test stops it pointing at nothing. The columns are the ones the data
    // dictionary documents as "Soft reference to schema.table", not the seeder's own guess. Before 2 December this demo
    // seed had 109 such values in 17 columns: a repeated unique key (one bank account per employee) was made unique
    // with a made-up uuid, a CHECK's repair drew one, and a reference to a table written later kept its random value.
    [Fact]
    public async Task every_soft_reference_names_a_row_of_its_own_tenant()
    {
        await using var c = await OpenAsync(seeded.First);
        var columns = await c.QueryAsync<(string Table, string Column, string Target, bool TenantTarget)>("""
            select c.oid::regclass::text, a.attname::text, m.target,
                   exists (select from pg_attribute o where o.attrelid = m.target::regclass and o.attname = 'org_id' and not o.attisdropped)
            from pg_attribute a join pg_class c on c.oid = a.attrelid
            cross join lateral (select substring(col_description(a.attrelid, a.attnum) from '^Soft reference to ([a-z_]+\.[a-z_]+)') as target) m
            where c.relkind in ('r', 'p') and not c.relispartition and a.attnum > 0 and not a.attisdropped and m.target is not null
              and exists (select from pg_attribute o where o.attrelid = c.oid and o.attname = 'org_id' and not o.attisdropped)
            """);
        await AssertEveryAsync(c, "soft references naming no row of their tenant", columns.Select(r => (
            $"{r.Table}.{r.Column} → {r.Target}",
            $"""
            select count(x.{r.Column}), count(*) filter (where x.{r.Column} is not null and not exists (
                select from {r.Target} t where t.id = x.{r.Column}{(r.TenantTarget ? (r.Target == "public.organisations" ? "" : " and t.org_id = x.org_id") : "")}))
            from {r.Table} x
            """)).ToList(), checksAtLeast: 100, rowsAtLeast: 1000);
    }

    // A certification of an enrolment, a payment of a payslip, a breach of a driver's hours, onboarding documents of a
    // profile: the row and the parent it names are about the same employee. Before 2 December a demo seed broke this
    // in 26 such pairs of tables (every payment paid another worker's payslip).
    [Fact]
    public async Task a_row_names_the_same_employee_as_the_parents_it_names()
    {
        await using var c = await OpenAsync(seeded.First);
        var pairs = await c.QueryAsync<(string Child, string Parent, string Column)>("""
            select k.conrelid::regclass::text, k.confrelid::regclass::text, a.attname::text
            from pg_constraint k join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[array_upper(k.conkey, 1)]
            where k.contype = 'f' and k.conrelid <> k.confrelid and a.attname <> 'employee_id' and k.confrelid <> 'people.employees'::regclass
              and exists (select from pg_attribute x where x.attrelid = k.conrelid and x.attname = 'employee_id' and not x.attisdropped)
              and exists (select from pg_attribute x where x.attrelid = k.confrelid and x.attname = 'employee_id' and not x.attisdropped)
            """);
        await AssertEveryAsync(c, "rows naming another employee than their parent", pairs.Select(p => (
            $"{p.Child}.{p.Column} → {p.Parent}",
            $"""
            select count(*), count(*) filter (where x.employee_id <> y.employee_id)
            from {p.Child} x join {p.Parent} y on y.org_id = x.org_id and y.id = x.{p.Column}
            where x.employee_id is not null and y.employee_id is not null
            """)).ToList(), checksAtLeast: 20, rowsAtLeast: 200);
    }

    // What payroll is set up from agrees with what it pays: a current TFN declaration per worker that claims the tax-free
    // threshold (the payslips withhold at scale 2), and pay details in force on every payslip's period end that name
    // the worker's own declaration, bank account and fund, the fortnightly calendar the runs are cut from, the worker's
    // STP basis, the contract's hours and the rate the payslip pays.
    [Fact]
    public async Task every_worker_was_onboarded_before_their_first_day_and_their_payroll_forms_belong_to_that_onboarding()
    {
        await using var c = await OpenAsync(seeded.First);
        await AssertSomeAsync(c, "onboarding profiles", "select count(*) from onboard.onboarding_profiles");
        await AssertNoneAsync(c, "workers without exactly one approved onboarding, approved before their first day, on their employment type", """
            select count(*) from people.employees e
            where (select count(*) from onboard.onboarding_profiles p
                   where p.org_id = e.org_id and p.employee_id = e.id and p.status = 'approved' and p.approved_at::date < e.start_date
                     and p.expected_start_date = e.start_date and p.employment_type = e.employment_type) <> 1
            """);
        foreach (var table in new[] { "onboard.tfn_declarations", "onboard.bank_details", "onboard.super_choices" })
            await AssertNoneAsync(c, $"{table} rows outside their worker's onboarding", $"""
                select count(*) from {table} f left join onboard.onboarding_profiles p on p.org_id = f.org_id and p.id = f.onboarding_profile_id
                where p.employee_id is distinct from f.employee_id
                """);
    }

    [Fact]
    public async Task pay_details_and_tfn_declarations_agree_with_the_worker_and_the_payslips()
    {
        await using var c = await OpenAsync(seeded.First);
        await AssertNoneAsync(c, "workers without exactly one current TFN declaration, signed before their first day, claiming the threshold", """
            select count(*) from people.employees e
            where (select count(*) from onboard.tfn_declarations t where t.org_id = e.org_id and t.employee_id = e.id and t.status = 'current'
                     and t.signed_on < e.start_date and t.claims_tax_free_threshold and t.residency = 'australian_resident'
                     and t.payment_basis = case e.employment_type when 'part_time' then 'part_time' when 'casual' then 'casual'
                                                                  when 'contractor' then 'labour_hire' else 'full_time' end) <> 1
            """);
        await AssertSomeAsync(c, "payslips", "select count(*) from payroll.payslips");
        await AssertNoneAsync(c, "payslips without one set of pay details in force that agrees with the worker and the payslip", """
            select count(*) from payroll.payslips p join people.employees e on e.org_id = p.org_id and e.id = p.employee_id
            join people.contracts k on k.org_id = p.org_id and k.employee_id = p.employee_id and k.status = 'active'
            where (select count(*) from payroll.pay_details d
                   join payroll.pay_calendars cal on cal.org_id = d.org_id and cal.id = d.pay_calendar_id
                   join onboard.tfn_declarations t on t.org_id = d.org_id and t.id = d.tfn_declaration_id
                   join onboard.bank_details b on b.org_id = d.org_id and b.id = d.bank_detail_id
                   where d.org_id = p.org_id and d.employee_id = p.employee_id and d.deleted_at is null
                     and p.period_end between d.effective_from and coalesce(d.effective_to, 'infinity')
                     and cal.pay_frequency = 'fortnightly' and t.employee_id = d.employee_id and t.status = 'current'
                     and b.employee_id = d.employee_id and d.employment_basis = e.stp_employment_basis
                     and d.tax_free_threshold_claimed and d.tax_treatment_code like 'RT%'
                     and d.income_type = case e.employment_type when 'contractor' then 'LAB' else 'SAW' end
                     and d.ordinary_hours_per_week is not distinct from k.ordinary_hours_per_week
                     and d.hourly_rate = p.ordinary_hourly_rate) <> 1
            """);
        await AssertNoneAsync(c, "pay details naming another worker's super fund", """
            select count(*) from payroll.pay_details d join payroll.super_funds f on f.org_id = d.org_id and f.id = d.super_fund_id
            where f.employee_id <> d.employee_id
            """);
    }

    [Fact]
    public async Task workers_are_employed_before_their_shifts_pay_and_leave_under_the_contract_their_payslips_follow()
    {
        await using var c = await OpenAsync(seeded.First);
        await AssertNoneAsync(c, "employees not active, with a termination, or with an STP basis not of their employment", """
            select count(*) from people.employees
            where employment_status <> 'active' or termination_date is not null or cessation_type is not null or start_date is null
               or stp_employment_basis <> case employment_type when 'part_time' then 'P' when 'casual' then 'C' when 'contractor' then 'L' else 'F' end
            """);
        // Nothing names a worker before their first day: shifts, timecards, payslips, leave.
        await AssertNoneAsync(c, "shifts, timecards, payslips or leave before the worker's first day", """
            select (select count(*) from roster.shift_assignments a join roster.shifts s on s.org_id = a.org_id and s.id = a.shift_id
                    join people.employees e on e.org_id = a.org_id and e.id = a.employee_id where s.start_at::date < e.start_date)
                 + (select count(*) from timekeep.timecards t join people.employees e on e.org_id = t.org_id and e.id = t.employee_id where t.period_start < e.start_date)
                 + (select count(*) from payroll.payslips p join people.employees e on e.org_id = p.org_id and e.id = p.employee_id where p.period_start < e.start_date)
                 + (select count(*) from people.leave_requests l join people.employees e on e.org_id = l.org_id and e.id = l.employee_id where l.start_date < e.start_date)
            """);
        // One contract in force per worker, from their first day, of their employment type, signed before it; the NES notice
        // for their service (FW Act s117); a fixed term ends after the seeded history.
        await AssertNoneAsync(c, "workers without exactly one active contract from their first day", """
            select count(*) from people.employees e
            where (select count(*) from people.contracts k where k.org_id = e.org_id and k.employee_id = e.id and k.status = 'active'
                     and k.start_date = e.start_date and k.employment_type = e.employment_type and k.signed_at < k.start_date
                     and (k.employment_type <> 'fixed_term' or k.end_date > @asOf)) <> 1
            """, new { asOf = SeededDatabases.Options.AsOf });
        await AssertNoneAsync(c, "employment contracts without the NES notice for the worker's service", """
            select count(*) from people.contracts k cross join lateral (select (@asOf::date - k.start_date) / 365 as years) s
            where k.employment_type in ('full_time', 'part_time', 'fixed_term')
              and k.notice_period_weeks is distinct from case when s.years < 1 then 1 when s.years < 3 then 2 when s.years < 5 then 3 else 4 end
            """, new { asOf = SeededDatabases.Options.AsOf });
        // A permanent worker's payslip pays the contract's weekly hours over the fortnight, as ordinary hours or leave,
        // unless the run pays a timecard: then it pays the hours worked (an_approved_timecard_is_what_its_run_pays…).
        await AssertSomeAsync(c, "payslips of permanent workers", """
            select count(*) from payroll.payslips p join people.contracts k on k.org_id = p.org_id and k.employee_id = p.employee_id
            where k.ordinary_hours_per_week is not null
            """);
        await AssertNoneAsync(c, "payslips of permanent workers not paying their contract's hours", """
            select count(*) from payroll.payslips p join people.contracts k on k.org_id = p.org_id and k.employee_id = p.employee_id
            cross join lateral (select coalesce(sum(l.hours), 0) as leave from people.leave_requests l
                                where l.org_id = p.org_id and l.pay_run_id = p.pay_run_id and l.employee_id = p.employee_id) t
            where k.ordinary_hours_per_week is not null and p.ordinary_hours <> greatest(0, k.ordinary_hours_per_week * 2 - t.leave)
              and not exists (select from payroll.pay_lines l where l.org_id = p.org_id and l.pay_run_id = p.pay_run_id
                                                               and l.employee_id = p.employee_id and l.timecard_id is not null)
            """);
    }

    [Fact]
    public async Task every_worker_is_paid_once_in_every_run_of_the_calendar_in_use()
    {
        await using var c = await OpenAsync(seeded.First);
        await AssertSomeAsync(c, "pay runs", "select count(*) from payroll.pay_runs");
        await AssertNoneAsync(c, "pay runs whose payslips are not one for each of the tenant's workers", """
            select count(*) from payroll.pay_runs r
            where (select count(distinct p.employee_id) from payroll.payslips p where p.org_id = r.org_id and p.pay_run_id = r.id)
                  <> (select count(*) from people.employees e where e.org_id = r.org_id)
               or (select count(*) from payroll.payslips p where p.org_id = r.org_id and p.pay_run_id = r.id)
                  <> (select count(*) from people.employees e where e.org_id = r.org_id)
            """);
        await AssertNoneAsync(c, "pay runs on an inactive calendar", """
            select count(*) from payroll.pay_runs r join payroll.pay_calendars k on k.org_id = r.org_id and k.id = r.pay_calendar_id where k.status <> 'active'
            """);
        // Labour-hire contractors are paid their labour-hire income (STP income type LAB); employees salary and wages.
        await AssertNoneAsync(c, "pay lines whose income type does not follow the worker's engagement", """
            select count(*) from payroll.pay_lines l join people.employees e on e.org_id = l.org_id and e.id = l.employee_id
            where l.income_type <> case e.employment_type when 'contractor' then 'LAB' else 'SAW' end
            """);
        // Paid leave is for permanent staff; a reversal undoes a line of the same run.
        await AssertNoneAsync(c, "paid leave lines of casuals or contractors", """
            select count(*) from payroll.pay_lines l join people.employees e on e.org_id = l.org_id and e.id = l.employee_id
            where l.payment_category = 'paid_leave' and e.employment_type in ('casual', 'contractor')
            """);
        await AssertNoneAsync(c, "reversals of a line in another run", """
            select count(*) from payroll.pay_lines r join payroll.pay_lines l on l.org_id = r.org_id and l.id = r.reverses_pay_line_id
            where r.pay_run_id <> l.pay_run_id
            """);
    }

    [Fact]
    public async Task deduction_and_allowance_lines_follow_the_standing_deductions_and_allowances_they_name()
    {
        await using var c = await OpenAsync(seeded.First);
        await AssertSomeAsync(c, "deduction lines", "select count(*) from payroll.pay_lines where payment_category = 'deduction'");
        await AssertSomeAsync(c, "allowance lines", "select count(*) from payroll.pay_lines where payment_category = 'allowance'");
        // A deduction line takes the employee's own standing deduction, in force in the period (not suspended), its STP type,
        // at most its amount or share of gross; a child support deduction leaves the protected earnings.
        await AssertNoneAsync(c, "deduction lines not following the employee's standing deduction", """
            select count(*) from payroll.pay_lines l
            join payroll.pay_runs r on r.org_id = l.org_id and r.id = l.pay_run_id
            join payroll.payslips p on p.org_id = l.org_id and p.pay_run_id = l.pay_run_id and p.employee_id = l.employee_id
            left join payroll.deductions d on d.org_id = l.org_id and d.id = l.deduction_id
            where l.payment_category = 'deduction' and (d.id is null or d.employee_id <> l.employee_id or d.status = 'suspended'
               or d.start_date > r.period_end or d.end_date < r.period_start or l.stp_code is distinct from d.stp_deduction_type
               or l.amount > coalesce(d.amount, round(d.percent_of_gross * p.gross_pay, 2))
               or d.protected_earnings_amount is not null and p.net_pay < d.protected_earnings_amount)
            """);
        // A standing deduction is taken in every run while it is in force, unless the net pay cannot bear it.
        await AssertNoneAsync(c, "standing deductions skipped in a run of their period", """
            select count(*) from payroll.deductions d
            join payroll.payslips p on p.org_id = d.org_id and p.employee_id = d.employee_id
            join payroll.pay_runs r on r.org_id = p.org_id and r.id = p.pay_run_id
            where d.status <> 'suspended' and d.start_date <= r.period_end and coalesce(d.end_date, r.period_start) >= r.period_start
              and p.net_pay > coalesce(d.protected_earnings_amount, 0)
              and not exists (select from payroll.pay_lines l where l.org_id = d.org_id and l.deduction_id = d.id and l.pay_run_id = p.pay_run_id)
            """);
        // An allowance line is its units at the allowance's rate, reported under the allowance's STP type.
        await AssertNoneAsync(c, "allowance lines not at their allowance's rate and STP type", """
            select count(*) from payroll.pay_lines l join payroll.allowances a on a.org_id = l.org_id and a.id = l.allowance_id
            where l.payment_category = 'allowance' and (l.rate <> a.default_rate or l.amount <> round(l.units * a.default_rate, 2)
               or l.stp_code is distinct from a.stp_allowance_type or l.is_ordinary_time_earnings <> a.is_ordinary_time_earnings)
            """);
    }

    [Theory]
    [InlineData(1142.28, 1, 189)]    // x = 1142.99 < 1282: 0.3227x − 180.0385 = 188.80
    [InlineData(300, 1, 0)]          // under the tax-free threshold's weekly 361
    [InlineData(2284.56, 2, 378)]    // a fortnight: twice the weekly amount on 1142.28 (2 × 189)
    [InlineData(5057.02, 13.0 / 3, 854)]   // a month: weekly 1167.99 → 196.87, rounded to 197, × 13/3 = 853.67
    public void payg_withholding_follows_schedule_1_scale_2(double gross, double weeks, int withheld) =>
        Assert.Equal(withheld, PayCalendarRules.Schedule1Scale2((decimal)gross, weeks == 13.0 / 3 ? 13m / 3m : (decimal)weeks));

    [Fact]
    public async Task leave_requests_are_working_days_of_permanent_staff_spread_over_the_year_and_decided_by_their_status()
    {
        await using var c = await OpenAsync(seeded.First);
        var asOf = SeededDatabases.Options.AsOf;
        await AssertSomeAsync(c, "taken leave", "select count(*) from people.leave_requests where status = 'taken'");
        await AssertSomeAsync(c, "leave ahead of the as-of day", "select count(*) from people.leave_requests where start_date > @asOf", new { asOf });
        // Permanent staff only: casuals (a trigger refuses their paid leave) and contractors have no NES leave.
        await AssertNoneAsync(c, "leave requests of casuals or contractors", """
            select count(*) from people.leave_requests l join people.employees e on e.org_id = l.org_id and e.id = l.employee_id
            where e.employment_type not in ('full_time', 'part_time', 'fixed_term')
            """);
        // Hours are the worker's shift hours for each of their working days between the dates (a full-timer's weekdays
        // at 7.6, a part-timer's Mondays, Wednesdays and Fridays at 8), never more than two working weeks; leave starts on
        // a working day.
        await AssertNoneAsync(c, "leave requests whose hours are not the worker's hours on their working days", """
            select count(*) from people.leave_requests l join people.employees e on e.org_id = l.org_id and e.id = l.employee_id
            cross join lateral (select e.employment_type = 'part_time' as part_time) p
            where l.hours <> (select count(*) * case when p.part_time then 8 else 7.6 end
                              from generate_series(l.start_date, l.end_date, interval '1 day') d
                              where case when p.part_time then extract(isodow from d) in (1, 3, 5) else extract(isodow from d) < 6 end)
               or l.hours > 76
               or case when p.part_time then extract(isodow from l.start_date) not in (1, 3, 5) else extract(isodow from l.start_date) > 5 end
            """);
        // Taken leave is over; leave ahead is approved or awaiting a decision; decisions follow the request.
        await AssertNoneAsync(c, "leave requests whose status disagrees with their dates", """
            select count(*) from people.leave_requests
            where (status = 'taken' and end_date >= @asOf) or (start_date > @asOf and status not in ('approved', 'submitted'))
               or (status = 'submitted') <> (decided_at is null) or submitted_at > @asOf::timestamptz
            """, new { asOf });
        await AssertNoneAsync(c, "overlapping leave requests of one employee", """
            select count(*) from people.leave_requests a join people.leave_requests b
              on b.org_id = a.org_id and b.employee_id = a.employee_id and b.id <> a.id
             and daterange(a.start_date, a.end_date, '[]') && daterange(b.start_date, b.end_date, '[]')
            """);
    }

    [Fact]
    public async Task taken_leave_is_paid_in_the_fortnightly_run_of_the_fortnight_it_ended_in()
    {
        // A demo's runs reach back a few weeks only, so one database may hold no taken leave inside them: the invariants
        // hold in each seeded database, and at least one of them has paid leave to check.
        long paid = 0;
        foreach (var database in new[] { seeded.First, seeded.OtherSeed, seeded.EarlyAsOf })
        {
            await using var c = await OpenAsync(database);
            paid += await c.ExecuteScalarAsync<long>("select count(*) from people.leave_requests where pay_run_id is not null");
            await AssertNoneAsync(c, "leave requests naming a run that is not the fortnightly run of the fortnight they ended in", """
                select count(*) from people.leave_requests l
                left join payroll.pay_runs r on r.org_id = l.org_id and r.id = l.pay_run_id
                left join payroll.pay_calendars k on k.org_id = r.org_id and k.id = r.pay_calendar_id
                where l.pay_run_id is not null
                  and (l.status <> 'taken' or k.pay_frequency is distinct from 'fortnightly' or l.end_date not between r.period_start and r.period_end)
                """);
            await AssertNoneAsync(c, "taken leave ending in a fortnight with a run that does not name it", """
                select count(*) from people.leave_requests l
                join payroll.pay_runs r on r.org_id = l.org_id and l.end_date between r.period_start and r.period_end
                join payroll.pay_calendars k on k.org_id = r.org_id and k.id = r.pay_calendar_id and k.pay_frequency = 'fortnightly'
                where l.status = 'taken' and l.pay_run_id is distinct from r.id and r.run_type = 'regular'
                """);
            // The run pays it: a paid leave line of its hours, under its leave type's name and STP type, on its last day;
            // unpaid leave has none. Every paid leave line is such a request's.
            await AssertNoneAsync(c, "paid leave in a run without its paid leave line", """
                select count(*) from people.leave_requests l join people.leave_types t on t.org_id = l.org_id and t.id = l.leave_type_id
                where l.pay_run_id is not null and t.is_paid and not exists (
                    select from payroll.pay_lines p where p.org_id = l.org_id and p.pay_run_id = l.pay_run_id and p.employee_id = l.employee_id
                       and p.payment_category = 'paid_leave' and p.hours = l.hours and p.description = t.name
                       and p.stp_code = t.stp_paid_leave_type and p.work_date = l.end_date)
                """);
            await AssertNoneAsync(c, "paid leave lines without a taken leave request of that run", """
                select count(*) from payroll.pay_lines p
                where p.payment_category = 'paid_leave' and not exists (
                    select from people.leave_requests l join people.leave_types t on t.org_id = l.org_id and t.id = l.leave_type_id
                    where l.org_id = p.org_id and l.pay_run_id = p.pay_run_id and l.employee_id = p.employee_id and t.is_paid and l.hours = p.hours)
                """);
        }
        Assert.True(paid > 0, "no taken leave paid in a run in any seeded database");
    }

    [Fact]
    public async Task timecards_hold_the_shifts_their_employee_worked_in_the_fortnight_priced_at_the_employee_s_rate()
    {
        await using var c = await OpenAsync(seeded.First);
        await AssertSomeAsync(c, "timecard lines from shifts", "select count(*) from timekeep.timecard_entries where shift_id is not null");
        // Each line is a shift assigned to the timecard's employee, worked on a day of its fortnight, before the as-of day.
        await AssertNoneAsync(c, "timecard lines that are not a shift the employee worked in the fortnight", """
            select count(*) from timekeep.timecard_entries e join timekeep.timecards t on t.org_id = e.org_id and t.id = e.timecard_id
            where t.period_end - t.period_start <> 13 or e.work_date not between t.period_start and t.period_end or e.end_at > @asOf::timestamptz
               or not exists (select from roster.shift_assignments a where a.org_id = e.org_id and a.shift_id = e.shift_id and a.employee_id = t.employee_id)
               or e.amount <> round(e.hours * e.multiplier * e.rate, 2) or (e.pay_category = 'ordinary') <> (extract(isodow from e.work_date) < 6)
            """, new { asOf = SeededDatabases.Options.AsOf });
        // Weekend hours carry a penalty; a permanent employee's weekday hours are paid at the ordinary rate, a casual's with the loading.
        await AssertNoneAsync(c, "timecard lines whose multiplier does not fit their day and the worker's employment", """
            select count(*) from timekeep.timecard_entries e join timekeep.timecards t on t.org_id = e.org_id and t.id = e.timecard_id
            join people.employees w on w.org_id = t.org_id and w.id = t.employee_id
            where e.shift_id is not null and case when e.pay_category <> 'ordinary' then e.multiplier <= 1
                                                  when w.employment_type = 'casual' then e.multiplier <= 1 else e.multiplier <> 1 end
            """);
        // A closed fortnight's timecard names the run of that fortnight, and is paid exactly when the run is.
        var asOf = SeededDatabases.Options.AsOf;
        // The roster gives a permanent worker their contract's hours, less their leave: a closed fortnight's timecard
        // holds twice the week's hours, less a shift's hours for every day of leave that was a working day (a full-timer's
        // weekdays at 7.6, a part-timer's Mondays, Wednesdays and Fridays at 8).
        const string leaveHours = """
            (select count(*) from people.leave_requests l cross join generate_series(l.start_date, l.end_date, interval '1 day') d
             where l.org_id = t.org_id and l.employee_id = t.employee_id and l.status in ('approved', 'taken')
               and d::date between t.period_start and t.period_end
               and case when k.ordinary_hours_per_week = 38 then extract(isodow from d) < 6 else extract(isodow from d) in (1, 3, 5) end)
            * case when k.ordinary_hours_per_week = 38 then 7.6 else 8 end
            """;
        await AssertSomeAsync(c, "closed timecards of permanent workers", """
            select count(*) from timekeep.timecards t join people.contracts k on k.org_id = t.org_id and k.employee_id = t.employee_id
            where t.period_end < @asOf and k.ordinary_hours_per_week is not null
            """, new { asOf });
        await AssertNoneAsync(c, "closed timecards of permanent workers not holding their contract's hours less their leave", $"""
            select count(*) from timekeep.timecards t join people.contracts k on k.org_id = t.org_id and k.employee_id = t.employee_id
            where t.period_end < @asOf and k.ordinary_hours_per_week is not null
              and t.total_hours + {leaveHours} <> k.ordinary_hours_per_week * 2
            """, new { asOf });
        await AssertSomeAsync(c, "closed timecards", "select count(*) from timekeep.timecards where period_end < @asOf", new { asOf });
        await AssertNoneAsync(c, "closed timecards not naming their fortnight's run or paid out of step with it", """
            select count(*) from timekeep.timecards t left join payroll.pay_runs r on r.org_id = t.org_id and r.id = t.pay_run_id
            where t.period_end < @asOf
              and (r.id is null or (r.period_start, r.period_end) <> (t.period_start, t.period_end) or (t.status = 'paid') <> (r.status = 'stp_submitted'))
            """, new { asOf });
    }

    [Fact]
    public async Task nobody_is_rostered_on_their_leave_and_a_swap_trades_the_requesters_own_shift()
    {
        await using var c = await OpenAsync(seeded.First);
        // Leave that overlaps the roster: without it the first check proves nothing.
        await AssertSomeAsync(c, "approved or taken leave in the roster's weeks", """
            select count(*) from people.leave_requests l
            where l.status in ('approved', 'taken')
              and exists (select from roster.shifts s where s.org_id = l.org_id
                                                     and (s.start_at at time zone s.timezone)::date between l.start_date and l.end_date)
            """);
        await AssertNoneAsync(c, "shifts rostered on a day of the worker's approved or taken leave", """
            select count(*) from roster.shift_assignments a join roster.shifts s on s.org_id = a.org_id and s.id = a.shift_id
            join people.leave_requests l on l.org_id = a.org_id and l.employee_id = a.employee_id and l.status in ('approved', 'taken')
            where (s.start_at at time zone s.timezone)::date between l.start_date and l.end_date
            """);
        await AssertSomeAsync(c, "shift swaps", "select count(*) from roster.shift_swaps");
        await AssertNoneAsync(c, "swaps of another worker's shift, or for a shift that is not the target's", """
            select count(*) from roster.shift_swaps w
            join roster.shift_assignments f on f.org_id = w.org_id and f.id = w.from_assignment_id
            left join roster.shift_assignments t on t.org_id = w.org_id and t.id = w.to_assignment_id
            where f.employee_id <> w.requesting_employee_id
               or (w.to_assignment_id is not null and t.employee_id is distinct from w.target_employee_id)
            """);
    }

    [Fact]
    public async Task an_approved_timecard_is_what_its_run_pays_the_worker_line_by_line()
    {
        await using var c = await OpenAsync(seeded.First);
        await AssertSomeAsync(c, "approved or paid timecards with hours",
            "select count(*) from timekeep.timecards where status in ('approved', 'paid') and total_hours > 0");
        // The payslip of an approved (or paid) timecard's run and worker pays its hours as worked: its ordinary hours are the timecard's, and
        // the lines naming the timecard add up to its hours and its amount (each line a shift at its penalty or loading).
        await AssertNoneAsync(c, "approved or paid timecards whose run pays other hours or another amount", """
            select count(*) from timekeep.timecards t
            join payroll.payslips p on p.org_id = t.org_id and p.pay_run_id = t.pay_run_id and p.employee_id = t.employee_id
            where t.status in ('approved', 'paid')
              and (p.ordinary_hours <> t.total_hours
                   or (select coalesce(sum(l.hours), 0) from payroll.pay_lines l where l.org_id = t.org_id and l.timecard_id = t.id) <> t.total_hours
                   or (select coalesce(sum(l.amount), 0) from payroll.pay_lines l where l.org_id = t.org_id and l.timecard_id = t.id) <> t.worked_amount)
            """);
        await AssertNoneAsync(c, "pay lines naming a timecard of another worker or run", """
            select count(*) from payroll.pay_lines l join timekeep.timecards t on t.org_id = l.org_id and t.id = l.timecard_id
            where t.employee_id <> l.employee_id or t.pay_run_id <> l.pay_run_id or t.status not in ('approved', 'paid')
               or l.work_date not between t.period_start and t.period_end
            """);
    }

    [Fact]
    public async Task commercial_messages_are_sent_only_after_a_consent_on_their_channel()
    {
        await using var c = await OpenAsync(seeded.First);
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("""
            select count(*) from reach.messages m
            where m.is_commercial and m.sent_at is not null and not exists (
                select from reach.consents k where k.org_id = m.org_id and k.channel = m.channel
                   and k.captured_at < m.sent_at and (k.withdrawn_at is null or k.withdrawn_at > m.sent_at))
            """));
    }

    [Fact]
    public async Task every_super_choice_is_complete_for_its_kind_and_fund_usis_are_a_fund_abn_and_product_number()
    {
        await using var c = await OpenAsync(seeded.First);
        // Every choice is written whole (none left out by ck_super_choices__choice_details), and of every kind.
        Assert.Equal(await c.ExecuteScalarAsync<long>("select count(*) from people.employees"),
            await c.ExecuteScalarAsync<long>("select count(*) from onboard.super_choices"));
        Assert.Equal(4, await c.ExecuteScalarAsync<long>("select count(distinct choice_type) from onboard.super_choices"));
        // A self-managed fund is paid by bank account and ESA, never by USI; the USIs of APRA funds start with a valid ABN.
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("""
            select count(*) from onboard.super_choices
            where (choice_type = 'smsf') <> (fund_usi is null and smsf_esa is not null and smsf_bsb is not null)
            """));
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("""
            select count(*) from (select fund_usi as usi from onboard.super_choices union all select usi from payroll.super_funds) u
            where u.usi is not null and not (u.usi ~ '^[0-9]{14}$' and finnest.is_valid_abn(left(u.usi, 11)))
            """));
    }

    [Fact]
    public async Task work_diaries_keep_standard_hours_and_fatigue_rules_state_the_regulation()
    {
        await using var c = await OpenAsync(seeded.First);
        Assert.True(await c.ExecuteScalarAsync<long>("select count(*) from fatigue.ewd_entries") > 0);
        // Every stretch of work ends in a rest within 5¼ hours, and a rest of at least 15 minutes follows.
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("""
            with e as (select entry_type, recorded_at,
                              lead(entry_type) over w as next_type, lead(recorded_at) over w as next_at,
                              lead(recorded_at, 2) over w as rest_ends
                       from fatigue.ewd_entries window w as (partition by org_id, employee_id order by recorded_at))
            select count(*) from e
            where entry_type = 'work' and (next_type is distinct from 'rest' or next_at - recorded_at > interval '5 hours 15 minutes'
                                           or rest_ends - next_at < interval '15 minutes')
            """));
        // At most 12 hours of work in any driver's day; two-up entries name another driver, solo ones nobody.
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("""
            select count(*) from (
                select sum(next_at - recorded_at) as worked from (
                    select employee_id, entry_type, recorded_at, lead(recorded_at) over (partition by org_id, employee_id order by recorded_at) as next_at
                    from fatigue.ewd_entries) e
                where entry_type = 'work' group by employee_id, (recorded_at at time zone 'Australia/Perth')::date) d
            where worked > interval '12 hours' or worked is null
            """));
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("""
            select count(*) from fatigue.ewd_entries
            where (mode = 'solo') <> (two_up_partner_employee_id is null) or two_up_partner_employee_id = employee_id
            """));
        Assert.Equal(0, await c.ExecuteScalarAsync<long>(
            "select count(*) from fatigue.fatigue_rules where max_work_minutes + min_rest_minutes > period_minutes or legal_reference is null"));
        Assert.Equal(1, await c.ExecuteScalarAsync<long>(
            "select count(distinct max_work_minutes) from fatigue.fatigue_rules where work_rest_option = 'standard' and period_minutes = 330"));
    }

    [Fact]
    public async Task rest_periods_are_the_rests_the_work_diaries_record()
    {
        await using var c = await OpenAsync(seeded.First);
        await AssertSomeAsync(c, "night rest breaks", "select count(*) from fatigue.rest_periods where rest_kind = 'night_rest_break'");
        // Each rest period starts at a diary's rest entry of the same driver and ends at the entry after it (none yet:
        // still resting), and each diary rest has its rest period.
        const string diary = """
            with e as (select org_id, employee_id, entry_type, recorded_at, lead(recorded_at) over w as next_at
                       from fatigue.ewd_entries window w as (partition by org_id, employee_id order by recorded_at))
            """;
        await AssertNoneAsync(c, "rest periods with no diary rest", diary + """
            select count(*) from fatigue.rest_periods r
            where not exists (select from e where e.org_id = r.org_id and e.employee_id = r.employee_id and e.entry_type = 'rest'
                                                  and e.recorded_at = r.started_at and e.next_at is not distinct from r.ended_at)
            """);
        await AssertNoneAsync(c, "diary rests with no rest period", diary + """
            select count(*) from e
            where e.entry_type = 'rest' and not exists (select from fatigue.rest_periods r
                                                        where r.org_id = e.org_id and r.employee_id = e.employee_id and r.started_at = e.recorded_at)
            """);
        // Breaks are short; a night's rest is at least 7 hours and under 24; a finished rest of 24 hours is the long one.
        await AssertNoneAsync(c, "rest periods of the wrong kind for their length", """
            select count(*) from fatigue.rest_periods
            where ended_at is not null and case when ended_at - started_at < interval '7 hours' then rest_kind <> 'rest_break'
                                                when ended_at - started_at < interval '24 hours' then rest_kind not in ('night_rest_break', 'stationary_rest')
                                                else rest_kind <> 'long_stationary_rest' end
            """);
    }

    [Fact]
    public async Task deliveries_go_by_their_messages_channel_and_applications_follow_their_stage()
    {
        await using var c = await OpenAsync(seeded.First);
        await AssertSomeAsync(c, "message deliveries", "select count(*) from reach.message_deliveries");
        // Lengths in characters, except GSM-7 septets (its extension characters count 2; the CHECK ties segments to them).
        await AssertNoneAsync(c, "deliveries on another channel or in another direction than their message", """
            select count(*) from reach.message_deliveries d join reach.messages m on m.org_id = d.org_id and m.id = d.message_id
            where d.channel <> m.channel or d.direction <> m.direction
               or (d.sms_encoding is distinct from 'gsm7' and d.character_count is distinct from coalesce(length(m.body), 0))
            """);
        // A funnel, not a pile of placements: open, placed and closed applications in every organisation.
        await AssertNoneAsync(c, "organisations without open, placed and closed applications", """
            select count(*) from public.organisations o
            where (select count(distinct case when stage = 'placed' then 'placed' when stage in ('rejected', 'withdrawn') then 'closed' else 'open' end)
                   from recruit.applications a where a.org_id = o.id) < 3
            """);
        // Stages reached in order; only a placement that went ahead names the employee it created; ended placements ended.
        await AssertNoneAsync(c, "applications whose times, employee or end do not follow their stage", """
            select count(*) from recruit.applications
            where submitted_to_client_at < applied_at or offer_made_at < coalesce(submitted_to_client_at, applied_at)
               or placed_at < offer_made_at or (stage = 'placed') <> (placed_at is not null)
               or (employee_id is not null and placement_status is distinct from 'active' and placement_status is distinct from 'ended')
               or (placement_status = 'ended' and placement_end_date >= date '2026-06-15')
               or (stage in ('rejected', 'withdrawn')) <> (outcome_reason is not null)
            """);
    }

    [Fact]
    public async Task postcodes_agree_with_states_and_places_are_spread_across_australia()
    {
        await using var c = await OpenAsync(seeded.First);
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("""
            select count(*) from clients.sites where not (
                (state = 'NSW' and postcode between '2000' and '2999') or (state = 'ACT' and postcode between '2600' and '2620')
             or (state = 'VIC' and postcode like '3%') or (state = 'QLD' and postcode like '4%') or (state = 'SA' and postcode like '5%')
             or (state = 'WA' and postcode like '6%') or (state = 'TAS' and postcode like '7%') or (state = 'NT' and postcode like '08%'))
            """));
        Assert.True(await c.ExecuteScalarAsync<long>("select count(distinct local_timezone) from timekeep.clock_events") >= 2,
            "clock events come from more than one time zone");
    }

    [Fact]
    public async Task append_only_logs_hold_history_across_past_months()
    {
        await using var c = await OpenAsync(seeded.First);
        Assert.True(await c.ExecuteScalarAsync<long>("select count(distinct date_trunc('month', inserted_at)) from events.domain_events") >= 6);
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("select count(*) from events.domain_events_default"));
    }

    [Fact]
    public async Task a_database_that_already_holds_tenant_data_is_refused_without_force()
    {
        var e = await Assert.ThrowsAsync<SeedRefusedException>(() => Seeder.RunAsync(seeded.First.ConnectionString, SeededDatabases.Options));
        Assert.Contains("already holds tenant data", e.Message);
        var result = await CliProcess.RunAsync("seed", "--connection", seeded.First.ConnectionString);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: the database already holds tenant data", result.StdErr.Split('\n').Last(l => l.Length > 0));
    }

    [Fact]
    public async Task a_server_on_another_host_is_refused_before_connecting_without_the_flag()
    {
        var e = await Assert.ThrowsAsync<SeedRefusedException>(() =>
            Seeder.RunAsync("Host=192.0.2.10;Port=5432;Username=u;Password=p;Database=finnest;Timeout=2", SeededDatabases.Options));
        Assert.Contains("--allow-non-development", e.Message);
    }

    [Fact]
    public async Task a_database_named_like_production_is_refused_without_the_flag()
    {
        var clone = await database.CloneAsync();
        var cluster = await TestCluster.GetAsync();
        await cluster.ExecuteOnServerAsync($"alter database {clone.Database} rename to {clone.Database}_prod");
        var settings = new NpgsqlConnectionStringBuilder(clone.ConnectionString) { Database = clone.Database + "_prod" };
        var result = await CliProcess.RunAsync("seed", "--connection", settings.ConnectionString);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: the database name or comment says 'prod'", result.StdErr);
    }

    // Nothing refers to either table. reach.message_deliveries has a CHECK only PostgreSQL judges (its SMS segment
    // arithmetic), so its batch has a savepoint and is rolled back alone. pulse.dashboard_widgets passes every CHECK in
    // memory, so its batch goes without one: the injected error aborts that run, and the seed starts again with a
    // savepoint per batch to name it. Either way one table is named and nothing is committed.
    [Theory]
    [InlineData("reach.message_deliveries")]
    [InlineData("pulse.dashboard_widgets")]
    public async Task a_table_that_fails_is_named_and_rolled_back_alone_while_the_rest_seeds_then_nothing_is_committed(string failing)
    {
        var clone = await database.CloneAsync();
        var result = await CliProcess.RunAsync(new Dictionary<string, string> { [Fault.Variable] = "seed-table:" + failing },
            "seed", "--as-of", "2026-06-15", "--connection", clone.ConnectionString);
        Assert.Equal(6, result.ExitCode);
        var error = Assert.Single(result.StdErr.Split('\n'), l => l.StartsWith("error:"));
        // One table named: every table after it was still written in the same transaction (an aborted one would fail them all).
        Assert.StartsWith($"error: 1 table(s) could not be seeded, nothing was committed: {failing}: injected fault", error);
        Assert.DoesNotContain("   at ", result.StdErr);
        await using var c = await OpenAsync(clone);
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("select count(*) from public.organisations"));
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("select count(*) from public.audit_log"));
    }

    [Fact]
    public async Task piped_the_summary_is_plain_columns_a_line_per_table_and_a_total_that_adds_up()
    {
        var clone = await database.CloneAsync();
        var result = await CliProcess.RunAsync("seed", "--as-of", "2026-06-15", "--connection", clone.ConnectionString);
        Assert.Equal(0, result.ExitCode);
        var lines = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["table", "rows", "seconds", "rows/s", "left", "out"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain(lines, l => l.Contains('│') || l.Contains('─'));
        var rows = lines[1..].Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToDictionary(f => f[0], f => long.Parse(f[1].Replace(",", "")));
        Assert.Equal(rows.Where(r => r.Key != "total").Sum(r => r.Value), rows["total"]);
        await using var c = await OpenAsync(clone);
        Assert.Equal(await c.ExecuteScalarAsync<long>("select count(*) from people.employees"), rows["people.employees"]);
    }

    [Fact]
    public async Task seeding_runs_only_through_its_own_verb_never_through_migrate()
    {
        await using var c = await OpenAsync(await database.CloneAsync());
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("select count(*) from public.organisations"));
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("select count(*) from people.employees"));
    }
}
