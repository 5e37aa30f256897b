using Finnest.Database.Tests.Support;

namespace Finnest.Database.Tests.Domain;

/// <summary>
/// A notifiable WHS incident must be recorded the moment it is known, before the regulator has
/// been told and long before it gives a reference: the regulator's details are owed once
/// notified_at is set, and an index finds the incidents still waiting to be notified.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class IncidentNotificationTests(DatabaseFixture database)
{
    private const string NotifiableInsert =
        """
        insert into safety.incidents (org_id, incident_number, incident_type, title, description, occurred_at, is_notifiable, notifiable_category, regulator, regulator_ref, notified_at)
        values (@org, @number, 'injury', 'Amputation', 'Finger amputated by a guillotine.', '2026-03-02 09:15+11', true, 'serious_injury_illness', @regulator, @reference, @notifiedAt::timestamptz)
        """;

    [Fact]
    public async Task a_notifiable_incident_not_yet_notified_can_be_recorded_by_the_tenant()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);

        var added = await sql.ExecuteAsync(NotifiableInsert, new { org, number = "INC-1", regulator = (string?)null, reference = (string?)null, notifiedAt = (string?)null });

        Assert.Equal(1, added);
    }

    [Fact]
    public async Task a_notification_without_the_regulator_and_its_reference_is_rejected()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();

        var error = await sql.RejectsAsync(NotifiableInsert, new { org, number = "INC-2", regulator = "SafeWork NSW", reference = (string?)null, notifiedAt = "2026-03-02 09:30+11" });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_incidents__notified_has_regulator_details", error.ConstraintName);
    }

    [Fact]
    public async Task a_notifiable_incident_needs_its_category_from_the_start()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();

        var error = await sql.RejectsAsync(
            """
            insert into safety.incidents (org_id, incident_number, incident_type, title, description, occurred_at, is_notifiable)
            values (@org, 'INC-3', 'injury', 'Fall', 'Fall from a mezzanine.', '2026-03-02 09:15+11', true)
            """, new { org });

        Assert.Equal("23514", error.SqlState);
        Assert.Equal("ck_incidents__notifiable_has_category", error.ConstraintName);
    }

    [Fact]
    public async Task only_a_notifiable_incident_can_be_marked_notified()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();

        var error = await sql.RejectsAsync(
            """
            insert into safety.incidents (org_id, incident_number, incident_type, title, description, occurred_at, regulator, regulator_ref, notified_at)
            values (@org, 'INC-4', 'near_miss', 'Near miss', 'Pallet fell near a picker.', '2026-03-02 09:15+11', 'SafeWork NSW', 'X1', '2026-03-02 09:30+11')
            """, new { org });

        Assert.Equal("ck_incidents__notified_only_when_notifiable", error.ConstraintName);
    }

    [Fact]
    public async Task the_incidents_awaiting_notification_are_found_through_their_own_index()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.ExecuteAsync(NotifiableInsert, new { org, number = "INC-5", regulator = (string?)null, reference = (string?)null, notifiedAt = (string?)null });
        await sql.ExecuteAsync(NotifiableInsert, new { org, number = "INC-6", regulator = "SafeWork NSW", reference = "SWN-1", notifiedAt = "2026-03-02 09:40+11" });

        var definition = await sql.ScalarAsync<string>(
            "select indexdef from pg_indexes where schemaname = 'safety' and indexname = 'ix_incidents__org_id_occurred_at_awaiting_notification'");
        Assert.NotNull(definition);
        Assert.Contains("is_notifiable", definition);
        Assert.Contains("notified_at IS NULL", definition);
        await sql.ExecuteAsync("set local enable_seqscan = off");
        var plan = string.Join("\n", await sql.QueryAsync<string>(
            "explain select id from safety.incidents where org_id = @org and is_notifiable and notified_at is null and deleted_at is null", new { org }));
        Assert.Contains("ix_incidents__org_id_occurred_at_awaiting_notification", plan);
        var waiting = await sql.QueryAsync<string>(
            "select incident_number from safety.incidents where org_id = @org and is_notifiable and notified_at is null and deleted_at is null", new { org });
        Assert.Equal(["INC-5"], waiting);
    }
}
