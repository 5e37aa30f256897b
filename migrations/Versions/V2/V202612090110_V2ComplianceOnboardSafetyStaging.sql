create table v2.admin_central__candidate_compliance (
    load_id bigint not null constraint fk_admin_central__candidate_compliance__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    candidate_id text,
    qualification_id text,
    status text,
    checked_by text,
    checked_date text,
    notes text,
    modified text,
    constraint pk_admin_central__candidate_compliance primary key (legacy_id)
);
create index ix_admin_central__candidate_compliance__load_id on v2.admin_central__candidate_compliance (load_id);
comment on table v2.admin_central__candidate_compliance is 'Raw staging of v2 admin_central.candidate_compliance (docs/v2/extract-contract.md): each contract column as the text of the extract, \N as null; one row per data line of the current load.';
comment on column v2.admin_central__candidate_compliance.load_id is 'The v2.loads row (file load) that staged this line.';
comment on column v2.admin_central__candidate_compliance.line_no is 'Line of the file the row came from; the header is line 1.';
comment on column v2.admin_central__candidate_compliance.legacy_id is 'The v2 INT key (id) parsed to a number; the import walks the table in this order.';
comment on column v2.admin_central__candidate_compliance.row_hash is 'SHA-256 of the staged field values, kept as source_checksum in public.id_mappings to tell a changed v2 row from an unchanged one.';
comment on column v2.admin_central__candidate_compliance.encoding_issues is 'column:problem for each field that was not clean UTF-8 (invalid_utf8 read as cp1252, double_encoded repaired).';
create table v2.admin_central__functional_assessment (
    load_id bigint not null constraint fk_admin_central__functional_assessment__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    candidate_id text,
    assessment_type text,
    position text,
    assessment_date text,
    provider text,
    assessor text,
    discipline text,
    result text,
    lift_kg text,
    findings text,
    restrictions text,
    valid_until text,
    created text,
    modified text,
    constraint pk_admin_central__functional_assessment primary key (legacy_id)
);
create index ix_admin_central__functional_assessment__load_id on v2.admin_central__functional_assessment (load_id);
comment on table v2.admin_central__functional_assessment is 'Raw staging of v2 admin_central.functional_assessment (docs/v2/extract-contract.md): each contract column as the text of the extract, \N as null; one row per data line of the current load.';
comment on column v2.admin_central__functional_assessment.load_id is 'The v2.loads row (file load) that staged this line.';
comment on column v2.admin_central__functional_assessment.line_no is 'Line of the file the row came from; the header is line 1.';
comment on column v2.admin_central__functional_assessment.legacy_id is 'The v2 INT key (id) parsed to a number; the import walks the table in this order.';
comment on column v2.admin_central__functional_assessment.row_hash is 'SHA-256 of the staged field values, kept as source_checksum in public.id_mappings to tell a changed v2 row from an unchanged one.';
comment on column v2.admin_central__functional_assessment.encoding_issues is 'column:problem for each field that was not clean UTF-8 (invalid_utf8 read as cp1252, double_encoded repaired).';
create table v2.admin_central__onboarding_profile (
    load_id bigint not null constraint fk_admin_central__onboarding_profile__load_id references v2.loads (id),
    line_no integer not null,
    legacy_id bigint not null,
    row_hash text not null,
    encoding_issues text[] not null default '{}'::text[],
    id text,
    candidate_id text,
    employment_type text,
    client_id text,
    site_id text,
    expected_start text,
    status text,
    invited text,
    completed_pct text,
    consultant_id text,
    approved_by text,
    approved_date text,
    created text,
    modified text,
    constraint pk_admin_central__onboarding_profile primary key (legacy_id)
);
create index ix_admin_central__onboarding_profile__load_id on v2.admin_central__onboarding_profile (load_id);
comment on table v2.admin_central__onboarding_profile is 'Raw staging of v2 admin_central.onboarding_profile (docs/v2/extract-contract.md): each contract column as the text of the extract, \N as null; one row per data line of the current load.';
comment on column v2.admin_central__onboarding_profile.load_id is 'The v2.loads row (file load) that staged this line.';
comment on column v2.admin_central__onboarding_profile.line_no is 'Line of the file the row came from; the header is line 1.';
comment on column v2.admin_central__onboarding_profile.legacy_id is 'The v2 INT key (id) parsed to a number; the import walks the table in this order.';
comment on column v2.admin_central__onboarding_profile.row_hash is 'SHA-256 of the staged field values, kept as source_checksum in public.id_mappings to tell a changed v2 row from an unchanged one.';
comment on column v2.admin_central__onboarding_profile.encoding_issues is 'column:problem for each field that was not clean UTF-8 (invalid_utf8 read as cp1252, double_encoded repaired).';
