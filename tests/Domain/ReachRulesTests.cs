using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

[Collection(DatabaseCollection.Name)]
public sealed class ReachRulesTests(DatabaseFixture database)
{
    private static Task<Guid> ConversationAsync(SqlSession sql, Guid org) =>
        sql.InsertAsync("reach.conversations", new { org_id = org, subject = "Shift tomorrow at Wetherill Park", primary_channel = "sms" });

    private static async Task<Guid> MessageAsync(SqlSession sql, Guid org)
    {
        var conversation = await ConversationAsync(sql, org);
        return await sql.InsertAsync("reach.messages", new
        {
            org_id = org, conversation_id = conversation, sender_type = "system", direction = "outbound", channel = "sms", body = "Your shift starts 06:00.",
        });
    }

    [Fact]
    public async Task a_message_in_another_tenants_conversation_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var a = await sql.NewOrganisationAsync("Tenant A");
        var b = await sql.NewOrganisationAsync("Tenant B");
        var conversationOfB = await ConversationAsync(sql, b);
        await sql.AsTenantAsync(a);

        var error = await sql.RejectsAsync(
            "insert into reach.messages (org_id, conversation_id, sender_type, direction, channel, body) values (@a, @conversationOfB, 'system', 'outbound', 'sms', 'hi')",
            new { a, conversationOfB });
        Assert.Equal("23503", error.SqlState);
        Assert.Equal("fk_messages__conversation_id", error.ConstraintName);
    }

    [Theory]
    [InlineData("status", "'lost'", "ck_message_deliveries__status")]
    [InlineData("channel", "'fax'", "ck_message_deliveries__channel")]
    [InlineData("direction", "'sideways'", "ck_message_deliveries__direction")]
    public async Task delivery_value_sets_are_enforced(string column, string value, string constraint)
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var message = await MessageAsync(sql, org);
        var delivery = await sql.InsertAsync("reach.message_deliveries", new
        {
            org_id = org, message_id = message, channel = "email", direction = "outbound", to_address = "ada@example.com.au",
        });
        var error = await sql.RejectsAsync($"update reach.message_deliveries set {column} = {value} where id = @delivery", new { delivery });
        Assert.Equal("23514", error.SqlState);
        Assert.Equal(constraint, error.ConstraintName);
    }

    [Theory]
    [InlineData("gsm7", 160, 1, true)]
    [InlineData("gsm7", 161, 2, true)]
    [InlineData("gsm7", 306, 2, true)]
    [InlineData("gsm7", 307, 2, false)]
    [InlineData("ucs2", 71, 1, false)]
    [InlineData("ucs2", 134, 2, true)]
    public async Task sms_segments_must_match_the_length_and_encoding(string encoding, int characters, int segments, bool accepted)
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var message = await MessageAsync(sql, org);
        const string insert = """
            insert into reach.message_deliveries (org_id, message_id, channel, direction, to_address, sms_encoding, character_count, sms_segments)
            values (@org, @message, 'sms', 'outbound', '+61412345678', @encoding, @characters, @segments)
            """;
        var args = new { org, message, encoding, characters, segments };
        if (accepted)
        {
            Assert.Equal(1, await sql.ExecuteAsync(insert, args));
        }
        else
        {
            var error = await sql.RejectsAsync(insert, args);
            Assert.Equal("ck_message_deliveries__sms_segments_match_length", error.ConstraintName);
        }
    }

    [Fact]
    public async Task an_unsubscribe_is_due_five_working_days_after_it_is_received()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var conversation = await ConversationAsync(sql, org);
        // Received Friday 9 January 2026, 10:00 in Sydney: due by Friday 16 January (weekend skipped).
        var participant = await sql.InsertAsync("reach.conversation_participants", new
        {
            org_id = org, conversation_id = conversation, participant_type = "employee", employee_id = Guid.NewGuid(), channel = "sms", address = "+61412345678",
            consent_basis = "express", consent_captured_at = "2025-11-01T09:00:00+11:00", consent_withdrawn_at = "2026-01-09T10:00:00+11:00",
        });
        Assert.Equal("2026-01-16", await sql.ScalarAsync<string>(
            "select unsubscribe_due_on::text from reach.conversation_participants where id = @participant", new { participant }));
        Assert.Equal(1, await sql.ScalarAsync<long>(
            "select count(*) from reach.conversation_participants where consent_withdrawn_at is not null and unsubscribe_honoured_at is null and unsubscribe_due_on <= '2026-01-16'"));
    }

    [Fact]
    public async Task consent_needs_a_basis_from_the_spam_act_and_an_unsubscribe_cannot_be_honoured_before_it_is_asked()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var conversation = await ConversationAsync(sql, org);
        var badBasis = await sql.RejectsAsync(
            """
            insert into reach.conversation_participants (org_id, conversation_id, participant_type, employee_id, channel, address, consent_basis, consent_captured_at)
            values (@org, @conversation, 'employee', gen_random_uuid(), 'sms', '+61412345678', 'implied', now())
            """, new { org, conversation });
        Assert.Equal("ck_conversation_participants__consent_basis", badBasis.ConstraintName);

        var early = await sql.RejectsAsync(
            """
            insert into reach.conversation_participants (org_id, conversation_id, participant_type, employee_id, channel, address,
                consent_basis, consent_captured_at, consent_withdrawn_at, unsubscribe_honoured_at)
            values (@org, @conversation, 'employee', gen_random_uuid(), 'sms', '+61412345678',
                'express', '2025-11-01T09:00:00+11:00', '2026-01-09T10:00:00+11:00', '2026-01-08T10:00:00+11:00')
            """, new { org, conversation });
        Assert.Equal("ck_conversation_participants__unsubscribe_after_request", early.ConstraintName);
    }

    [Fact]
    public async Task an_sms_participant_needs_an_australian_mobile_in_e164()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var conversation = await ConversationAsync(sql, org);
        var error = await sql.RejectsAsync(
            "insert into reach.conversation_participants (org_id, conversation_id, participant_type, employee_id, channel, address) values (@org, @conversation, 'employee', gen_random_uuid(), 'sms', '0412 345 678')",
            new { org, conversation });
        Assert.Equal("ck_conversation_participants__address_format", error.ConstraintName);
    }

    [Fact]
    public async Task a_commercial_template_without_unsubscribe_instructions_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var error = await sql.RejectsAsync(
            "insert into reach.templates (org_id, code, name, channel_type, category, is_commercial, body) values (@org, 'marketing.referral', 'Refer a friend', 'sms', 'marketing', true, 'Refer a mate and earn $100!')",
            new { org });
        Assert.Equal("ck_templates__commercial_has_unsubscribe", error.ConstraintName);
    }

    [Fact]
    public async Task a_handoff_cannot_be_accepted_without_a_person_or_before_it_was_requested()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var conversation = await ConversationAsync(sql, org);
        var handoff = await sql.InsertAsync("reach.handoff_records", new
        {
            org_id = org, conversation_id = conversation, agent_session_id = Guid.NewGuid(), agent_name = "rostering_assistant",
            reason = "pay_dispute", summary = "Worker says Sunday penalty rate was missing on last payslip.", to_queue = "payroll",
        });
        var noPerson = await sql.RejectsAsync("update reach.handoff_records set status = 'accepted', accepted_at = now() where id = @handoff", new { handoff });
        Assert.Equal("ck_handoff_records__accepted_has_person", noPerson.ConstraintName);
        var badReason = await sql.RejectsAsync("update reach.handoff_records set reason = 'bored' where id = @handoff", new { handoff });
        Assert.Equal("ck_handoff_records__reason", badReason.ConstraintName);
    }

    [Fact]
    public async Task an_unsubscribe_is_due_five_working_days_later_and_listed_until_honoured()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        // Received on Friday 6 March 2026 (Sydney): due the following Friday, 13 March.
        var consent = await sql.InsertAsync("reach.consents", new
        {
            org_id = org, channel = "sms", address = "+61412345678", basis = "express", captured_at = "2025-01-10 09:00+11",
            source = "onboarding form v3", withdrawn_at = "2026-03-06 16:00+11", withdrawal_channel = "sms",
        });

        Assert.Equal("2026-03-13", await sql.ScalarAsync<string>("select unsubscribe_due_on::text from reach.consents where id = @consent", new { consent }));
        Assert.Equal(1, await sql.ScalarAsync<long>("select count(*) from reach.consents where withdrawn_at is not null and honoured_at is null and deleted_at is null"));
        var early = await sql.RejectsAsync("update reach.consents set honoured_at = '2026-03-01' where id = @consent", new { consent });
        Assert.Equal("ck_consents__honoured_after_withdrawn", early.ConstraintName);
    }

    [Fact]
    public async Task one_live_consent_per_address_and_scope_whatever_the_letter_case()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.InsertAsync("reach.consents", new { org_id = org, channel = "email", address = "Ada@Example.com.au", basis = "inferred", captured_at = "2026-01-05", source = "client contact list" });

        var duplicate = await sql.RejectsAsync(
            "insert into reach.consents (org_id, channel, address, basis, captured_at, source) values (@org, 'email', 'ada@example.com.au', 'express', now(), 'web sign-up')",
            new { org });
        Assert.Equal("uq_consents__org_id_channel_lower_address_scope", duplicate.ConstraintName);
        var badAddress = await sql.RejectsAsync(
            "insert into reach.consents (org_id, channel, address, basis, captured_at, source) values (@org, 'sms', '0412345678', 'express', now(), 'kiosk')",
            new { org });
        Assert.Equal("ck_consents__address_format", badAddress.ConstraintName);
    }
}
