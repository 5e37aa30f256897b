using Dapper;
using Finnest.Database.Tests.Support;
using Npgsql;

namespace Finnest.Database.Tests.Integration;

/// <summary>
/// A producer re-sending a record to an append-only log (a phone syncing twice, an EWD device,
/// an event publisher retrying) with the statement the README documents finds one row, not two.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class IdempotentLogTests(DatabaseFixture database)
{
    private const string ClockEvent =
        """
        insert into timekeep.clock_events (org_id, employee_id, event_type, source, occurred_at, local_timezone, device_id, device_event_id)
        values (@org, @employee, 'clock_in', 'kiosk', '2026-03-02 21:00:00+00', 'Australia/Sydney', 'kiosk-7', @key)
        on conflict (org_id, device_id, device_event_id, occurred_at) do nothing
        """;

    private const string EwdEntry =
        """
        insert into fatigue.ewd_entries (org_id, employee_id, recorded_at, entry_type, work_rest_option, location_name, base_timezone, device_id, device_sequence, diary_entry_id)
        values (@org, @employee, '2026-03-02 20:15:00+00', 'work', 'standard', 'Dubbo', 'Australia/Sydney', 'ewd-1', 41, @key)
        on conflict (org_id, diary_entry_id, recorded_at) do nothing
        """;

    private const string DomainEvent =
        """
        insert into events.domain_events (org_id, domain, event_type, payload, producer_event_id)
        values (@org, 'roster', 'ShiftPublished', '{}', @key)
        on conflict do nothing
        """;

    [Fact]
    public async Task a_clock_event_sent_twice_is_stored_once()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var employee = await sql.NewEmployeeAsync(org);
        await sql.AsTenantAsync(org);
        var args = new { org, employee, key = "evt-0001" };

        Assert.Equal(1, await sql.ExecuteAsync(ClockEvent, args));
        Assert.Equal(0, await sql.ExecuteAsync(ClockEvent, args));

        Assert.Equal(1, await sql.ScalarAsync<long>("select count(*) from timekeep.clock_events"));
        Assert.Equal(1, await sql.ExecuteAsync(ClockEvent, args with { key = "evt-0002" }));
    }

    [Fact]
    public async Task an_ewd_entry_sent_twice_is_stored_once()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        await sql.AsTenantAsync(org);
        var args = new { org, employee = Guid.NewGuid(), key = "diary-77/entry-41" };

        Assert.Equal(1, await sql.ExecuteAsync(EwdEntry, args));
        Assert.Equal(0, await sql.ExecuteAsync(EwdEntry, args));

        Assert.Equal(1, await sql.ScalarAsync<long>("select count(*) from fatigue.ewd_entries"));
    }

    [Fact]
    public async Task a_domain_event_sent_again_later_is_stored_once_though_its_inserted_at_differs()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var key = Guid.NewGuid().ToString();
        // The first send, an hour ago (its partition key is the time it was recorded).
        await sql.ExecuteAsync(
            "insert into events.domain_events (org_id, domain, event_type, payload, producer_event_id, inserted_at) values (@org, 'roster', 'ShiftPublished', '{}', @key, now() - interval '1 hour')",
            new { org, key });
        await sql.AsTenantAsync(org);

        Assert.Equal(0, await sql.ExecuteAsync(DomainEvent, new { org, key }));
        Assert.Equal(0, await sql.ExecuteAsync(DomainEvent, new { org, key }));

        Assert.Equal(1, await sql.ScalarAsync<long>("select count(*) from events.domain_events"));
        Assert.Equal(1, await sql.ExecuteAsync(DomainEvent, new { org, key = Guid.NewGuid().ToString() }));
    }

    [Fact]
    public async Task records_without_a_key_never_conflict_and_keys_are_per_tenant()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();
        var other = await sql.NewOrganisationAsync();
        var employee = await sql.NewEmployeeAsync(org);

        foreach (var _ in Enumerable.Range(0, 2))
        {
            await sql.ExecuteAsync(DomainEvent, new { org, key = (string?)null });
            await sql.ExecuteAsync(ClockEvent.Replace("'kiosk-7'", "null"), new { org, employee, key = (string?)null });
            await sql.ExecuteAsync(EwdEntry, new { org, employee, key = (string?)null });
        }
        Assert.Equal(1, await sql.ExecuteAsync(DomainEvent, new { org, key = "shared-key" }));
        Assert.Equal(1, await sql.ExecuteAsync(DomainEvent, new { org = other, key = "shared-key" }));

        Assert.Equal((3L, 2L, 2L), (
            await sql.ScalarAsync<long>("select count(*) from events.domain_events where org_id = @org", new { org }),
            await sql.ScalarAsync<long>("select count(*) from timekeep.clock_events where org_id = @org", new { org }),
            await sql.ScalarAsync<long>("select count(*) from fatigue.ewd_entries where org_id = @org", new { org })));
    }

    [Fact]
    public async Task a_clock_event_id_without_its_device_is_refused()
    {
        await using var sql = await database.BeginAsync();
        var org = await sql.NewOrganisationAsync();

        var employee = await sql.NewEmployeeAsync(org);

        var error = await sql.RejectsAsync(ClockEvent.Replace("'kiosk-7'", "null"), new { org, employee, key = "evt-1" });

        Assert.Equal("ck_clock_events__device_event_id_has_device", error.ConstraintName);
    }

    [Fact]
    public async Task a_partition_created_later_carries_the_idempotency_keys()
    {
        await using var sql = await database.BeginAsync();
        await sql.ExecuteAsync("select p.* from unnest(array['timekeep.clock_events', 'fatigue.ewd_entries', 'events.domain_events']) as t, finnest.create_month_partition(t, '2036-01-01') as p");

        var indexed = await sql.QueryAsync<string>(
            """
            select c.relname::text from pg_index i join pg_class c on c.oid = i.indrelid join pg_class x on x.oid = i.indexrelid
            where i.indisunique and c.relname like '%_p2036_01'
              and pg_get_indexdef(x.oid) ~ '\((org_id, device_id, device_event_id, occurred_at|org_id, diary_entry_id, recorded_at|org_id, producer_event_id, inserted_at)\)'
            order by 1
            """);
        Assert.Equal(["clock_events_p2036_01", "domain_events_p2036_01", "ewd_entries_p2036_01"], indexed);
    }

    [Fact]
    public async Task two_publishers_sending_the_same_event_at_once_store_it_once()
    {
        var settings = await database.CloneAsync();
        await using var first = new NpgsqlConnection(settings.ConnectionString);
        await using var second = new NpgsqlConnection(settings.ConnectionString);
        await first.OpenAsync();
        await second.OpenAsync();
        var org = await first.ExecuteScalarAsync<Guid>("insert into public.organisations (name, slug) values ('Race', 'race') returning id");
        var args = new { org, key = "evt-race" };

        await using var tx = await first.BeginTransactionAsync();
        Assert.Equal(1, await first.ExecuteAsync(DomainEvent, args, tx));
        // The second sender waits on the key's lock until the first commits, then sees its row.
        var secondSend = second.ExecuteAsync(DomainEvent, args);
        await Task.Delay(300);
        Assert.False(secondSend.IsCompleted);
        await tx.CommitAsync();

        Assert.Equal(0, await secondSend);
        Assert.Equal(1, await first.ExecuteScalarAsync<long>("select count(*) from events.domain_events where producer_event_id = 'evt-race'"));
    }
}
