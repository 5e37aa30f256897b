using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Events;

/// <summary>
/// Idempotency keys on the append-only logs that producers re-send to (phones syncing after
/// working offline, EWD devices, event publishers retrying, imports run twice): the producer's
/// own id for the record, unique per tenant within the log's partition key, so that
/// <c>insert … on conflict do nothing</c> absorbs a re-send and a duplicate is never stored.
/// Keys are nullable: rows written before, or by producers without ids, stay valid and never
/// conflict (a unique index treats nulls as distinct). Unique indexes on a partitioned table are
/// created on every partition, and partitions created later inherit them.
/// </summary>
[Migration(202612020110, "idempotency keys: clock events (device + event id), EWD entries (diary entry id), domain events (producer event id)")]
public sealed class V202612020110_IdempotentLogs : Migration
{
    public override void Up(SchemaBuilder db)
    {
        // Clock events: the device and its own id of the event; occurred_at (the partition key)
        // is the device's reading, the same on every re-send.
        db.Sql("""
            alter table timekeep.clock_events
                add column device_id text,
                add column device_event_id text,
                add constraint ck_clock_events__device_id_length check (length(device_id) between 1 and 200),
                add constraint ck_clock_events__device_event_id_length check (length(device_event_id) between 1 and 200),
                add constraint ck_clock_events__device_event_id_has_device check (device_event_id is null or device_id is not null);
            """);
        db.Sql("create unique index uq_clock_events__org_id_device_id_device_event_id_occurred_at on timekeep.clock_events (org_id, device_id, device_event_id, occurred_at);");
        db.Sql("""
            comment on column timekeep.clock_events.device_id is 'Phone, kiosk or app instance that recorded the event, as it identifies itself; with device_event_id the idempotency key.';
            comment on column timekeep.clock_events.device_event_id is 'The device''s own id of the event. A re-send of the same event (same device, id and occurred_at) is absorbed: insert … on conflict (org_id, device_id, device_event_id, occurred_at) do nothing. Null for events without one (never a conflict).';
            """);

        // EWD entries: the diary's own id of the entry; recorded_at (the partition key) is the diary's.
        db.Sql("""
            alter table fatigue.ewd_entries
                add column diary_entry_id text,
                add constraint ck_ewd_entries__diary_entry_id_length check (length(diary_entry_id) between 1 and 200);
            """);
        db.Sql("create unique index uq_ewd_entries__org_id_diary_entry_id_recorded_at on fatigue.ewd_entries (org_id, diary_entry_id, recorded_at);");
        db.Sql("""
            comment on column fatigue.ewd_entries.diary_entry_id is 'The electronic work diary''s own id of the entry: the idempotency key. A re-send of the same entry (same id and recorded_at) is absorbed: insert … on conflict (org_id, diary_entry_id, recorded_at) do nothing. Null for entries without one (never a conflict).';
            """);

        // Domain events: partitioned on inserted_at, which the server sets, so a re-send in a later
        // transaction has another partition key and a unique index alone would not see it. A
        // BEFORE INSERT trigger (only for keyed events) takes a per-key transaction lock and drops
        // the row when the tenant already has an event with that key; the unique index stops a
        // duplicate within one inserted_at (one transaction) and is the ON CONFLICT target.
        db.Sql("""
            alter table events.domain_events
                add column producer_event_id text,
                add constraint ck_domain_events__producer_event_id_length check (length(producer_event_id) between 1 and 200);
            """);
        db.Sql("create unique index uq_domain_events__org_id_producer_event_id_inserted_at on events.domain_events (org_id, producer_event_id, inserted_at);");
        db.Sql("""
            comment on column events.domain_events.producer_event_id is 'The publisher''s own id of the event: the idempotency key. A re-send is absorbed, whenever it comes: insert … on conflict do nothing inserts no row when the tenant already has an event with this id (trigger absorb_resent_event; read committed, the default isolation). Null for events without one.';
            """);
        db.Sql("""
            create function events.domain_events_absorb_resent() returns trigger
            language plpgsql
            set search_path = ''
            as $$
            begin
                -- Two senders of the same key queue here until the first commits; the second then sees its row.
                perform pg_advisory_xact_lock(hashtextextended('events.domain_events/' || new.org_id || '/' || new.producer_event_id, 0));
                if exists (select from events.domain_events as e
                           where e.org_id = new.org_id and e.producer_event_id = new.producer_event_id) then
                    return null; -- a re-send: absorbed, like on conflict do nothing
                end if;
                return new;
            end
            $$;
            """);
        db.Sql("comment on function events.domain_events_absorb_resent() is 'Drops an event whose producer_event_id the tenant already has (a re-send), whatever its inserted_at.';");
        db.Sql("revoke execute on function events.domain_events_absorb_resent() from public;");
        db.Sql("""
            create trigger absorb_resent_event before insert on events.domain_events
            for each row when (new.producer_event_id is not null) execute function events.domain_events_absorb_resent();
            """);
    }

    public override void Down(SchemaBuilder db)
    {
        db.Sql("drop trigger absorb_resent_event on events.domain_events;");
        db.Sql("drop function events.domain_events_absorb_resent();");
        db.Sql("alter table events.domain_events drop column producer_event_id;");
        db.Sql("alter table fatigue.ewd_entries drop column diary_entry_id;");
        db.Sql("alter table timekeep.clock_events drop column device_event_id, drop column device_id;");
    }
}
