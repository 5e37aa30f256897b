create table v2.admin_central__roster_codes (
    load_id bigint not null constraint fk_admin_central__roster_codes__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    code text,
    description text,
    type text,
    start_time text,
    end_time text,
    break_minutes text,
    colour text,
    active text,
    modified text,
    constraint pk_admin_central__roster_codes primary key (legacy_id)
);
create index ix_admin_central__roster_codes__load_id on v2.admin_central__roster_codes (load_id);
comment on table v2.admin_central__roster_codes is 'Raw staging of v2 admin_central.roster_codes (docs/v2/extract-contract.md): each contract column as the text of the extract, \N as null; one row per data line of the current load.';
comment on column v2.admin_central__roster_codes.load_id is 'The v2.loads row (file load) that staged this line.';
comment on column v2.admin_central__roster_codes.line_no is 'Line of the file the row came from; the header is line 1.';
comment on column v2.admin_central__roster_codes.legacy_id is 'The v2 INT key (id) parsed to a number; the import walks the table in this order.';
comment on column v2.admin_central__roster_codes.row_hash is 'SHA-256 of the staged field values, kept as source_checksum in public.id_mappings to tell a changed v2 row from an unchanged one.';
comment on column v2.admin_central__roster_codes.encoding_issues is 'column:problem for each field that was not clean UTF-8 (invalid_utf8 read as cp1252, double_encoded repaired).';
create table v2.admin_central__roster_rule_set (
    load_id bigint not null constraint fk_admin_central__roster_rule_set__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    name text,
    employment_type text,
    min_engagement text,
    min_rest_hours text,
    max_week_hours text,
    max_day_hours text,
    max_shift_hours text,
    max_consecutive_days text,
    meal_break_after text,
    meal_break_minutes text,
    span_start text,
    span_end text,
    effective_from text,
    effective_to text,
    modified text,
    constraint pk_admin_central__roster_rule_set primary key (legacy_id)
);
create index ix_admin_central__roster_rule_set__load_id on v2.admin_central__roster_rule_set (load_id);
comment on table v2.admin_central__roster_rule_set is 'Raw staging of v2 admin_central.roster_rule_set (docs/v2/extract-contract.md): each contract column as the text of the extract, \N as null; one row per data line of the current load.';
comment on column v2.admin_central__roster_rule_set.load_id is 'The v2.loads row (file load) that staged this line.';
comment on column v2.admin_central__roster_rule_set.line_no is 'Line of the file the row came from; the header is line 1.';
comment on column v2.admin_central__roster_rule_set.legacy_id is 'The v2 INT key (id) parsed to a number; the import walks the table in this order.';
comment on column v2.admin_central__roster_rule_set.row_hash is 'SHA-256 of the staged field values, kept as source_checksum in public.id_mappings to tell a changed v2 row from an unchanged one.';
comment on column v2.admin_central__roster_rule_set.encoding_issues is 'column:problem for each field that was not clean UTF-8 (invalid_utf8 read as cp1252, double_encoded repaired).';
create table v2.admin_central__allowances (
    load_id bigint not null constraint fk_admin_central__allowances__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    code text,
    name text,
    category text,
    unit text,
    rate text,
    taxable text,
    super text,
    active text,
    modified text,
    constraint pk_admin_central__allowances primary key (legacy_id)
);
create index ix_admin_central__allowances__load_id on v2.admin_central__allowances (load_id);
comment on table v2.admin_central__allowances is 'Raw staging of v2 admin_central.allowances (docs/v2/extract-contract.md): each contract column as the text of the extract, \N as null; one row per data line of the current load.';
comment on column v2.admin_central__allowances.load_id is 'The v2.loads row (file load) that staged this line.';
comment on column v2.admin_central__allowances.line_no is 'Line of the file the row came from; the header is line 1.';
comment on column v2.admin_central__allowances.legacy_id is 'The v2 INT key (id) parsed to a number; the import walks the table in this order.';
comment on column v2.admin_central__allowances.row_hash is 'SHA-256 of the staged field values, kept as source_checksum in public.id_mappings to tell a changed v2 row from an unchanged one.';
comment on column v2.admin_central__allowances.encoding_issues is 'column:problem for each field that was not clean UTF-8 (invalid_utf8 read as cp1252, double_encoded repaired).';
create table v2.admin_central__timesheets_allowances (
    load_id bigint not null constraint fk_admin_central__timesheets_allowances__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    timesheet_id text,
    allowance_id text,
    allowance_date text,
    units text,
    rate text,
    amount text,
    modified text,
    constraint pk_admin_central__timesheets_allowances primary key (legacy_id)
);
create index ix_admin_central__timesheets_allowances__load_id on v2.admin_central__timesheets_allowances (load_id);
comment on table v2.admin_central__timesheets_allowances is 'Raw staging of v2 admin_central.timesheets_allowances (docs/v2/extract-contract.md): each contract column as the text of the extract, \N as null; one row per data line of the current load.';
comment on column v2.admin_central__timesheets_allowances.load_id is 'The v2.loads row (file load) that staged this line.';
comment on column v2.admin_central__timesheets_allowances.line_no is 'Line of the file the row came from; the header is line 1.';
comment on column v2.admin_central__timesheets_allowances.legacy_id is 'The v2 INT key (id) parsed to a number; the import walks the table in this order.';
comment on column v2.admin_central__timesheets_allowances.row_hash is 'SHA-256 of the staged field values, kept as source_checksum in public.id_mappings to tell a changed v2 row from an unchanged one.';
comment on column v2.admin_central__timesheets_allowances.encoding_issues is 'column:problem for each field that was not clean UTF-8 (invalid_utf8 read as cp1252, double_encoded repaired).';
create table v2.admin_central__super_fund_details (
    load_id bigint not null constraint fk_admin_central__super_fund_details__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    candidate_id text,
    fund_name text,
    usi text,
    abn text,
    member_no text,
    smsf text,
    bsb text,
    account_no text,
    account_name text,
    esa text,
    stapled text,
    effective_from text,
    modified text,
    constraint pk_admin_central__super_fund_details primary key (legacy_id)
);
create index ix_admin_central__super_fund_details__load_id on v2.admin_central__super_fund_details (load_id);
comment on table v2.admin_central__super_fund_details is 'Raw staging of v2 admin_central.super_fund_details (docs/v2/extract-contract.md): each contract column as the text of the extract, \N as null; one row per data line of the current load.';
comment on column v2.admin_central__super_fund_details.load_id is 'The v2.loads row (file load) that staged this line.';
comment on column v2.admin_central__super_fund_details.line_no is 'Line of the file the row came from; the header is line 1.';
comment on column v2.admin_central__super_fund_details.legacy_id is 'The v2 INT key (id) parsed to a number; the import walks the table in this order.';
comment on column v2.admin_central__super_fund_details.row_hash is 'SHA-256 of the staged field values, kept as source_checksum in public.id_mappings to tell a changed v2 row from an unchanged one.';
comment on column v2.admin_central__super_fund_details.encoding_issues is 'column:problem for each field that was not clean UTF-8 (invalid_utf8 read as cp1252, double_encoded repaired).';
create table v2.admin_central__clientmessaging_threads (
    load_id bigint not null constraint fk_admin_central__clientmessaging_threads__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    client_id text,
    consultant_id text,
    subject text,
    status text,
    closed text,
    created text,
    modified text,
    constraint pk_admin_central__clientmessaging_threads primary key (legacy_id)
);
create index ix_admin_central__clientmessaging_threads__load_id on v2.admin_central__clientmessaging_threads (load_id);
comment on table v2.admin_central__clientmessaging_threads is 'Raw staging of v2 admin_central.clientmessaging_threads (docs/v2/extract-contract.md): each contract column as the text of the extract, \N as null; one row per data line of the current load.';
comment on column v2.admin_central__clientmessaging_threads.load_id is 'The v2.loads row (file load) that staged this line.';
comment on column v2.admin_central__clientmessaging_threads.line_no is 'Line of the file the row came from; the header is line 1.';
comment on column v2.admin_central__clientmessaging_threads.legacy_id is 'The v2 INT key (id) parsed to a number; the import walks the table in this order.';
comment on column v2.admin_central__clientmessaging_threads.row_hash is 'SHA-256 of the staged field values, kept as source_checksum in public.id_mappings to tell a changed v2 row from an unchanged one.';
comment on column v2.admin_central__clientmessaging_threads.encoding_issues is 'column:problem for each field that was not clean UTF-8 (invalid_utf8 read as cp1252, double_encoded repaired).';
create table v2.admin_central__clientmessaging_messages (
    load_id bigint not null constraint fk_admin_central__clientmessaging_messages__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    thread_id text,
    sender text,
    consultant_id text,
    contact_name text,
    body text,
    sent text,
    constraint pk_admin_central__clientmessaging_messages primary key (legacy_id)
);
create index ix_admin_central__clientmessaging_messages__load_id on v2.admin_central__clientmessaging_messages (load_id);
comment on table v2.admin_central__clientmessaging_messages is 'Raw staging of v2 admin_central.clientmessaging_messages (docs/v2/extract-contract.md): each contract column as the text of the extract, \N as null; one row per data line of the current load.';
comment on column v2.admin_central__clientmessaging_messages.load_id is 'The v2.loads row (file load) that staged this line.';
comment on column v2.admin_central__clientmessaging_messages.line_no is 'Line of the file the row came from; the header is line 1.';
comment on column v2.admin_central__clientmessaging_messages.legacy_id is 'The v2 INT key (id) parsed to a number; the import walks the table in this order.';
comment on column v2.admin_central__clientmessaging_messages.row_hash is 'SHA-256 of the staged field values, kept as source_checksum in public.id_mappings to tell a changed v2 row from an unchanged one.';
comment on column v2.admin_central__clientmessaging_messages.encoding_issues is 'column:problem for each field that was not clean UTF-8 (invalid_utf8 read as cp1252, double_encoded repaired).';
create index ix_admin_central__timesheets_allowances__timesheet_id on v2.admin_central__timesheets_allowances (timesheet_id);
create index ix_admin_central__clientmessaging_messages__thread_id on v2.admin_central__clientmessaging_messages (thread_id);
create table v2.sealed_values (
    source_table text not null,
    legacy_id bigint not null,
    column_name text not null,
    row_hash text not null,
    envelope bytea not null constraint ck_sealed_values__envelope check (finnest.is_field_envelope(envelope)),
    sealed_at timestamptz not null default now(),
    constraint pk_sealed_values primary key (source_table, legacy_id, column_name)
);
comment on table v2.sealed_values is 'Encrypted copies of staged sensitive fields (e.g. admin_central.super_fund_details.account_no), sealed by v2 import before the phase that writes them; the import writes the envelope, never the clear value.';
comment on column v2.sealed_values.source_table is 'database.table of the extract the field comes from.';
comment on column v2.sealed_values.legacy_id is 'v2 id of the staged row.';
comment on column v2.sealed_values.column_name is 'Contract column sealed, e.g. account_no.';
comment on column v2.sealed_values.row_hash is 'row_hash of the staged row when it was sealed: a re-staged, changed row is sealed again, an unchanged one keeps its envelope.';
comment on column v2.sealed_values.envelope is 'FieldEncryption version 1 envelope of the digits of the value (checked by finnest.is_field_envelope).';
