create table payroll.stp_finalisations (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    financial_year char(7) not null,
    stp_submission_id uuid not null,
    is_closely_held_payee boolean not null default false,
    due_date date generated always as (case when financial_year ~ '^[0-9]{4}-[0-9]{2}$' then make_date(substr(financial_year, 1, 4)::int + 1, case when is_closely_held_payee then 9 else 7 end, case when is_closely_held_payee then 30 else 14 end) end) stored,
    status text not null default 'finalised',
    reversed_by_submission_id uuid,
    reversed_at timestamptz,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_stp_finalisations primary key (id),
    constraint uq_stp_finalisations__org_id_id unique (org_id, id),
    constraint fk_stp_finalisations__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_stp_finalisations__financial_year_format check (financial_year ~ '^[0-9]{4}-[0-9]{2}$'),
    constraint fk_stp_finalisations__stp_submission_id foreign key (org_id, stp_submission_id) references payroll.stp_submissions (org_id, id),
    constraint ck_stp_finalisations__status check (status in ('finalised', 'reversed')),
    constraint fk_stp_finalisations__reversed_by_submission_id foreign key (org_id, reversed_by_submission_id) references payroll.stp_submissions (org_id, id),
    constraint ck_stp_finalisations__reversal_names_event check ((status = 'reversed') = (reversed_by_submission_id is not null) and (reversed_by_submission_id is null) = (reversed_at is null))
);
insert into finnest.registered_tables (table_name, kind, registered_by) values
    ('payroll.stp_finalisations', 'tenant', 202612030130);
insert into finnest.soft_references (table_name, column_name, target_table) values
    ('payroll.stp_finalisations', 'employee_id', 'people.employees');
create unique index uq_stp_finalisations__org_id_employee_id_financial_year on payroll.stp_finalisations (org_id, employee_id, financial_year) where deleted_at is null and status = 'finalised';
create index ix_stp_finalisations__org_id_financial_year_due_date on payroll.stp_finalisations (org_id, financial_year, due_date) where deleted_at is null;
create index ix_stp_finalisations__org_id_employee_id on payroll.stp_finalisations (org_id, employee_id);
create index ix_stp_finalisations__org_id_stp_submission_id on payroll.stp_finalisations (org_id, stp_submission_id);
create index ix_stp_finalisations__org_id_reversed_by_submission_id on payroll.stp_finalisations (org_id, reversed_by_submission_id);
comment on table payroll.stp_finalisations is 'STP Phase 2 finalisation declarations: an employee''s year-to-date amounts for a financial year declared final in a pay or update event, due 14 July after the year (30 September for closely held payees), and reversed by a later update event when they must change. At most one live, unreversed declaration per employee and year.';
comment on column payroll.stp_finalisations.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column payroll.stp_finalisations.employee_id is 'Soft reference to people.employees (no FK: cross-domain). The payee whose year is finalised.';
comment on column payroll.stp_finalisations.financial_year is 'Income year finalised, 1 July to 30 June, e.g. 2025-26.';
comment on column payroll.stp_finalisations.stp_submission_id is 'Pay or update event that declared the finalisation. Rule: an event of the same financial year flagged is_finalisation, and not a full file replacement.';
comment on column payroll.stp_finalisations.is_closely_held_payee is 'A closely held payee (a director, family member or beneficiary of a small employer): finalisation is due 30 September instead of 14 July.';
comment on column payroll.stp_finalisations.due_date is 'When the declaration is due: 14 July after the financial year, or 30 September for a closely held payee. Computed.';
comment on column payroll.stp_finalisations.status is 'finalised: the declaration stands; reversed: a later update event removed it, so the employee''s amounts can be corrected and finalised again.';
comment on column payroll.stp_finalisations.reversed_by_submission_id is 'Update event that reversed the finalisation. Rule: set exactly when status = reversed; an update event of the same financial year, dated on or after the finalising event.';
comment on column payroll.stp_finalisations.reversed_at is 'When the reversal was recorded; set with reversed_by_submission_id.';
comment on column payroll.stp_finalisations.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column payroll.stp_finalisations.metadata is 'Industry- or tenant-specific extension fields.';
alter table payroll.stp_finalisations enable row level security;
alter table payroll.stp_finalisations force row level security;
create policy tenant_isolation on payroll.stp_finalisations for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on payroll.stp_finalisations to finnest_app;
grant select on payroll.stp_finalisations to finnest_readonly;
create trigger set_updated_at before update on payroll.stp_finalisations for each row execute function finnest.set_updated_at();
create trigger audit_insert after insert on payroll.stp_finalisations referencing new table as new_rows for each statement execute function finnest.audit_statement();
create trigger audit_update after update on payroll.stp_finalisations referencing old table as old_rows new table as new_rows for each statement execute function finnest.audit_statement();
create trigger audit_delete after delete on payroll.stp_finalisations referencing old table as old_rows for each statement execute function finnest.audit_statement();
create function payroll.check_stp_finalisation() returns trigger
language plpgsql set search_path = '' as $$
declare
    declared payroll.stp_submissions;
    reversal payroll.stp_submissions;
begin
    select * into declared from payroll.stp_submissions where org_id = new.org_id and id = new.stp_submission_id;
    if found and (not declared.is_finalisation or declared.event_type = 'full_file_replacement' or declared.financial_year <> new.financial_year) then
        raise exception 'STP submission % does not declare finalisations for % (is_finalisation %, event %, year %)',
            declared.id, new.financial_year, declared.is_finalisation, declared.event_type, declared.financial_year
            using errcode = 'check_violation', constraint = 'ck_stp_finalisations__declared_in_finalising_event', table = 'stp_finalisations', schema = 'payroll';
    end if;
    if new.reversed_by_submission_id is not null then
        select * into reversal from payroll.stp_submissions where org_id = new.org_id and id = new.reversed_by_submission_id;
        if found and (reversal.event_type <> 'update' or reversal.financial_year <> new.financial_year or reversal.run_date < declared.run_date) then
            raise exception 'finalisation can only be reversed by a later update event of %; submission % is a % event of % dated %',
                new.financial_year, reversal.id, reversal.event_type, reversal.financial_year, reversal.run_date
                using errcode = 'check_violation', constraint = 'ck_stp_finalisations__reversed_by_later_update_event', table = 'stp_finalisations', schema = 'payroll';
        end if;
    end if;
    return new;
end
$$;
create trigger check_finalisation before insert or update on payroll.stp_finalisations for each row execute function payroll.check_stp_finalisation();
comment on function payroll.check_stp_finalisation() is 'A finalisation is declared in a pay or update event of its year flagged is_finalisation, and reversed only by a later update event of the same year.';
comment on column payroll.stp_submissions.is_finalisation is 'This event carries finalisation declarations (due 14 July; 30 September for closely held payees); which employees, and any later reversal, are in payroll.stp_finalisations.';
