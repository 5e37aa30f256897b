alter table timekeep.clock_events
    add column device_id text,
    add column device_event_id text,
    add constraint ck_clock_events__device_id_length check (length(device_id) between 1 and 200),
    add constraint ck_clock_events__device_event_id_length check (length(device_event_id) between 1 and 200),
    add constraint ck_clock_events__device_event_id_has_device check (device_event_id is null or device_id is not null);
create unique index uq_clock_events__org_id_device_id_device_event_id_occurred_at on timekeep.clock_events (org_id, device_id, device_event_id, occurred_at);
comment on column timekeep.clock_events.device_id is 'Phone, kiosk or app instance that recorded the event, as it identifies itself; with device_event_id the idempotency key.';
comment on column timekeep.clock_events.device_event_id is 'The device''s own id of the event. A re-send of the same event (same device, id and occurred_at) is absorbed: insert … on conflict (org_id, device_id, device_event_id, occurred_at) do nothing. Null for events without one (never a conflict).';
alter table fatigue.ewd_entries
    add column diary_entry_id text,
    add constraint ck_ewd_entries__diary_entry_id_length check (length(diary_entry_id) between 1 and 200);
create unique index uq_ewd_entries__org_id_diary_entry_id_recorded_at on fatigue.ewd_entries (org_id, diary_entry_id, recorded_at);
comment on column fatigue.ewd_entries.diary_entry_id is 'The electronic work diary''s own id of the entry: the idempotency key. A re-send of the same entry (same id and recorded_at) is absorbed: insert … on conflict (org_id, diary_entry_id, recorded_at) do nothing. Null for entries without one (never a conflict).';
alter table events.domain_events
    add column producer_event_id text,
    add constraint ck_domain_events__producer_event_id_length check (length(producer_event_id) between 1 and 200);
create unique index uq_domain_events__org_id_producer_event_id_inserted_at on events.domain_events (org_id, producer_event_id, inserted_at);
comment on column events.domain_events.producer_event_id is 'The publisher''s own id of the event: the idempotency key. A re-send is absorbed, whenever it comes: insert … on conflict do nothing inserts no row when the tenant already has an event with this id (trigger absorb_resent_event; read committed, the default isolation). Null for events without one.';
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
comment on function events.domain_events_absorb_resent() is 'Drops an event whose producer_event_id the tenant already has (a re-send), whatever its inserted_at.';
revoke execute on function events.domain_events_absorb_resent() from public;
create trigger absorb_resent_event before insert on events.domain_events
for each row when (new.producer_event_id is not null) execute function events.domain_events_absorb_resent();
