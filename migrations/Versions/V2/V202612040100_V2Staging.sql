create schema v2 authorization finnest_owner;
comment on schema v2 is 'v2 → Finnest migration toolkit: raw staging of the v2 extract, load journal, audit review queue, quarantine, import journal. Only finnest_owner and finnest_migrator can use it; dropped after cutover.';
revoke all on schema v2 from public;
grant usage on schema v2 to finnest_migrator;
create table v2.loads (
    id bigint generated always as identity constraint pk_loads primary key,
    source_table text not null constraint ck_loads__source_table check (source_table ~ '^[a-z_]+\.[a-z_]+$'),
    file_name text not null,
    encoding text not null constraint ck_loads__encoding check (encoding in ('utf8', 'cp1252')),
    row_count bigint not null constraint ck_loads__row_count check (row_count >= 0),
    sha256 text not null constraint ck_loads__sha256 check (sha256 ~ '^[0-9a-f]{64}$'),
    loaded_at timestamptz not null default now(),
    replaced_at timestamptz
);
comment on table v2.loads is 'Journal of v2 stage: one row per extract file loaded. Re-staging a file replaces its staged rows and stamps replaced_at on the previous load.';
comment on column v2.loads.source_table is 'database.table of the extract, e.g. admin_central.candidates.';
comment on column v2.loads.file_name is 'Path of the file as given to v2 stage.';
comment on column v2.loads.encoding is 'Declared encoding: utf8 (with per-field cp1252 fallback for invalid bytes) or cp1252.';
comment on column v2.loads.row_count is 'Data lines staged (header excluded).';
comment on column v2.loads.sha256 is 'SHA-256 of the file bytes, hex: the same file staged twice has the same checksum.';
comment on column v2.loads.replaced_at is 'When a later load of the same table replaced this one; null for the current load.';
create unique index uq_loads__source_table_current on v2.loads (source_table) where replaced_at is null;
create table v2.admin_central__office_locations (
    load_id bigint not null constraint fk_admin_central__office_locations__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    name text,
    code text,
    suburb text,
    state text,
    postcode text,
    phone text,
    created text,
    modified text,
    constraint pk_admin_central__office_locations primary key (legacy_id)
);
comment on table v2.admin_central__office_locations is 'Raw staging of v2 admin_central.office_locations: every column as the text the extract holds (\N as null), one row per data line of the current load.';
comment on column v2.admin_central__office_locations.load_id is 'v2.loads row that staged the line.';
comment on column v2.admin_central__office_locations.line_no is 'Line number in the file (the header is line 1).';
comment on column v2.admin_central__office_locations.legacy_id is 'The v2 INT primary key (id), parsed: batches walk the table in this order.';
comment on column v2.admin_central__office_locations.row_hash is 'SHA-256 of the line''s field values as staged: the source checksum kept in public.id_mappings to detect changes in v2.';
comment on column v2.admin_central__office_locations.encoding_issues is 'column:problem for fields that were not clean UTF-8 (invalid_utf8 decoded as cp1252, double_encoded repaired).';
create index ix_admin_central__office_locations__load_id on v2.admin_central__office_locations (load_id);
create table v2.admin_central__admin_users (
    load_id bigint not null constraint fk_admin_central__admin_users__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    email text,
    first_name text,
    surname text,
    office_id text,
    active text,
    created text,
    modified text,
    constraint pk_admin_central__admin_users primary key (legacy_id)
);
comment on table v2.admin_central__admin_users is 'Raw staging of v2 admin_central.admin_users: every column as the text the extract holds (\N as null), one row per data line of the current load.';
comment on column v2.admin_central__admin_users.load_id is 'v2.loads row that staged the line.';
comment on column v2.admin_central__admin_users.line_no is 'Line number in the file (the header is line 1).';
comment on column v2.admin_central__admin_users.legacy_id is 'The v2 INT primary key (id), parsed: batches walk the table in this order.';
comment on column v2.admin_central__admin_users.row_hash is 'SHA-256 of the line''s field values as staged: the source checksum kept in public.id_mappings to detect changes in v2.';
comment on column v2.admin_central__admin_users.encoding_issues is 'column:problem for fields that were not clean UTF-8 (invalid_utf8 decoded as cp1252, double_encoded repaired).';
create index ix_admin_central__admin_users__load_id on v2.admin_central__admin_users (load_id);
create table v2.admin_central__consultants (
    load_id bigint not null constraint fk_admin_central__consultants__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    email text,
    first_name text,
    surname text,
    office_id text,
    active text,
    created text,
    modified text,
    constraint pk_admin_central__consultants primary key (legacy_id)
);
comment on table v2.admin_central__consultants is 'Raw staging of v2 admin_central.consultants: every column as the text the extract holds (\N as null), one row per data line of the current load.';
comment on column v2.admin_central__consultants.load_id is 'v2.loads row that staged the line.';
comment on column v2.admin_central__consultants.line_no is 'Line number in the file (the header is line 1).';
comment on column v2.admin_central__consultants.legacy_id is 'The v2 INT primary key (id), parsed: batches walk the table in this order.';
comment on column v2.admin_central__consultants.row_hash is 'SHA-256 of the line''s field values as staged: the source checksum kept in public.id_mappings to detect changes in v2.';
comment on column v2.admin_central__consultants.encoding_issues is 'column:problem for fields that were not clean UTF-8 (invalid_utf8 decoded as cp1252, double_encoded repaired).';
create index ix_admin_central__consultants__load_id on v2.admin_central__consultants (load_id);
create table v2.admin_central__payroll_staffs (
    load_id bigint not null constraint fk_admin_central__payroll_staffs__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    email text,
    first_name text,
    surname text,
    office_id text,
    active text,
    created text,
    modified text,
    constraint pk_admin_central__payroll_staffs primary key (legacy_id)
);
comment on table v2.admin_central__payroll_staffs is 'Raw staging of v2 admin_central.payroll_staffs: every column as the text the extract holds (\N as null), one row per data line of the current load.';
comment on column v2.admin_central__payroll_staffs.load_id is 'v2.loads row that staged the line.';
comment on column v2.admin_central__payroll_staffs.line_no is 'Line number in the file (the header is line 1).';
comment on column v2.admin_central__payroll_staffs.legacy_id is 'The v2 INT primary key (id), parsed: batches walk the table in this order.';
comment on column v2.admin_central__payroll_staffs.row_hash is 'SHA-256 of the line''s field values as staged: the source checksum kept in public.id_mappings to detect changes in v2.';
comment on column v2.admin_central__payroll_staffs.encoding_issues is 'column:problem for fields that were not clean UTF-8 (invalid_utf8 decoded as cp1252, double_encoded repaired).';
create index ix_admin_central__payroll_staffs__load_id on v2.admin_central__payroll_staffs (load_id);
create table v2.admin_central__candidates (
    load_id bigint not null constraint fk_admin_central__candidates__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    office_id text,
    first_name text,
    surname text,
    dob text,
    gender text,
    email text,
    mobile text,
    address1 text,
    address2 text,
    suburb text,
    state text,
    postcode text,
    status text,
    employment_type text,
    start_date text,
    termination_date text,
    created text,
    modified text,
    last_login text,
    constraint pk_admin_central__candidates primary key (legacy_id)
);
comment on table v2.admin_central__candidates is 'Raw staging of v2 admin_central.candidates: every column as the text the extract holds (\N as null), one row per data line of the current load.';
comment on column v2.admin_central__candidates.load_id is 'v2.loads row that staged the line.';
comment on column v2.admin_central__candidates.line_no is 'Line number in the file (the header is line 1).';
comment on column v2.admin_central__candidates.legacy_id is 'The v2 INT primary key (id), parsed: batches walk the table in this order.';
comment on column v2.admin_central__candidates.row_hash is 'SHA-256 of the line''s field values as staged: the source checksum kept in public.id_mappings to detect changes in v2.';
comment on column v2.admin_central__candidates.encoding_issues is 'column:problem for fields that were not clean UTF-8 (invalid_utf8 decoded as cp1252, double_encoded repaired).';
create index ix_admin_central__candidates__load_id on v2.admin_central__candidates (load_id);
create table v2.admin_central__candidates_additional (
    load_id bigint not null constraint fk_admin_central__candidates_additional__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    candidate_id text,
    field_name text,
    field_value text,
    constraint pk_admin_central__candidates_additional primary key (legacy_id)
);
comment on table v2.admin_central__candidates_additional is 'Raw staging of v2 admin_central.candidates_additional: every column as the text the extract holds (\N as null), one row per data line of the current load.';
comment on column v2.admin_central__candidates_additional.load_id is 'v2.loads row that staged the line.';
comment on column v2.admin_central__candidates_additional.line_no is 'Line number in the file (the header is line 1).';
comment on column v2.admin_central__candidates_additional.legacy_id is 'The v2 INT primary key (id), parsed: batches walk the table in this order.';
comment on column v2.admin_central__candidates_additional.row_hash is 'SHA-256 of the line''s field values as staged: the source checksum kept in public.id_mappings to detect changes in v2.';
comment on column v2.admin_central__candidates_additional.encoding_issues is 'column:problem for fields that were not clean UTF-8 (invalid_utf8 decoded as cp1252, double_encoded repaired).';
create index ix_admin_central__candidates_additional__load_id on v2.admin_central__candidates_additional (load_id);
create table v2.admin_central__candidates_qualification (
    load_id bigint not null constraint fk_admin_central__candidates_qualification__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    candidate_id text,
    qualification text,
    licence_no text,
    state text,
    issue_date text,
    expiry_date text,
    modified text,
    constraint pk_admin_central__candidates_qualification primary key (legacy_id)
);
comment on table v2.admin_central__candidates_qualification is 'Raw staging of v2 admin_central.candidates_qualification: every column as the text the extract holds (\N as null), one row per data line of the current load.';
comment on column v2.admin_central__candidates_qualification.load_id is 'v2.loads row that staged the line.';
comment on column v2.admin_central__candidates_qualification.line_no is 'Line number in the file (the header is line 1).';
comment on column v2.admin_central__candidates_qualification.legacy_id is 'The v2 INT primary key (id), parsed: batches walk the table in this order.';
comment on column v2.admin_central__candidates_qualification.row_hash is 'SHA-256 of the line''s field values as staged: the source checksum kept in public.id_mappings to detect changes in v2.';
comment on column v2.admin_central__candidates_qualification.encoding_issues is 'column:problem for fields that were not clean UTF-8 (invalid_utf8 decoded as cp1252, double_encoded repaired).';
create index ix_admin_central__candidates_qualification__load_id on v2.admin_central__candidates_qualification (load_id);
create table v2.admin_central__clients (
    load_id bigint not null constraint fk_admin_central__clients__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    office_id text,
    company_name text,
    trading_name text,
    abn text,
    status text,
    email text,
    created text,
    modified text,
    constraint pk_admin_central__clients primary key (legacy_id)
);
comment on table v2.admin_central__clients is 'Raw staging of v2 admin_central.clients: every column as the text the extract holds (\N as null), one row per data line of the current load.';
comment on column v2.admin_central__clients.load_id is 'v2.loads row that staged the line.';
comment on column v2.admin_central__clients.line_no is 'Line number in the file (the header is line 1).';
comment on column v2.admin_central__clients.legacy_id is 'The v2 INT primary key (id), parsed: batches walk the table in this order.';
comment on column v2.admin_central__clients.row_hash is 'SHA-256 of the line''s field values as staged: the source checksum kept in public.id_mappings to detect changes in v2.';
comment on column v2.admin_central__clients.encoding_issues is 'column:problem for fields that were not clean UTF-8 (invalid_utf8 decoded as cp1252, double_encoded repaired).';
create index ix_admin_central__clients__load_id on v2.admin_central__clients (load_id);
create table v2.admin_central__site (
    load_id bigint not null constraint fk_admin_central__site__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    client_id text,
    name text,
    address1 text,
    suburb text,
    state text,
    postcode text,
    created text,
    modified text,
    constraint pk_admin_central__site primary key (legacy_id)
);
comment on table v2.admin_central__site is 'Raw staging of v2 admin_central.site: every column as the text the extract holds (\N as null), one row per data line of the current load.';
comment on column v2.admin_central__site.load_id is 'v2.loads row that staged the line.';
comment on column v2.admin_central__site.line_no is 'Line number in the file (the header is line 1).';
comment on column v2.admin_central__site.legacy_id is 'The v2 INT primary key (id), parsed: batches walk the table in this order.';
comment on column v2.admin_central__site.row_hash is 'SHA-256 of the line''s field values as staged: the source checksum kept in public.id_mappings to detect changes in v2.';
comment on column v2.admin_central__site.encoding_issues is 'column:problem for fields that were not clean UTF-8 (invalid_utf8 decoded as cp1252, double_encoded repaired).';
create index ix_admin_central__site__load_id on v2.admin_central__site (load_id);
create table v2.admin_central__joborders (
    load_id bigint not null constraint fk_admin_central__joborders__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    client_id text,
    site_id text,
    position text,
    shift_date text,
    start_time text,
    end_time text,
    break_minutes text,
    status text,
    pay_rate text,
    charge_rate text,
    created text,
    modified text,
    constraint pk_admin_central__joborders primary key (legacy_id)
);
comment on table v2.admin_central__joborders is 'Raw staging of v2 admin_central.joborders: every column as the text the extract holds (\N as null), one row per data line of the current load.';
comment on column v2.admin_central__joborders.load_id is 'v2.loads row that staged the line.';
comment on column v2.admin_central__joborders.line_no is 'Line number in the file (the header is line 1).';
comment on column v2.admin_central__joborders.legacy_id is 'The v2 INT primary key (id), parsed: batches walk the table in this order.';
comment on column v2.admin_central__joborders.row_hash is 'SHA-256 of the line''s field values as staged: the source checksum kept in public.id_mappings to detect changes in v2.';
comment on column v2.admin_central__joborders.encoding_issues is 'column:problem for fields that were not clean UTF-8 (invalid_utf8 decoded as cp1252, double_encoded repaired).';
create index ix_admin_central__joborders__load_id on v2.admin_central__joborders (load_id);
create table v2.admin_central__timesheets (
    load_id bigint not null constraint fk_admin_central__timesheets__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    candidate_id text,
    client_id text,
    site_id text,
    week_ending text,
    hours text,
    status text,
    created text,
    modified text,
    constraint pk_admin_central__timesheets primary key (legacy_id)
);
comment on table v2.admin_central__timesheets is 'Raw staging of v2 admin_central.timesheets: every column as the text the extract holds (\N as null), one row per data line of the current load.';
comment on column v2.admin_central__timesheets.load_id is 'v2.loads row that staged the line.';
comment on column v2.admin_central__timesheets.line_no is 'Line number in the file (the header is line 1).';
comment on column v2.admin_central__timesheets.legacy_id is 'The v2 INT primary key (id), parsed: batches walk the table in this order.';
comment on column v2.admin_central__timesheets.row_hash is 'SHA-256 of the line''s field values as staged: the source checksum kept in public.id_mappings to detect changes in v2.';
comment on column v2.admin_central__timesheets.encoding_issues is 'column:problem for fields that were not clean UTF-8 (invalid_utf8 decoded as cp1252, double_encoded repaired).';
create index ix_admin_central__timesheets__load_id on v2.admin_central__timesheets (load_id);
create table v2.admin_central__message_log (
    load_id bigint not null constraint fk_admin_central__message_log__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    candidate_id text,
    channel text,
    recipient text,
    subject text,
    body text,
    status text,
    sent text,
    constraint pk_admin_central__message_log primary key (legacy_id)
);
comment on table v2.admin_central__message_log is 'Raw staging of v2 admin_central.message_log: every column as the text the extract holds (\N as null), one row per data line of the current load.';
comment on column v2.admin_central__message_log.load_id is 'v2.loads row that staged the line.';
comment on column v2.admin_central__message_log.line_no is 'Line number in the file (the header is line 1).';
comment on column v2.admin_central__message_log.legacy_id is 'The v2 INT primary key (id), parsed: batches walk the table in this order.';
comment on column v2.admin_central__message_log.row_hash is 'SHA-256 of the line''s field values as staged: the source checksum kept in public.id_mappings to detect changes in v2.';
comment on column v2.admin_central__message_log.encoding_issues is 'column:problem for fields that were not clean UTF-8 (invalid_utf8 decoded as cp1252, double_encoded repaired).';
create index ix_admin_central__message_log__load_id on v2.admin_central__message_log (load_id);
create table v2.admin_central__pay_levels (
    load_id bigint not null constraint fk_admin_central__pay_levels__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    code text,
    name text,
    base_rate text,
    casual_loading text,
    effective_from text,
    effective_to text,
    modified text,
    constraint pk_admin_central__pay_levels primary key (legacy_id)
);
comment on table v2.admin_central__pay_levels is 'Raw staging of v2 admin_central.pay_levels: every column as the text the extract holds (\N as null), one row per data line of the current load.';
comment on column v2.admin_central__pay_levels.load_id is 'v2.loads row that staged the line.';
comment on column v2.admin_central__pay_levels.line_no is 'Line number in the file (the header is line 1).';
comment on column v2.admin_central__pay_levels.legacy_id is 'The v2 INT primary key (id), parsed: batches walk the table in this order.';
comment on column v2.admin_central__pay_levels.row_hash is 'SHA-256 of the line''s field values as staged: the source checksum kept in public.id_mappings to detect changes in v2.';
comment on column v2.admin_central__pay_levels.encoding_issues is 'column:problem for fields that were not clean UTF-8 (invalid_utf8 decoded as cp1252, double_encoded repaired).';
create index ix_admin_central__pay_levels__load_id on v2.admin_central__pay_levels (load_id);
create table v2.actatek__terminals (
    load_id bigint not null constraint fk_actatek__terminals__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    site_id text,
    serial_no text,
    description text,
    created text,
    constraint pk_actatek__terminals primary key (legacy_id)
);
comment on table v2.actatek__terminals is 'Raw staging of v2 actatek.terminals: every column as the text the extract holds (\N as null), one row per data line of the current load.';
comment on column v2.actatek__terminals.load_id is 'v2.loads row that staged the line.';
comment on column v2.actatek__terminals.line_no is 'Line number in the file (the header is line 1).';
comment on column v2.actatek__terminals.legacy_id is 'The v2 INT primary key (id), parsed: batches walk the table in this order.';
comment on column v2.actatek__terminals.row_hash is 'SHA-256 of the line''s field values as staged: the source checksum kept in public.id_mappings to detect changes in v2.';
comment on column v2.actatek__terminals.encoding_issues is 'column:problem for fields that were not clean UTF-8 (invalid_utf8 decoded as cp1252, double_encoded repaired).';
create index ix_actatek__terminals__load_id on v2.actatek__terminals (load_id);
create table v2.actatek__punches (
    load_id bigint not null constraint fk_actatek__punches__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    terminal_id text,
    candidate_id text,
    punch_time text,
    direction text,
    verify text,
    constraint pk_actatek__punches primary key (legacy_id)
);
comment on table v2.actatek__punches is 'Raw staging of v2 actatek.punches: every column as the text the extract holds (\N as null), one row per data line of the current load.';
comment on column v2.actatek__punches.load_id is 'v2.loads row that staged the line.';
comment on column v2.actatek__punches.line_no is 'Line number in the file (the header is line 1).';
comment on column v2.actatek__punches.legacy_id is 'The v2 INT primary key (id), parsed: batches walk the table in this order.';
comment on column v2.actatek__punches.row_hash is 'SHA-256 of the line''s field values as staged: the source checksum kept in public.id_mappings to detect changes in v2.';
comment on column v2.actatek__punches.encoding_issues is 'column:problem for fields that were not clean UTF-8 (invalid_utf8 decoded as cp1252, double_encoded repaired).';
create index ix_actatek__punches__load_id on v2.actatek__punches (load_id);
create table v2.review_items (
    id bigint generated always as identity constraint pk_review_items primary key,
    check_name text not null constraint ck_review_items__check_name check (check_name in
        ('orphaned_employee', 'duplicate_employee', 'invalid_status', 'missing_required', 'orphaned_timesheet', 'stale_record', 'encoding', 'dst_repeated_hour', 'dst_skipped_hour')),
    source_table text not null,
    legacy_id bigint not null,
    related_legacy_id bigint,
    detail text not null,
    action text not null,
    found_at timestamptz not null default now(),
    decision text constraint ck_review_items__decision check (decision in ('merge', 'keep_apart', 'assign_office', 'supply_name', 'terminate', 'clear_termination_date', 'skip', 'accept')),
    decision_value text,
    decided_by text,
    decided_at timestamptz,
    constraint uq_review_items__finding unique (check_name, source_table, legacy_id),
    constraint ck_review_items__decided check ((decision is null) = (decided_at is null)),
    constraint ck_review_items__merge_has_partner check (decision is distinct from 'merge' or related_legacy_id is not null),
    constraint ck_review_items__value_given check (decision not in ('assign_office', 'supply_name') or decision_value is not null)
);
comment on table v2.review_items is 'Review queue: what v2 audit (and the clock import, for DST edge punches) flagged, with the action the seed prescribes and the reviewer''s decision, which the import honours. Audit re-runs keep existing rows and their decisions.';
comment on column v2.review_items.check_name is 'Audit check that found it (seven checks of the seed), or dst_repeated_hour / dst_skipped_hour from the timekeep import.';
comment on column v2.review_items.legacy_id is 'v2 id of the flagged row in source_table.';
comment on column v2.review_items.related_legacy_id is 'Other row involved: the duplicate a row may be merged with, or the missing parent id.';
comment on column v2.review_items.action is 'What the seed prescribes and what the import does without a decision.';
comment on column v2.review_items.decision is 'Reviewer decision: merge (into related_legacy_id, the lower id survives), keep_apart, assign_office (decision_value = v2 office id), supply_name (decision_value = First|Last), terminate or clear_termination_date, skip, accept.';
comment on column v2.review_items.decision_value is 'Argument of the decision (office id, name).';
comment on column v2.review_items.decided_by is 'Reviewer named in the decisions file.';
create index ix_review_items__source_table_legacy_id on v2.review_items (source_table, legacy_id);
create table v2.import_runs (
    id bigint generated always as identity constraint pk_import_runs primary key,
    org_id uuid not null constraint fk_import_runs__org_id references public.organisations (id),
    phase text not null constraint ck_import_runs__phase check (phase in ('foundation', 'people', 'clients', 'roster', 'timekeep', 'messaging', 'payroll')),
    tier text not null constraint ck_import_runs__tier check (tier in ('all', 'hot', 'warm', 'cold')),
    as_of date not null,
    batch_size integer not null constraint ck_import_runs__batch_size check (batch_size between 1 and 1000000),
    status text not null default 'running' constraint ck_import_runs__status check (status in ('running', 'failed', 'completed')),
    started_at timestamptz not null default now(),
    finished_at timestamptz,
    error text,
    constraint ck_import_runs__finished check ((status = 'running') = (finished_at is null))
);
comment on table v2.import_runs is 'One v2 import of a phase and tier. A failed or interrupted run is resumed by the next import of the same phase and tier from its last committed batch.';
comment on column v2.import_runs.tier is 'all, or hot (business date in the last 6 months of as_of), warm (6 to 24 months), cold (older).';
comment on column v2.import_runs.as_of is 'Date the tiers are measured from.';
comment on column v2.import_runs.error is 'First line of the error that stopped a failed run.';
create index ix_import_runs__org_id on v2.import_runs (org_id);
create index ix_import_runs__phase_tier on v2.import_runs (phase, tier, id);

create table v2.import_batches (
    id bigint generated always as identity constraint pk_import_batches primary key,
    run_id bigint not null constraint fk_import_batches__run_id references v2.import_runs (id),
    source_table text not null,
    batch_no integer not null constraint ck_import_batches__batch_no check (batch_no >= 1),
    first_legacy_id bigint not null,
    last_legacy_id bigint not null,
    read_rows integer not null,
    inserted integer not null,
    updated integer not null,
    unchanged integer not null,
    merged integer not null,
    quarantined integer not null,
    skipped jsonb not null default '{}'::jsonb,
    committed_at timestamptz not null default now(),
    constraint uq_import_batches__run_id_source_table_batch_no unique (run_id, source_table, batch_no),
    constraint ck_import_batches__counts check (inserted >= 0 and updated >= 0 and unchanged >= 0 and merged >= 0 and quarantined >= 0),
    constraint ck_import_batches__range check (last_legacy_id >= first_legacy_id),
    constraint ck_import_batches__skipped_is_object check (jsonb_typeof(skipped) = 'object')
);
comment on table v2.import_batches is 'Import journal: one row per committed batch, written in the batch''s own transaction, so a resumed run starts after last_legacy_id and reconciliation adds up the outcomes.';
comment on column v2.import_batches.source_table is 'database.table of the extract the batch read.';
comment on column v2.import_batches.first_legacy_id is 'Lowest v2 id in the batch (batches walk the table in id order).';
comment on column v2.import_batches.last_legacy_id is 'Highest v2 id in the batch: the resume cursor.';
comment on column v2.import_batches.read_rows is 'Staged rows read; equals inserted + updated + unchanged + merged + quarantined + the skipped counts.';
comment on column v2.import_batches.merged is 'Rows that became an existing Finnest row: users with the same email, candidates a reviewer merged.';
comment on column v2.import_batches.skipped is 'Rows skipped, counted by reason, e.g. {"outside tier hot": 120}.';

create table v2.quarantine (
    id bigint generated always as identity constraint pk_quarantine primary key,
    source_table text not null,
    legacy_id bigint not null,
    reason text not null,
    raw_row jsonb not null,
    run_id bigint not null constraint fk_quarantine__run_id references v2.import_runs (id),
    quarantined_at timestamptz not null default now(),
    released_at timestamptz,
    constraint uq_quarantine__source_table_legacy_id unique (source_table, legacy_id)
);
comment on table v2.quarantine is 'v2 rows the import could not bring over (parent not resolvable, required value missing without a decision, a constraint refused the row), with the reason and the staged row. A later import that succeeds stamps released_at.';
comment on column v2.quarantine.reason is 'Why, in words: names the missing parent or the refusing constraint.';
comment on column v2.quarantine.raw_row is 'The staged row as it was, all columns as text.';
comment on column v2.quarantine.released_at is 'When a later run imported the row; null while still held.';
create index ix_quarantine__run_id on v2.quarantine (run_id);
create function v2.to_date(value text) returns date language sql immutable as $$
    select case when value ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' and value not like '0000-%' and value not like '%-00-%' and value not like '%-00' then value::date end
$$;
comment on function v2.to_date(text) is 'A MySQL date as text to date; null for \N, blanks and zero dates (0000-00-00).';
create function v2.to_timestamp(value text) returns timestamp language sql immutable as $$
    select case when value ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$' and value not like '0000-%' then value::timestamp end
$$;
comment on function v2.to_timestamp(text) is 'A MySQL datetime (local wall time, no zone) to timestamp; null for blanks and zero dates.';
create function v2.to_int(value text) returns integer language sql immutable as $$
    select case when value ~ '^-?[0-9]{1,9}$' then value::integer end
$$;
comment on function v2.to_int(text) is 'A MySQL int to integer; null for blanks or non-numbers.';
create function v2.to_numeric(value text) returns numeric language sql immutable as $$
    select case when value ~ '^-?[0-9]{1,12}(\.[0-9]+)?$' then value::numeric end
$$;
comment on function v2.to_numeric(text) is 'A MySQL decimal to numeric; null for blanks or non-numbers.';
create function v2.clean(value text) returns text language sql immutable as $$
    select nullif(btrim(value), '')
$$;
comment on function v2.clean(text) is 'Trimmed text, null when empty.';
create function v2.state_timezone(state text) returns text language sql immutable as $$
    select case upper(btrim(state))
        when 'NSW' then 'Australia/Sydney' when 'ACT' then 'Australia/Sydney' when 'VIC' then 'Australia/Melbourne'
        when 'TAS' then 'Australia/Hobart' when 'SA' then 'Australia/Adelaide' when 'QLD' then 'Australia/Brisbane'
        when 'NT' then 'Australia/Darwin' when 'WA' then 'Australia/Perth' end
$$;
comment on function v2.state_timezone(text) is 'IANA time zone of an Australian state or territory (v2 stores only the state of a site); null when the state is unknown.';
create index ix_admin_central__candidates_additional__candidate_id on v2.admin_central__candidates_additional (candidate_id);
