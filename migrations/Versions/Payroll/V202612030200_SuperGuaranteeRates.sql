create table payroll.super_guarantee_rates (
    id uuid not null default gen_random_uuid(),
    financial_year char(7) not null,
    rate numeric(6,4) not null,
    effective_from date not null,
    effective_to date,
    source text not null,
    verified_against_source boolean not null default false,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_super_guarantee_rates primary key (id),
    constraint ck_super_guarantee_rates__financial_year_format check (financial_year ~ '^[0-9]{4}-[0-9]{2}$'),
    constraint ck_super_guarantee_rates__rate_range check (rate between 0 and 0.2),
    constraint ck_super_guarantee_rates__effective_to_after_effective_from check (effective_to >= effective_from),
    constraint ck_super_guarantee_rates__financial_year_consecutive check (case when financial_year ~ '^[0-9]{4}-[0-9]{2}$' then substr(financial_year, 6, 2)::int = (substr(financial_year, 1, 4)::int + 1) % 100 else true end),
    constraint ck_super_guarantee_rates__effective_from_starts_financial_year check (case when financial_year ~ '^[0-9]{4}-[0-9]{2}$' then effective_from = make_date(substr(financial_year, 1, 4)::int, 7, 1) else true end),
    constraint ex_super_guarantee_rates__no_overlap exclude using gist (daterange(effective_from, effective_to, '[]') with &&) where (deleted_at is null)
);
insert into finnest.registered_tables (table_name, kind, registered_by) values
    ('payroll.super_guarantee_rates', 'reference', 202612030200);
create unique index uq_super_guarantee_rates__financial_year on payroll.super_guarantee_rates (financial_year) where deleted_at is null;
comment on table payroll.super_guarantee_rates is 'The super guarantee percentage of each financial year (Superannuation Guarantee (Administration) Act 1992): the least share of ordinary time earnings an employer must pay into an employee''s fund. The rate applied is the one in force on the day the earnings are paid. Only migrations write it.';
comment on column payroll.super_guarantee_rates.financial_year is 'Financial year, 1 July to 30 June, e.g. 2025-26.';
comment on column payroll.super_guarantee_rates.rate is 'Super guarantee percentage as a fraction: 0.1200 = 12%.';
comment on column payroll.super_guarantee_rates.effective_from is 'First payment date the rate applies to (1 July).';
comment on column payroll.super_guarantee_rates.effective_to is 'Last payment date the rate applies to (30 June); null: this rate and onwards.';
comment on column payroll.super_guarantee_rates.source is 'Document the figure was copied from, with its date.';
comment on column payroll.super_guarantee_rates.verified_against_source is 'True once the figure was compared with the source document named in source.';
comment on column payroll.super_guarantee_rates.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column payroll.super_guarantee_rates.metadata is 'Industry- or tenant-specific extension fields.';
grant select on payroll.super_guarantee_rates to finnest_app;
grant select on payroll.super_guarantee_rates to finnest_readonly;
create trigger set_updated_at before update on payroll.super_guarantee_rates for each row execute function finnest.set_updated_at();
insert into payroll.super_guarantee_rates (financial_year, rate, effective_from, effective_to, source, verified_against_source) values
    ('2014-15', 0.0950, '2014-07-01', '2015-06-30', 'ATO, Key superannuation rates and thresholds, Table 21: Super guarantee percentage (ato.gov.au, page last modified 5 April 2023); stored copy read 2026-11-30', true),
    ('2015-16', 0.0950, '2015-07-01', '2016-06-30', 'ATO, Key superannuation rates and thresholds, Table 21: Super guarantee percentage (ato.gov.au, page last modified 5 April 2023); stored copy read 2026-11-30', true),
    ('2016-17', 0.0950, '2016-07-01', '2017-06-30', 'ATO, Key superannuation rates and thresholds, Table 21: Super guarantee percentage (ato.gov.au, page last modified 5 April 2023); stored copy read 2026-11-30', true),
    ('2017-18', 0.0950, '2017-07-01', '2018-06-30', 'ATO, Key superannuation rates and thresholds, Table 21: Super guarantee percentage (ato.gov.au, page last modified 5 April 2023); stored copy read 2026-11-30', true),
    ('2018-19', 0.0950, '2018-07-01', '2019-06-30', 'ATO, Key superannuation rates and thresholds, Table 21: Super guarantee percentage (ato.gov.au, page last modified 5 April 2023); stored copy read 2026-11-30', true),
    ('2019-20', 0.0950, '2019-07-01', '2020-06-30', 'ATO, Key superannuation rates and thresholds, Table 21: Super guarantee percentage (ato.gov.au, page last modified 5 April 2023); stored copy read 2026-11-30', true),
    ('2020-21', 0.0950, '2020-07-01', '2021-06-30', 'ATO, Key superannuation rates and thresholds, Table 21: Super guarantee percentage (ato.gov.au, page last modified 5 April 2023); stored copy read 2026-11-30', true),
    ('2021-22', 0.1000, '2021-07-01', '2022-06-30', 'ATO, Key superannuation rates and thresholds, Table 21: Super guarantee percentage (ato.gov.au, page last modified 5 April 2023); stored copy read 2026-11-30', true),
    ('2022-23', 0.1050, '2022-07-01', '2023-06-30', 'ATO, Key superannuation rates and thresholds, Table 21: Super guarantee percentage (ato.gov.au, page last modified 5 April 2023); stored copy read 2026-11-30', true),
    ('2023-24', 0.1100, '2023-07-01', '2024-06-30', 'ATO, Key superannuation rates and thresholds, Table 21: Super guarantee percentage (ato.gov.au, page last modified 5 April 2023); stored copy read 2026-11-30', true),
    ('2024-25', 0.1150, '2024-07-01', '2025-06-30', 'ATO, Key superannuation rates and thresholds, Table 21: Super guarantee percentage (ato.gov.au, page last modified 5 April 2023); stored copy read 2026-11-30', true),
    ('2025-26', 0.1200, '2025-07-01', '2026-06-30', 'ATO, Key superannuation rates and thresholds, Table 21: Super guarantee percentage (ato.gov.au, page last modified 5 April 2023); stored copy read 2026-11-30', true),
    ('2026-27', 0.1200, '2026-07-01', '2027-06-30', 'ATO, Key superannuation rates and thresholds, Table 21: Super guarantee percentage (ato.gov.au, page last modified 5 April 2023); stored copy read 2026-11-30', true),
    ('2027-28', 0.1200, '2027-07-01', null, 'ATO, Key superannuation rates and thresholds, Table 21: Super guarantee percentage (ato.gov.au, page last modified 5 April 2023); stored copy read 2026-11-30', true);
create function payroll.super_guarantee_rate(paid_on date) returns numeric
language sql stable set search_path = '' as $$
    select rate from payroll.super_guarantee_rates
    where deleted_at is null and paid_on >= effective_from and (effective_to is null or paid_on <= effective_to)
$$;
comment on function payroll.super_guarantee_rate(date) is 'The super guarantee rate (fraction) for earnings paid on the given day; null before 1 July 2014, the first year held.';
grant execute on function payroll.super_guarantee_rate(date) to finnest_app, finnest_readonly;
comment on column payroll.super_calculations.sg_rate is 'Super guarantee rate applied, fraction: 0.1200 = 12% (from 1 July 2025); normally payroll.super_guarantee_rate(payment date).';
