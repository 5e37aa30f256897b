create table v2.admin_central__roles (
    load_id bigint not null constraint fk_admin_central__roles__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    name text,
    description text,
    permissions text,
    created text,
    modified text,
    constraint pk_admin_central__roles primary key (legacy_id)
);
create index ix_admin_central__roles__load_id on v2.admin_central__roles (load_id);
comment on table v2.admin_central__roles is 'Raw staging of v2 admin_central.roles (docs/v2/extract-contract.md): each contract column as the text of the extract, \N as null; one row per data line of the current load.';
comment on column v2.admin_central__roles.load_id is 'The v2.loads row (file load) that staged this line.';
comment on column v2.admin_central__roles.line_no is 'Line of the file the row came from; the header is line 1.';
comment on column v2.admin_central__roles.legacy_id is 'The v2 INT key (id) parsed to a number; the import walks the table in this order.';
comment on column v2.admin_central__roles.row_hash is 'SHA-256 of the staged field values, kept as source_checksum in public.id_mappings to tell a changed v2 row from an unchanged one.';
comment on column v2.admin_central__roles.encoding_issues is 'column:problem for each field that was not clean UTF-8 (invalid_utf8 read as cp1252, double_encoded repaired).';
create table v2.admin_central__candidates_comments (
    load_id bigint not null constraint fk_admin_central__candidates_comments__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    candidate_id text,
    consultant_id text,
    comment_type text,
    private text,
    comment text,
    follow_up_date text,
    created text,
    modified text,
    constraint pk_admin_central__candidates_comments primary key (legacy_id)
);
create index ix_admin_central__candidates_comments__load_id on v2.admin_central__candidates_comments (load_id);
comment on table v2.admin_central__candidates_comments is 'Raw staging of v2 admin_central.candidates_comments (docs/v2/extract-contract.md): each contract column as the text of the extract, \N as null; one row per data line of the current load.';
comment on column v2.admin_central__candidates_comments.load_id is 'The v2.loads row (file load) that staged this line.';
comment on column v2.admin_central__candidates_comments.line_no is 'Line of the file the row came from; the header is line 1.';
comment on column v2.admin_central__candidates_comments.legacy_id is 'The v2 INT key (id) parsed to a number; the import walks the table in this order.';
comment on column v2.admin_central__candidates_comments.row_hash is 'SHA-256 of the staged field values, kept as source_checksum in public.id_mappings to tell a changed v2 row from an unchanged one.';
comment on column v2.admin_central__candidates_comments.encoding_issues is 'column:problem for each field that was not clean UTF-8 (invalid_utf8 read as cp1252, double_encoded repaired).';
create table v2.admin_central__leave_request (
    load_id bigint not null constraint fk_admin_central__leave_request__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    candidate_id text,
    leave_type text,
    date_from text,
    date_to text,
    hours text,
    status text,
    reason text,
    approved_by text,
    approved_date text,
    created text,
    modified text,
    constraint pk_admin_central__leave_request primary key (legacy_id)
);
create index ix_admin_central__leave_request__load_id on v2.admin_central__leave_request (load_id);
comment on table v2.admin_central__leave_request is 'Raw staging of v2 admin_central.leave_request (docs/v2/extract-contract.md): each contract column as the text of the extract, \N as null; one row per data line of the current load.';
comment on column v2.admin_central__leave_request.load_id is 'The v2.loads row (file load) that staged this line.';
comment on column v2.admin_central__leave_request.line_no is 'Line of the file the row came from; the header is line 1.';
comment on column v2.admin_central__leave_request.legacy_id is 'The v2 INT key (id) parsed to a number; the import walks the table in this order.';
comment on column v2.admin_central__leave_request.row_hash is 'SHA-256 of the staged field values, kept as source_checksum in public.id_mappings to tell a changed v2 row from an unchanged one.';
comment on column v2.admin_central__leave_request.encoding_issues is 'column:problem for each field that was not clean UTF-8 (invalid_utf8 read as cp1252, double_encoded repaired).';
create table v2.admin_central__unavailability (
    load_id bigint not null constraint fk_admin_central__unavailability__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    candidate_id text,
    date_from text,
    date_to text,
    start_time text,
    end_time text,
    reason text,
    recurring text,
    notes text,
    created text,
    modified text,
    constraint pk_admin_central__unavailability primary key (legacy_id)
);
create index ix_admin_central__unavailability__load_id on v2.admin_central__unavailability (load_id);
comment on table v2.admin_central__unavailability is 'Raw staging of v2 admin_central.unavailability (docs/v2/extract-contract.md): each contract column as the text of the extract, \N as null; one row per data line of the current load.';
comment on column v2.admin_central__unavailability.load_id is 'The v2.loads row (file load) that staged this line.';
comment on column v2.admin_central__unavailability.line_no is 'Line of the file the row came from; the header is line 1.';
comment on column v2.admin_central__unavailability.legacy_id is 'The v2 INT key (id) parsed to a number; the import walks the table in this order.';
comment on column v2.admin_central__unavailability.row_hash is 'SHA-256 of the staged field values, kept as source_checksum in public.id_mappings to tell a changed v2 row from an unchanged one.';
comment on column v2.admin_central__unavailability.encoding_issues is 'column:problem for each field that was not clean UTF-8 (invalid_utf8 read as cp1252, double_encoded repaired).';
create table v2.admin_central__client_contacts (
    load_id bigint not null constraint fk_admin_central__client_contacts__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    client_id text,
    site_id text,
    first_name text,
    surname text,
    position text,
    email text,
    phone text,
    mobile text,
    contact_type text,
    is_primary text,
    active text,
    created text,
    modified text,
    constraint pk_admin_central__client_contacts primary key (legacy_id)
);
create index ix_admin_central__client_contacts__load_id on v2.admin_central__client_contacts (load_id);
comment on table v2.admin_central__client_contacts is 'Raw staging of v2 admin_central.client_contacts (docs/v2/extract-contract.md): each contract column as the text of the extract, \N as null; one row per data line of the current load.';
comment on column v2.admin_central__client_contacts.load_id is 'The v2.loads row (file load) that staged this line.';
comment on column v2.admin_central__client_contacts.line_no is 'Line of the file the row came from; the header is line 1.';
comment on column v2.admin_central__client_contacts.legacy_id is 'The v2 INT key (id) parsed to a number; the import walks the table in this order.';
comment on column v2.admin_central__client_contacts.row_hash is 'SHA-256 of the staged field values, kept as source_checksum in public.id_mappings to tell a changed v2 row from an unchanged one.';
comment on column v2.admin_central__client_contacts.encoding_issues is 'column:problem for each field that was not clean UTF-8 (invalid_utf8 read as cp1252, double_encoded repaired).';
create table v2.admin_central__agency (
    load_id bigint not null constraint fk_admin_central__agency__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    name text,
    legal_name text,
    abn text,
    acn text,
    agency_type text,
    licence_no text,
    licence_state text,
    licence_expiry text,
    contact_name text,
    email text,
    phone text,
    markup text,
    payment_terms text,
    status text,
    created text,
    modified text,
    constraint pk_admin_central__agency primary key (legacy_id)
);
create index ix_admin_central__agency__load_id on v2.admin_central__agency (load_id);
comment on table v2.admin_central__agency is 'Raw staging of v2 admin_central.agency (docs/v2/extract-contract.md): each contract column as the text of the extract, \N as null; one row per data line of the current load.';
comment on column v2.admin_central__agency.load_id is 'The v2.loads row (file load) that staged this line.';
comment on column v2.admin_central__agency.line_no is 'Line of the file the row came from; the header is line 1.';
comment on column v2.admin_central__agency.legacy_id is 'The v2 INT key (id) parsed to a number; the import walks the table in this order.';
comment on column v2.admin_central__agency.row_hash is 'SHA-256 of the staged field values, kept as source_checksum in public.id_mappings to tell a changed v2 row from an unchanged one.';
comment on column v2.admin_central__agency.encoding_issues is 'column:problem for each field that was not clean UTF-8 (invalid_utf8 read as cp1252, double_encoded repaired).';
create table v2.admin_central__contract_details (
    load_id bigint not null constraint fk_admin_central__contract_details__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    candidate_id text,
    client_id text,
    contract_type text,
    employment_type text,
    position text,
    start_date text,
    end_date text,
    hours_per_week text,
    pay_rate text,
    rate_unit text,
    notice_weeks text,
    status text,
    signed_date text,
    created text,
    modified text,
    constraint pk_admin_central__contract_details primary key (legacy_id)
);
create index ix_admin_central__contract_details__load_id on v2.admin_central__contract_details (load_id);
comment on table v2.admin_central__contract_details is 'Raw staging of v2 admin_central.contract_details (docs/v2/extract-contract.md): each contract column as the text of the extract, \N as null; one row per data line of the current load.';
comment on column v2.admin_central__contract_details.load_id is 'The v2.loads row (file load) that staged this line.';
comment on column v2.admin_central__contract_details.line_no is 'Line of the file the row came from; the header is line 1.';
comment on column v2.admin_central__contract_details.legacy_id is 'The v2 INT key (id) parsed to a number; the import walks the table in this order.';
comment on column v2.admin_central__contract_details.row_hash is 'SHA-256 of the staged field values, kept as source_checksum in public.id_mappings to tell a changed v2 row from an unchanged one.';
comment on column v2.admin_central__contract_details.encoding_issues is 'column:problem for each field that was not clean UTF-8 (invalid_utf8 read as cp1252, double_encoded repaired).';
create table v2.admin_central__clients_appraisal (
    load_id bigint not null constraint fk_admin_central__clients_appraisal__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    candidate_id text,
    client_id text,
    contact_id text,
    consultant_id text,
    appraisal_date text,
    rating text,
    punctuality text,
    safety text,
    quality text,
    attitude text,
    rehire text,
    comments text,
    created text,
    modified text,
    constraint pk_admin_central__clients_appraisal primary key (legacy_id)
);
create index ix_admin_central__clients_appraisal__load_id on v2.admin_central__clients_appraisal (load_id);
comment on table v2.admin_central__clients_appraisal is 'Raw staging of v2 admin_central.clients_appraisal (docs/v2/extract-contract.md): each contract column as the text of the extract, \N as null; one row per data line of the current load.';
comment on column v2.admin_central__clients_appraisal.load_id is 'The v2.loads row (file load) that staged this line.';
comment on column v2.admin_central__clients_appraisal.line_no is 'Line of the file the row came from; the header is line 1.';
comment on column v2.admin_central__clients_appraisal.legacy_id is 'The v2 INT key (id) parsed to a number; the import walks the table in this order.';
comment on column v2.admin_central__clients_appraisal.row_hash is 'SHA-256 of the staged field values, kept as source_checksum in public.id_mappings to tell a changed v2 row from an unchanged one.';
comment on column v2.admin_central__clients_appraisal.encoding_issues is 'column:problem for each field that was not clean UTF-8 (invalid_utf8 read as cp1252, double_encoded repaired).';
