create table v2.admin_central__pay_details (
    load_id bigint not null constraint fk_admin_central__pay_details__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    candidate_id text,
    pay_level_id text,
    pay_basis text,
    hourly_rate text,
    annual_salary text,
    hours_per_week text,
    employment_type text,
    tfn text,
    residency text,
    tax_free_threshold text,
    help_debt text,
    tfn_declared text,
    bsb text,
    account_no text,
    account_name text,
    super_fund_id text,
    effective_from text,
    effective_to text,
    modified text,
    constraint pk_admin_central__pay_details primary key (legacy_id)
);
create index ix_admin_central__pay_details__load_id on v2.admin_central__pay_details (load_id);
comment on table v2.admin_central__pay_details is 'Raw staging of v2 admin_central.pay_details (docs/v2/extract-contract.md): each contract column as the text of the extract, \N as null; one row per data line of the current load.';
comment on column v2.admin_central__pay_details.load_id is 'The v2.loads row (file load) that staged this line.';
comment on column v2.admin_central__pay_details.line_no is 'Line of the file the row came from; the header is line 1.';
comment on column v2.admin_central__pay_details.legacy_id is 'The v2 INT key (id) parsed to a number; the import walks the table in this order.';
comment on column v2.admin_central__pay_details.row_hash is 'SHA-256 of the staged field values, kept as source_checksum in public.id_mappings to tell a changed v2 row from an unchanged one.';
comment on column v2.admin_central__pay_details.encoding_issues is 'column:problem for each field that was not clean UTF-8 (invalid_utf8 read as cp1252, double_encoded repaired).';
create function v2.is_valid_tfn(value text) returns boolean language sql immutable as $$
    select value ~ '^[0-9]{9}$'
       and (substr(value, 1, 1)::int * 1 + substr(value, 2, 1)::int * 4 + substr(value, 3, 1)::int * 3 + substr(value, 4, 1)::int * 7
          + substr(value, 5, 1)::int * 5 + substr(value, 6, 1)::int * 8 + substr(value, 7, 1)::int * 6 + substr(value, 8, 1)::int * 9
          + substr(value, 9, 1)::int * 10) % 11 = 0
$$;
comment on function v2.is_valid_tfn(text) is 'True for a 9-digit tax file number whose digits, weighted 1, 4, 3, 7, 5, 8, 6, 9, 10, add up to a multiple of 11 (the ATO check digit); false otherwise, null for null.';

create function v2.weekly_pay_calendar(org uuid) returns uuid language plpgsql volatile set search_path = '' as $$
declare
    calendar uuid;
begin
    select c.id into calendar from payroll.pay_calendars c
    where c.org_id = org and c.name = 'v2 weekly (Mon-Sun)' and c.deleted_at is null;
    if calendar is null then
        insert into payroll.pay_calendars (org_id, name, pay_frequency, anchor_period_start, metadata)
        select org, 'v2 weekly (Mon-Sun)', 'weekly',
               date_trunc('week', coalesce(min(v2.to_date(t.week_ending)), current_date))::date,
               '{"source": "v2"}'::jsonb
        from v2.admin_central__timesheets t
        returning id into calendar;
    end if;
    return calendar;
end
$$;
comment on function v2.weekly_pay_calendar(uuid) is 'The pay calendar v2 pay details are imported onto: "v2 weekly (Mon-Sun)" of the organisation, created on first use with its first period starting on the Monday of the earliest staged v2 timesheet week (of this week when none is staged), so every Monday starts one of its periods.';
revoke execute on function v2.weekly_pay_calendar(uuid) from public;
