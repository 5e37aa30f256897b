create table v2.admin_atslive__talent (
    load_id bigint not null constraint fk_admin_atslive__talent__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    first_name text,
    surname text,
    email text,
    mobile text,
    dob text,
    suburb text,
    state text,
    postcode text,
    source text,
    status text,
    work_rights text,
    visa_subclass text,
    owner_id text,
    central_candidate_id text,
    privacy_consent text,
    created text,
    modified text,
    constraint pk_admin_atslive__talent primary key (legacy_id)
);
create index ix_admin_atslive__talent__load_id on v2.admin_atslive__talent (load_id);
comment on table v2.admin_atslive__talent is 'Raw staging of v2 admin_atslive.talent (docs/v2/extract-contract.md): each contract column as the text of the extract, \N as null; one row per data line of the current load.';
comment on column v2.admin_atslive__talent.load_id is 'The v2.loads row (file load) that staged this line.';
comment on column v2.admin_atslive__talent.line_no is 'Line of the file the row came from; the header is line 1.';
comment on column v2.admin_atslive__talent.legacy_id is 'The v2 INT key (id) parsed to a number; the import walks the table in this order.';
comment on column v2.admin_atslive__talent.row_hash is 'SHA-256 of the staged field values, kept as source_checksum in public.id_mappings to tell a changed v2 row from an unchanged one.';
comment on column v2.admin_atslive__talent.encoding_issues is 'column:problem for each field that was not clean UTF-8 (invalid_utf8 read as cp1252, double_encoded repaired).';
create table v2.admin_atslive__applicants (
    load_id bigint not null constraint fk_admin_atslive__applicants__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    first_name text,
    surname text,
    email text,
    phone text,
    postcode text,
    position text,
    source text,
    applied text,
    status text,
    talent_id text,
    created text,
    modified text,
    constraint pk_admin_atslive__applicants primary key (legacy_id)
);
create index ix_admin_atslive__applicants__load_id on v2.admin_atslive__applicants (load_id);
comment on table v2.admin_atslive__applicants is 'Raw staging of v2 admin_atslive.applicants (docs/v2/extract-contract.md): each contract column as the text of the extract, \N as null; one row per data line of the current load.';
comment on column v2.admin_atslive__applicants.load_id is 'The v2.loads row (file load) that staged this line.';
comment on column v2.admin_atslive__applicants.line_no is 'Line of the file the row came from; the header is line 1.';
comment on column v2.admin_atslive__applicants.legacy_id is 'The v2 INT key (id) parsed to a number; the import walks the table in this order.';
comment on column v2.admin_atslive__applicants.row_hash is 'SHA-256 of the staged field values, kept as source_checksum in public.id_mappings to tell a changed v2 row from an unchanged one.';
comment on column v2.admin_atslive__applicants.encoding_issues is 'column:problem for each field that was not clean UTF-8 (invalid_utf8 read as cp1252, double_encoded repaired).';
create table v2.admin_central__candidates_referencecheck (
    load_id bigint not null constraint fk_admin_central__candidates_referencecheck__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    candidate_id text,
    referee_name text,
    referee_position text,
    referee_company text,
    referee_phone text,
    referee_email text,
    relationship text,
    worked_from text,
    worked_to text,
    method text,
    status text,
    checked_by text,
    checked_date text,
    rehire text,
    rating text,
    comments text,
    created text,
    modified text,
    constraint pk_admin_central__candidates_referencecheck primary key (legacy_id)
);
create index ix_admin_central__candidates_referencecheck__load_id on v2.admin_central__candidates_referencecheck (load_id);
comment on table v2.admin_central__candidates_referencecheck is 'Raw staging of v2 admin_central.candidates_referencecheck (docs/v2/extract-contract.md): each contract column as the text of the extract, \N as null; one row per data line of the current load.';
comment on column v2.admin_central__candidates_referencecheck.load_id is 'The v2.loads row (file load) that staged this line.';
comment on column v2.admin_central__candidates_referencecheck.line_no is 'Line of the file the row came from; the header is line 1.';
comment on column v2.admin_central__candidates_referencecheck.legacy_id is 'The v2 INT key (id) parsed to a number; the import walks the table in this order.';
comment on column v2.admin_central__candidates_referencecheck.row_hash is 'SHA-256 of the staged field values, kept as source_checksum in public.id_mappings to tell a changed v2 row from an unchanged one.';
comment on column v2.admin_central__candidates_referencecheck.encoding_issues is 'column:problem for each field that was not clean UTF-8 (invalid_utf8 read as cp1252, double_encoded repaired).';
create index ix_admin_atslive__talent__central_candidate_id on v2.admin_atslive__talent (central_candidate_id);
