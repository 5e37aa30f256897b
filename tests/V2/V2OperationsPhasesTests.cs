using Dapper;
using Finnest.Database.Engine.Plan;
using Finnest.Database.Cli;
using Finnest.Database.Engine;
using Finnest.Database.Tests.Support;
using Finnest.Database.V2;
using Finnest.Database.V2.Contract;
using Finnest.Database.V2.Import;
using Finnest.Database.V2.Sample;
using Finnest.Database.V2.Staging;
using Npgsql;
using static Finnest.Database.Tests.V2.V2SampleDatabase;
using Planted = Finnest.Database.V2.Sample.PlantedOperationsProblems;

namespace Finnest.Database.Tests.V2;

/// <summary>
/// The operations tables of the v2 extract on the synthetic sample: roster codes and rule sets, timesheet
/// allowances, client messaging, allowance types and super funds import with the planted rows quarantined by
/// reason, re-runs change nothing, one changed row updates one row, SMSF bank accounts are stored only sealed.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class V2OperationsPhasesTests(DatabaseFixture database) : IDisposable
{
    private readonly V2SampleDatabase _sample = new(database);

    public void Dispose() => _sample.Dispose();

    private static readonly string[] OperationsTables =
    [
        "admin_central.roster_codes", "admin_central.roster_rule_set", "admin_central.timesheets_allowances", "admin_central.clientmessaging_threads",
        "admin_central.clientmessaging_messages", "admin_central.allowances", "admin_central.super_fund_details", "admin_central.pay_details",
    ];

    /// <summary>Everything, payroll included, with the SMSF account numbers sealed first as v2 import does.</summary>
    private static async Task<IReadOnlyList<TableOutcome>> ImportEverythingAsync(NpgsqlConnection connection)
    {
        await SensitiveValues.SealAsync(connection, FieldEncryption.Development, default);
        return await ImportAsync(connection);
    }

    private static async Task<List<string>> ReasonsAsync(NpgsqlConnection connection, string source) =>
        (await connection.QueryAsync<string>("select reason from v2.quarantine where source_table = @source and released_at is null order by legacy_id", new { source })).ToList();

    [Fact]
    public async Task the_operations_tables_import_with_the_planted_rows_quarantined_by_reason_and_reconciliation_balances()
    {
        await using var connection = await _sample.StagedAsync();
        var outcomes = await ImportEverythingAsync(connection);

        foreach (var source in OperationsTables)
        {
            var o = Of(outcomes, source);
            var staged = await connection.ExecuteScalarAsync<long>($"select count(*) from {ExtractContract.Get(source).StagingTable}");
            Assert.Equal(staged, o.Read);
            Assert.Equal(o.Read, o.Inserted + o.Quarantined);
        }

        Assert.Equal(
            ["code N 10 is not a roster code (letters, digits, _ or -, at most 16)", "refused by uq_shift_codes__org_id_code"],
            (await ReasonsAsync(connection, "admin_central.roster_codes")).Select(r => r.Split(':')[0]));
        Assert.Equal(Planted.MalformedRosterCodes + Planted.DuplicateRosterCodes, Of(outcomes, "admin_central.roster_codes").Quarantined);
        Assert.Equal(
            ["employment type A (ABN contractor) is not rostered under award rules", "refused by ck_roster_rules__weekday_span"],
            (await ReasonsAsync(connection, "admin_central.roster_rule_set")).Select(r => r.Split(':')[0]));
        Assert.Equal(["unit FORTNIGHT is not one of HOUR, SHIFT, DAY, WEEK, KM, EACH"], await ReasonsAsync(connection, "admin_central.allowances"));

        var allowanceReasons = await ReasonsAsync(connection, "admin_central.timesheets_allowances");
        Assert.Equal(Planted.QuarantinedTimesheetAllowances, allowanceReasons.Count);
        Assert.Equal(Planted.AllowancesOfSkippedTimesheets, allowanceReasons.Count(r => r.EndsWith("has no Finnest timecard (quarantined, skipped or not imported)", StringComparison.Ordinal)));
        Assert.Contains("timesheet 700000 is not in v2 timesheets", allowanceReasons);
        Assert.Contains("allowance type 8 has unit FORTNIGHT, which a timecard cannot hold", allowanceReasons);

        Assert.Equal(["client 999 has no Finnest client (quarantined or not imported)"], await ReasonsAsync(connection, "admin_central.clientmessaging_threads"));
        var messageReasons = await ReasonsAsync(connection, "admin_central.clientmessaging_messages");
        Assert.Equal(Planted.MessagesOfMissingThreads + Planted.MessagesOfQuarantinedThreads + Planted.EmptyMessages, messageReasons.Count);
        Assert.Contains("thread 9999 is not in v2 clientmessaging_threads", messageReasons);
        Assert.Contains("thread 11 has no Finnest conversation (quarantined or not imported)", messageReasons);
        Assert.Contains("message body empty", messageReasons);

        var fundReasons = await ReasonsAsync(connection, "admin_central.super_fund_details");
        Assert.Equal(Planted.FundsWithInvalidUsi + Planted.FundsOfUnimportedCandidates, fundReasons.Count);
        Assert.Contains("USI HOS01 is not a valid USI (ABN and 3 digits, or e.g. STA0100AU)", fundReasons);
        Assert.Contains($"candidate {SampleExtractWriter.NormalCandidatesPerScale + 1} has no Finnest employee (quarantined, skipped or not imported)", fundReasons);

        Assert.Equal(["TFN fails the ATO check digit", "BSB 06200 is not 6 digits", "employment type A (ABN contractor) is paid by invoice, not through payroll"],
            await ReasonsAsync(connection, "admin_central.pay_details"));
        Assert.Equal(Planted.PayDetailsWithInvalidTfn + Planted.PayDetailsWithInvalidBsb + Planted.ContractorPayDetails, Of(outcomes, "admin_central.pay_details").Quarantined);

        // Transforms: codes upper-cased with their award shift period, allowance types to STP types, statuses mapped.
        Assert.Equal("night", await connection.ExecuteScalarAsync<string>("select shift_period from roster.shift_codes where code = 'N10'"));
        Assert.Equal(("MD", "per_occasion"), await connection.QuerySingleAsync<(string, string)>("select stp_allowance_type, unit from payroll.allowances where code = 'MEAL-OT'"));
        Assert.Equal(await connection.ExecuteScalarAsync<long>("select count(*) from v2.admin_central__clientmessaging_threads where status = '2' and legacy_id <> 11"),
            await connection.ExecuteScalarAsync<long>("select count(*) from reach.conversations where status = 'closed' and closed_at is not null"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("""
            select count(*) from reach.conversations c
            where c.last_message_at is distinct from (select max(m.sent_at) from reach.messages m where m.conversation_id = c.id)
            """));

        // Allowances land on their timecards without disturbing the weekly hours v2 recorded.
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("""
            select count(*) from timekeep.timecards c
            where c.allowance_amount <> (select coalesce(sum(a.amount), 0) from timekeep.timecard_allowances a where a.timecard_id = c.id)
            """));
        var reconciliation = await Reconciler.RunAsync(connection, Org, default);
        Assert.True(reconciliation.Balanced, string.Join("\n", reconciliation.Tables.Where(t => !t.Balanced).Select(t => t.Outcome.Source)
            .Concat(reconciliation.Validations.Where(v => !v.Matches).Select(v => $"{v.Name}: {v.Source} <> {v.Target}"))));
        Assert.Contains(reconciliation.Validations, v => v.Name.StartsWith("timesheet allowances", StringComparison.Ordinal) && v.Source != "0");
    }

    [Fact]
    public async Task an_smsf_bank_account_number_is_stored_only_as_its_sealed_envelope()
    {
        await using var connection = await _sample.StagedAsync();
        await ImportEverythingAsync(connection);

        var smsf = await connection.QuerySingleAsync<(byte[] Envelope, string Bsb, string Esa)>(
            "select smsf_account_number_encrypted, smsf_bsb, electronic_service_address from payroll.super_funds where fund_type = 'smsf'");
        Assert.Equal("12345678", FieldEncryption.Development.Decrypt(smsf.Envelope));
        Assert.DoesNotContain("12345678", System.Text.Encoding.Latin1.GetString(smsf.Envelope));
        Assert.Equal(("062-000", "smsfdataflow"), (smsf.Bsb, smsf.Esa));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from public.audit_log where table_name = 'payroll.super_funds' and new_row::text like '%12345678%'"));
    }

    [Fact]
    public async Task an_smsf_whose_account_number_was_not_sealed_waits_in_quarantine_instead_of_being_written_in_clear()
    {
        await using var connection = await _sample.StagedAsync();
        var outcomes = await ImportAsync(connection);   // the importer alone: nothing sealed

        Assert.Equal(Planted.FundsWithInvalidUsi + Planted.FundsOfUnimportedCandidates + Planted.SelfManagedFunds, Of(outcomes, "admin_central.super_fund_details").Quarantined);
        Assert.Contains("SMSF account number not sealed: run the payroll phase through v2 import, which seals it first", await ReasonsAsync(connection, "admin_central.super_fund_details"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from payroll.super_funds where fund_type = 'smsf'"));

        await SensitiveValues.SealAsync(connection, FieldEncryption.Development, default);
        var again = await ImportAsync(connection, "payroll");

        Assert.Equal(Planted.SelfManagedFunds, Of(again, "admin_central.super_fund_details").Inserted);
        Assert.Equal(0, await SensitiveValues.SealAsync(connection, FieldEncryption.Development, default));   // unchanged rows keep their envelope
    }

    [Fact]
    public async Task a_conversation_has_its_assigned_consultant_as_owner_and_every_consultant_who_wrote_in_it_as_a_member_once()
    {
        await using var connection = await _sample.StagedAsync();
        await ImportEverythingAsync(connection);

        // Owners: exactly the conversations with an assigned user, that user, joined when v2 created the thread.
        var owners = (await connection.QueryAsync<(Guid Conversation, Guid User, bool JoinedAtCreation)>("""
            select p.conversation_id, p.user_id, p.joined_at = (t.created::timestamp at time zone 'Australia/Sydney')
            from reach.conversation_participants p
            join public.id_mappings m on m.target_id = p.conversation_id and m.legacy_table = 'clientmessaging_threads'
            join v2.admin_central__clientmessaging_threads t on t.legacy_id = m.legacy_id
            where p.role = 'owner'
            """)).ToList();
        var assigned = (await connection.QueryAsync<(Guid, Guid)>("select id, assigned_user_id from reach.conversations where assigned_user_id is not null")).ToList();
        Assert.NotEmpty(assigned);
        Assert.Equal(assigned.Order(), owners.Select(o => (o.Conversation, o.User)).Order());
        Assert.All(owners, o => Assert.True(o.JoinedAtCreation));

        // Members: every other consultant who sent a message in the thread, once, joined with their first message.
        var writers = (await connection.QueryAsync<(Guid, Guid)>("""
            select distinct m.conversation_id, (m.metadata ->> 'sender_user_id')::uuid
            from reach.messages m join reach.conversations c on c.id = m.conversation_id
            where m.sender_type = 'user' and m.metadata ? 'sender_user_id'
              and (m.metadata ->> 'sender_user_id')::uuid is distinct from c.assigned_user_id
            """)).ToList();
        Assert.NotEmpty(writers);
        var members = (await connection.QueryAsync<(Guid, Guid)>(
            "select conversation_id, user_id from reach.conversation_participants where role = 'member'")).ToList();
        Assert.Equal(writers.Order(), members.Order());
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("""
            select count(*) from reach.conversation_participants p
            where p.role = 'member' and p.joined_at <> (select min(m.sent_at) from reach.messages m
                                                        where m.conversation_id = p.conversation_id and (m.metadata ->> 'sender_user_id')::uuid = p.user_id)
            """));
    }

    [Fact]
    public async Task a_second_run_of_the_operations_phases_inserts_and_updates_nothing()
    {
        await using var connection = await _sample.StagedAsync();
        await ImportEverythingAsync(connection);
        var audited = await connection.ExecuteScalarAsync<long>("select count(*) from public.audit_log");

        var again = await ImportEverythingAsync(connection);

        foreach (var source in OperationsTables)
        {
            var o = Of(again, source);
            Assert.Equal((0L, 0L, o.Read - o.Quarantined), (o.Inserted, o.Updated, o.Unchanged));
        }
        Assert.Equal(audited, await connection.ExecuteScalarAsync<long>("select count(*) from public.audit_log"));
    }

    [Fact]
    public async Task one_changed_allowance_amount_updates_exactly_that_timecard_allowance_and_its_timecard_total()
    {
        await using var connection = await _sample.StagedAsync();
        await ImportAsync(connection, "foundation", "people", "clients", "timekeep");
        var hoursBefore = await connection.ExecuteScalarAsync<decimal>("select sum(total_hours) from timekeep.timecards");
        var file = Path.Combine(_sample.Extract, "admin_central", "timesheets_allowances.txt");
        var lines = File.ReadAllLines(file);
        var fields = lines[1].Split('\t');   // allowance 1
        Assert.Equal("1", fields[0]);
        fields[6] = "123.45";                // amount
        lines[1] = string.Join('\t', fields);
        File.WriteAllLines(file, lines);
        await new ExtractStager(connection, ExtractEncoding.Utf8).StageAsync(_sample.Extract, ["admin_central.timesheets_allowances"], default);

        var outcomes = await ImportAsync(connection, "timekeep");

        var allowances = Of(outcomes, "admin_central.timesheets_allowances");
        Assert.Equal((0L, 1L), (allowances.Inserted, allowances.Updated));
        Assert.Equal(0, Of(outcomes, "admin_central.timesheets").Updated);
        var changed = await connection.QuerySingleAsync<(Guid Id, decimal Amount, decimal TimecardAllowances)>("""
            select a.id, a.amount, c.allowance_amount from timekeep.timecard_allowances a join timekeep.timecards c on c.id = a.timecard_id
            join public.id_mappings m on m.target_id = a.id where m.legacy_table = 'timesheets_allowances' and m.legacy_id = 1
            """);
        Assert.Equal(123.45m, changed.Amount);
        Assert.True(changed.TimecardAllowances >= 123.45m);
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("select count(*) from public.audit_log where table_name = 'timekeep.timecard_allowances' and operation = 'update'"));
        Assert.Equal(changed.Id, await connection.ExecuteScalarAsync<Guid>("select row_id from public.audit_log where table_name = 'timekeep.timecard_allowances' and operation = 'update'"));
        Assert.Equal(hoursBefore, await connection.ExecuteScalarAsync<decimal>("select sum(total_hours) from timekeep.timecards"));
    }

    [Fact]
    public async Task the_cli_seals_smsf_accounts_before_payroll_and_refuses_payroll_without_a_pay_cycle_boundary()
    {
        _sample.WriteSample();
        var settings = await _sample.CloneAsync();
        var url = _sample.UrlOf(settings);
        Assert.Equal(0, (await CliProcess.RunAsync("v2", "stage", "--source", _sample.Extract, "--connection", url)).ExitCode);
        Assert.Equal(0, (await CliProcess.RunAsync("v2", "import", "--phase", "all", "--as-of", "2026-11-30", "--connection", url)).ExitCode);

        var refused = await CliProcess.RunAsync("v2", "import", "--phase", "payroll", "--as-of", "2026-11-30", "--connection", url);
        Assert.Equal((int)ExitCode.BadInput, refused.ExitCode);
        Assert.StartsWith("error: the payroll phase runs only at a pay-cycle boundary", Assert.Single(refused.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select (select count(*) from payroll.super_funds) + (select count(*) from payroll.allowances) + (select count(*) from v2.sealed_values)"));

        var payroll = await CliProcess.RunAsync("v2", "import", "--phase", "payroll", "--pay-cycle-boundary", "2026-11-23", "--as-of", "2026-11-30", "--connection", url);
        Assert.True(payroll.ExitCode == 0, payroll.All);
        Assert.Contains($"sealed {await connection.ExecuteScalarAsync<long>("select count(*) from v2.sealed_values")} sensitive values", payroll.StdErr);
        var envelope = await connection.ExecuteScalarAsync<byte[]>("select smsf_account_number_encrypted from payroll.super_funds where fund_type = 'smsf'");
        Assert.Equal("12345678", FieldEncryption.Development.Decrypt(envelope!));
    }
    [Fact]
    public async Task a_pay_detail_brings_its_tfn_declaration_and_bank_account_sealed_and_points_to_them()
    {
        await using var connection = await _sample.StagedAsync();
        await ImportEverythingAsync(connection);

        var rows = (await connection.QueryAsync<(string Tfn, string Account, string Code, byte[]? TfnEnvelope, string? Exemption, byte[] AccountEnvelope, string Bsb, bool SameEmployee)>("""
            select s.tfn, s.account_no, p.tax_treatment_code, d.tfn_encrypted, d.tfn_exemption, b.account_number_encrypted, b.bsb,
                   d.employee_id = p.employee_id and b.employee_id = p.employee_id
            from payroll.pay_details p
            join public.id_mappings m on m.target_id = p.id and m.legacy_table = 'pay_details'
            join v2.admin_central__pay_details s on s.legacy_id = m.legacy_id
            join onboard.tfn_declarations d on d.id = p.tfn_declaration_id
            join onboard.bank_details b on b.id = p.bank_detail_id
            """)).ToList();

        var mapped = await connection.ExecuteScalarAsync<long>("select count(*) from public.id_mappings where legacy_table = 'pay_details'");
        Assert.Equal(mapped, rows.Count);
        Assert.True(rows.Count > 50);
        foreach (var row in rows)
        {
            var digits = row.Tfn.Replace(" ", "", StringComparison.Ordinal);
            if (row.Exemption is null) Assert.Equal(digits, FieldEncryption.Development.Decrypt(row.TfnEnvelope!));
            else Assert.Equal((digits, (byte[]?)null), (row.Exemption, row.TfnEnvelope));
            Assert.Equal(row.Account, FieldEncryption.Development.Decrypt(row.AccountEnvelope));
            Assert.True(row.SameEmployee);
            Assert.Matches("^[RNF][ATNF][SX]XXX$", row.Code);
        }
        Assert.Contains(rows, r => r.Exemption == "111111111");
        // Clear TFNs and account numbers appear nowhere outside the migrator's staging schema, not even in the audit log.
        var clearValues = rows.SelectMany(r => new[] { r.Tfn.Replace(" ", "", StringComparison.Ordinal), r.Account }).Where(v => v != "111111111").ToArray();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "select count(*) from public.audit_log a where a.table_name in ('onboard.tfn_declarations', 'onboard.bank_details', 'payroll.pay_details') and a.new_row::text like any (@patterns)",
            new { patterns = clearValues.Select(v => $"%{v}%").ToArray() }));
        Assert.Equal((DayOfWeek.Monday, "weekly"), await connection.QuerySingleAsync<(DateTime, string)>(
            "select anchor_period_start, pay_frequency from payroll.pay_calendars where name = 'v2 weekly (Mon-Sun)'") switch { var (d, f) => (d.DayOfWeek, f) });
    }

    [Fact]
    public async Task a_changed_bank_account_in_v2_updates_one_pay_detail_and_rewrites_the_same_bank_account_row()
    {
        await using var connection = await _sample.StagedAsync();
        await ImportEverythingAsync(connection);
        var before = await connection.QuerySingleAsync<(Guid PayDetail, Guid Bank)>(
            "select p.id, p.bank_detail_id from payroll.pay_details p join public.id_mappings m on m.target_id = p.id where m.legacy_table = 'pay_details' and m.legacy_id = 1");
        var file = Path.Combine(_sample.Extract, "admin_central", "pay_details.txt");
        var lines = File.ReadAllLines(file);
        var fields = lines[1].Split('\t');   // pay detail 1
        Assert.Equal("1", fields[0]);
        fields[14] = "987654321";            // account_no
        lines[1] = string.Join('\t', fields);
        File.WriteAllLines(file, lines);
        await new ExtractStager(connection, ExtractEncoding.Utf8).StageAsync(_sample.Extract, ["admin_central.pay_details"], default);

        var outcomes = await ImportEverythingAsync(connection);

        Assert.Equal((0L, 1L), (Of(outcomes, "admin_central.pay_details").Inserted, Of(outcomes, "admin_central.pay_details").Updated));
        Assert.All(outcomes.Where(o => o.Source != "admin_central.pay_details"), o => Assert.Equal((0L, 0L), (o.Inserted, o.Updated)));
        Assert.Equal(before.Bank, await connection.ExecuteScalarAsync<Guid>("select bank_detail_id from payroll.pay_details where id = @id", new { id = before.PayDetail }));
        var envelope = await connection.ExecuteScalarAsync<byte[]>("select account_number_encrypted from onboard.bank_details where id = @id", new { id = before.Bank });
        Assert.Equal("987654321", FieldEncryption.Development.Decrypt(envelope!));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("select count(*) from onboard.bank_details where employee_id = (select employee_id from payroll.pay_details where id = @id)", new { id = before.PayDetail }));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("select count(*) from public.audit_log where table_name = 'onboard.bank_details' and operation = 'update' and row_id = @id", new { id = before.Bank }));
    }
    [Fact]
    public async Task in_the_hot_tier_an_allowance_travels_with_its_timesheet_week_and_is_never_orphaned_by_the_tier()
    {
        await using var connection = await _sample.StagedAsync();
        await ImportAsync(connection, "foundation", "people", "clients");
        var outcomes = await new Importer(connection, Options(tier: Tier.Hot)).RunAsync(["timekeep"], default);

        var allowances = Of(outcomes, "admin_central.timesheets_allowances");
        var outside = await connection.ExecuteScalarAsync<long>("""
            select count(*) from v2.admin_central__timesheets_allowances a left join v2.admin_central__timesheets t on t.legacy_id = v2.to_int(a.timesheet_id)
            where t.legacy_id is null or v2.to_date(t.week_ending) < date '2026-05-30'
            """);
        Assert.True(outside > 0 && outside < allowances.Read);
        Assert.Equal(outside, allowances.Skipped["outside tier hot"]);
        Assert.Equal(Planted.AllowancesOfSkippedTimesheets, (await ReasonsAsync(connection, "admin_central.timesheets_allowances"))
            .Count(r => r.EndsWith("has no Finnest timecard (quarantined, skipped or not imported)", StringComparison.Ordinal)));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "select count(*) from timekeep.timecard_allowances a join timekeep.timecards c on c.id = a.timecard_id where c.period_end < date '2026-05-30'"));
    }
    [Fact]
    public async Task a_payroll_batch_stopped_by_a_fault_leaves_no_pay_detail_without_its_tfn_declaration_and_resumes_without_duplicates()
    {
        _sample.WriteSample();
        var settings = await _sample.CloneAsync();
        var url = _sample.UrlOf(settings);
        Assert.Equal(0, (await CliProcess.RunAsync("v2", "stage", "--source", _sample.Extract, "--connection", url)).ExitCode);
        string[] import = ["v2", "import", "--phase", "all", "--pay-cycle-boundary", "2026-11-23", "--batch-size", "50", "--as-of", "2026-11-30", "--connection", url];
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        // Payroll batches are numbered across its tables, each table ending on one empty read: the second batch of pay details.
        long batch = 0;
        foreach (var table in new[] { "pay_levels", "allowances", "super_fund_details" })
            batch += (await connection.ExecuteScalarAsync<long>($"select count(*) from v2.admin_central__{table}") + 49) / 50 + 1;
        batch += 2;

        var crashed = await CliProcess.RunAsync(new Dictionary<string, string> { [Fault.Variable] = $"v2-batch:payroll:{batch}" }, import);

        Assert.Equal((int)ExitCode.MigrationFailed, crashed.ExitCode);
        Assert.Single(crashed.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("error: fault injected", StringComparison.Ordinal));
        const string Consistency = """
            select count(*) from payroll.pay_details p
            where not exists (select from onboard.tfn_declarations d where d.id = p.tfn_declaration_id)
               or not exists (select from onboard.bank_details b where b.id = p.bank_detail_id)
            """;
        var before = await connection.ExecuteScalarAsync<long>("select count(*) from payroll.pay_details");
        Assert.InRange(before, 1, 50);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(Consistency));
        Assert.Equal(before, await connection.ExecuteScalarAsync<long>("select count(*) from onboard.bank_details"));

        var resumed = await CliProcess.RunAsync(import);

        Assert.True(resumed.ExitCode == 0, resumed.All);
        Assert.Contains("payroll: resuming run", resumed.StdErr);
        var mapped = await connection.ExecuteScalarAsync<long>("select count(*) from public.id_mappings where legacy_table = 'pay_details'");
        Assert.True(mapped > before);
        Assert.Equal((mapped, mapped, mapped), await connection.QuerySingleAsync<(long, long, long)>(
            "select (select count(*) from payroll.pay_details), (select count(*) from onboard.tfn_declarations), (select count(*) from onboard.bank_details)"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(Consistency));
        var reconcile = await CliProcess.RunAsync("v2", "reconcile", "--json", "--connection", url);
        Assert.True(reconcile.ExitCode == 0, reconcile.All);
        Assert.DoesNotContain("\"balanced\":false", reconcile.StdOut);
    }
}
