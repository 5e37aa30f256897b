create table benefits.programs (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    code text not null,
    name text not null,
    program_type text not null,
    status text not null default 'draft',
    description text,
    provider_name text,
    provider_abn char(11),
    eligible_employment_types text[] not null default '{full_time,part_time,casual,fixed_term}'::text[],
    min_service_days integer not null default 0,
    starts_on date not null,
    ends_on date,
    fbt_reportable boolean not null default false,
    deducts_from_pay boolean not null default false,
    ewa_limit_fraction numeric(6,4),
    ewa_fee numeric(14,2),
    ewa_max_drawdowns_per_period integer,
    points_value_aud numeric(12,4),
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_programs primary key (id),
    constraint uq_programs__org_id_id unique (org_id, id),
    constraint fk_programs__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_programs__code_format check (code ~ '^[A-Z0-9][A-Z0-9_-]*$'),
    constraint ck_programs__program_type check (program_type in ('perks', 'salary_packaging', 'novated_lease', 'recognition', 'rewards', 'earned_wage_access', 'wellbeing', 'employee_assistance')),
    constraint ck_programs__status check (status in ('draft', 'active', 'paused', 'closed')),
    constraint ck_programs__provider_abn_format check (provider_abn ~ '^[0-9]{11}$'),
    constraint ck_programs__provider_abn_checksum check (finnest.is_valid_abn(provider_abn)),
    constraint ck_programs__eligible_employment_types_values check (eligible_employment_types <@ array['full_time', 'part_time', 'casual', 'fixed_term', 'contractor']::text[]),
    constraint ck_programs__min_service_days_non_negative check (min_service_days >= 0),
    constraint ck_programs__ewa_limit_fraction_range check (ewa_limit_fraction between 0 and 1),
    constraint ck_programs__ewa_fee_non_negative check (ewa_fee >= 0),
    constraint ck_programs__ewa_max_drawdowns_per_period_positive check (ewa_max_drawdowns_per_period > 0),
    constraint ck_programs__points_value_aud_positive check (points_value_aud > 0),
    constraint ck_programs__ends_on_after_starts_on check (ends_on >= starts_on),
    constraint ck_programs__ewa_programs_set_limit check (program_type <> 'earned_wage_access' or (ewa_limit_fraction is not null and deducts_from_pay))
);
create unique index uq_programs__org_id_code on benefits.programs (org_id, code) where deleted_at is null;
create index ix_programs__org_id_program_type_status on benefits.programs (org_id, program_type, status) where deleted_at is null;
comment on table benefits.programs is 'Employee benefit programs an organisation offers: a perks marketplace, salary packaging, novated leases, recognition and rewards, earned wage access, wellbeing or an employee assistance program.';
comment on column benefits.programs.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column benefits.programs.code is 'Short program code shown on payslips and exports, e.g. EWA, PERKS.';
comment on column benefits.programs.provider_name is 'Third party running the program (perks marketplace, packaging administrator, EWA provider); null when run in-house.';
comment on column benefits.programs.provider_abn is 'ABN of the provider: 11 digits, modulus-89 check digits verified.';
comment on column benefits.programs.eligible_employment_types is 'Employment types that may enrol (people.employees.employment_type values).';
comment on column benefits.programs.min_service_days is 'Days of service before an employee may enrol.';
comment on column benefits.programs.fbt_reportable is 'Benefits provided are fringe benefits for FBT (FBT year 1 April to 31 March) and may be reportable on the employee''s income statement.';
comment on column benefits.programs.deducts_from_pay is 'Enrolment leads to deductions from pay (salary sacrifice, EWA recovery), which need the employee''s written authorisation under Fair Work Act s324.';
comment on column benefits.programs.ewa_limit_fraction is 'Earned wage access: share of accrued-but-unpaid net pay an employee may draw, fraction 0.5000 = 50%.';
comment on column benefits.programs.ewa_fee is 'Earned wage access: flat fee per drawdown, AUD.';
comment on column benefits.programs.ewa_max_drawdowns_per_period is 'Earned wage access: most drawdowns allowed in one pay period.';
comment on column benefits.programs.points_value_aud is 'Rewards: AUD value of one point when redeemed, e.g. 0.0100 = 1 cent.';
comment on column benefits.programs.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column benefits.programs.metadata is 'Industry- or tenant-specific extension fields.';
alter table benefits.programs enable row level security;
alter table benefits.programs force row level security;
create policy tenant_isolation on benefits.programs for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on benefits.programs to finnest_app;
grant select on benefits.programs to finnest_readonly;
create trigger set_updated_at before update on benefits.programs for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on benefits.programs for each row execute function finnest.audit_row();
create table benefits.enrollments (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    program_id uuid not null,
    employee_id uuid not null,
    status text not null default 'pending',
    enrolled_on date not null,
    ended_on date,
    end_reason text,
    deduction_per_pay numeric(14,2),
    deduction_authorisation_reference text,
    deduction_authorised_on date,
    deduction_authorisation_withdrawn_on date,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_enrollments primary key (id),
    constraint uq_enrollments__org_id_id unique (org_id, id),
    constraint fk_enrollments__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_enrollments__program_id foreign key (org_id, program_id) references benefits.programs (org_id, id),
    constraint ck_enrollments__status check (status in ('pending', 'active', 'suspended', 'ended', 'declined')),
    constraint ck_enrollments__end_reason check (end_reason in ('employee_opted_out', 'employment_ended', 'program_closed', 'no_longer_eligible', 'provider_terminated')),
    constraint ck_enrollments__deduction_per_pay_non_negative check (deduction_per_pay >= 0),
    constraint ck_enrollments__ended_on_after_enrolled_on check (ended_on >= enrolled_on),
    constraint ck_enrollments__ended_has_date_and_reason check (status <> 'ended' or (ended_on is not null and end_reason is not null)),
    constraint ck_enrollments__deduction_needs_authorisation check (coalesce(deduction_per_pay, 0) = 0 or deduction_authorisation_reference is not null),
    constraint ck_enrollments__authorisation_reference_and_date check ((deduction_authorisation_reference is null) = (deduction_authorised_on is null)),
    constraint ck_enrollments__authorisation_withdrawn_after_given check (deduction_authorisation_withdrawn_on is null or deduction_authorisation_withdrawn_on >= deduction_authorised_on)
);
create unique index uq_enrollments__org_id_program_id_employee_id_open on benefits.enrollments (org_id, program_id, employee_id) where deleted_at is null and status in ('pending', 'active', 'suspended');
create index ix_enrollments__org_id_employee_id_status on benefits.enrollments (org_id, employee_id, status) where deleted_at is null;
create index ix_enrollments__org_id_program_id on benefits.enrollments (org_id, program_id);
create index ix_enrollments__org_id_employee_id on benefits.enrollments (org_id, employee_id);
comment on table benefits.enrollments is 'An employee''s membership of a benefit program, with the written authorisation (Fair Work Act s324) that any deductions from pay require.';
comment on column benefits.enrollments.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column benefits.enrollments.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column benefits.enrollments.deduction_per_pay is 'Salary sacrifice or recovery deducted each pay, AUD.';
comment on column benefits.enrollments.deduction_authorisation_reference is 'Document reference of the employee''s signed written authorisation for deductions from pay (Fair Work Act s324); deductions must principally benefit the employee.';
comment on column benefits.enrollments.deduction_authorised_on is 'Date the employee signed the deduction authorisation.';
comment on column benefits.enrollments.deduction_authorisation_withdrawn_on is 'An employee may withdraw a s324 authorisation in writing at any time; deductions stop from then.';
comment on column benefits.enrollments.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column benefits.enrollments.metadata is 'Industry- or tenant-specific extension fields.';
alter table benefits.enrollments enable row level security;
alter table benefits.enrollments force row level security;
create policy tenant_isolation on benefits.enrollments for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on benefits.enrollments to finnest_app;
grant select on benefits.enrollments to finnest_readonly;
create trigger set_updated_at before update on benefits.enrollments for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on benefits.enrollments for each row execute function finnest.audit_row();
create table benefits.perks (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    program_id uuid not null,
    name text not null,
    category text not null,
    supplier_name text not null,
    description text,
    discount_fraction numeric(6,4),
    face_value numeric(14,2),
    employee_price numeric(14,2),
    points_cost integer,
    stock_remaining integer,
    available_states text[],
    redemption_url text,
    valid_from date not null,
    valid_to date,
    status text not null default 'active',
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_perks primary key (id),
    constraint uq_perks__org_id_id unique (org_id, id),
    constraint fk_perks__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_perks__program_id foreign key (org_id, program_id) references benefits.programs (org_id, id),
    constraint ck_perks__category check (category in ('retail_discount', 'gift_card', 'health_insurance', 'fitness', 'travel', 'dining', 'financial_wellbeing', 'education', 'technology', 'other')),
    constraint ck_perks__discount_fraction_range check (discount_fraction between 0 and 1),
    constraint ck_perks__face_value_non_negative check (face_value >= 0),
    constraint ck_perks__employee_price_non_negative check (employee_price >= 0),
    constraint ck_perks__points_cost_positive check (points_cost > 0),
    constraint ck_perks__stock_remaining_non_negative check (stock_remaining >= 0),
    constraint ck_perks__available_states_values check (available_states <@ array['NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT']::text[]),
    constraint ck_perks__status check (status in ('draft', 'active', 'expired', 'withdrawn')),
    constraint ck_perks__valid_to_after_valid_from check (valid_to >= valid_from),
    constraint ck_perks__price_not_above_face_value check (employee_price is null or face_value is null or employee_price <= face_value)
);
create index ix_perks__org_id_program_id_status on benefits.perks (org_id, program_id, status) where deleted_at is null;
create index ix_perks__org_id_category_status on benefits.perks (org_id, category, status) where deleted_at is null;
create index ix_perks__org_id_program_id on benefits.perks (org_id, program_id);
comment on table benefits.perks is 'Offers in a perks program: retailer discounts, discounted gift cards, health insurance or gym deals, some redeemable with rewards points.';
comment on column benefits.perks.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column benefits.perks.supplier_name is 'Retailer or service provider making the offer.';
comment on column benefits.perks.discount_fraction is 'Discount off the retail price, fraction 0.1500 = 15%.';
comment on column benefits.perks.face_value is 'Face value of a voucher or gift card, AUD including GST.';
comment on column benefits.perks.employee_price is 'What the employee pays, AUD; below face value for discounted cards.';
comment on column benefits.perks.points_cost is 'Points redeemed from the rewards ledger for the perk; null when it cannot be bought with points.';
comment on column benefits.perks.stock_remaining is 'Units left (limited offers); null when unlimited.';
comment on column benefits.perks.available_states is 'States and territories where the perk can be used; null means Australia-wide.';
comment on column benefits.perks.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column benefits.perks.metadata is 'Industry- or tenant-specific extension fields.';
alter table benefits.perks enable row level security;
alter table benefits.perks force row level security;
create policy tenant_isolation on benefits.perks for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on benefits.perks to finnest_app;
grant select on benefits.perks to finnest_readonly;
create trigger set_updated_at before update on benefits.perks for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on benefits.perks for each row execute function finnest.audit_row();
create table benefits.recognitions (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    program_id uuid,
    recipient_employee_id uuid not null,
    giver_user_id uuid not null,
    category text not null,
    message text not null,
    points integer not null default 0,
    visibility text not null default 'public',
    status text not null default 'pending_approval',
    approved_by_user_id uuid,
    approved_at timestamptz,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_recognitions primary key (id),
    constraint uq_recognitions__org_id_id unique (org_id, id),
    constraint fk_recognitions__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_recognitions__program_id foreign key (org_id, program_id) references benefits.programs (org_id, id),
    constraint fk_recognitions__giver_user_id foreign key (org_id, giver_user_id) references public.users (org_id, id),
    constraint ck_recognitions__category check (category in ('safety', 'teamwork', 'customer_service', 'innovation', 'values', 'above_and_beyond', 'service_anniversary', 'milestone')),
    constraint ck_recognitions__points_non_negative check (points >= 0),
    constraint ck_recognitions__visibility check (visibility in ('public', 'team', 'private')),
    constraint ck_recognitions__status check (status in ('pending_approval', 'approved', 'rejected', 'revoked')),
    constraint fk_recognitions__approved_by_user_id foreign key (org_id, approved_by_user_id) references public.users (org_id, id),
    constraint ck_recognitions__points_need_program check (points = 0 or program_id is not null),
    constraint ck_recognitions__approval_recorded check (status <> 'approved' or points = 0 or (approved_by_user_id is not null and approved_at is not null))
);
create index ix_recognitions__org_id_recipient_employee_id_inserted_at on benefits.recognitions (org_id, recipient_employee_id, inserted_at) where deleted_at is null;
create index ix_recognitions__org_id_status on benefits.recognitions (org_id, status) where deleted_at is null;
create index ix_recognitions__org_id_program_id on benefits.recognitions (org_id, program_id);
create index ix_recognitions__org_id_recipient_employee_id on benefits.recognitions (org_id, recipient_employee_id);
create index ix_recognitions__org_id_giver_user_id on benefits.recognitions (org_id, giver_user_id);
create index ix_recognitions__org_id_approved_by_user_id on benefits.recognitions (org_id, approved_by_user_id);
comment on table benefits.recognitions is 'Recognition given to an employee (peer, manager or client shout-out), optionally with rewards points credited to the employee''s ledger once approved.';
comment on column benefits.recognitions.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column benefits.recognitions.program_id is 'Recognition or rewards program the points come from; null for a shout-out without points.';
comment on column benefits.recognitions.recipient_employee_id is 'Soft reference to people.employees (no FK: cross-domain). The employee recognised.';
comment on column benefits.recognitions.giver_user_id is 'User who gave the recognition: manager, colleague or client contact.';
comment on column benefits.recognitions.points is 'Points credited to the recipient''s rewards ledger when approved.';
comment on column benefits.recognitions.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column benefits.recognitions.metadata is 'Industry- or tenant-specific extension fields.';
alter table benefits.recognitions enable row level security;
alter table benefits.recognitions force row level security;
create policy tenant_isolation on benefits.recognitions for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on benefits.recognitions to finnest_app;
grant select on benefits.recognitions to finnest_readonly;
create trigger set_updated_at before update on benefits.recognitions for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on benefits.recognitions for each row execute function finnest.audit_row();
create table benefits.rewards_points (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    program_id uuid not null,
    employee_id uuid not null,
    sequence_no bigint not null,
    movement_type text not null,
    points integer not null,
    balance_after integer not null,
    recognition_id uuid,
    perk_id uuid,
    reverses_movement_id uuid,
    occurred_at timestamptz not null default now(),
    expires_on date,
    reason text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_rewards_points primary key (id),
    constraint uq_rewards_points__org_id_id unique (org_id, id),
    constraint fk_rewards_points__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_rewards_points__program_id foreign key (org_id, program_id) references benefits.programs (org_id, id),
    constraint ck_rewards_points__sequence_no_positive check (sequence_no > 0),
    constraint ck_rewards_points__movement_type check (movement_type in ('award', 'recognition', 'redemption', 'expiry', 'adjustment', 'reversal')),
    constraint ck_rewards_points__points_not_zero check (points <> 0),
    constraint ck_rewards_points__balance_after_non_negative check (balance_after >= 0),
    constraint fk_rewards_points__recognition_id foreign key (org_id, recognition_id) references benefits.recognitions (org_id, id),
    constraint fk_rewards_points__perk_id foreign key (org_id, perk_id) references benefits.perks (org_id, id),
    constraint fk_rewards_points__reverses_movement_id foreign key (org_id, reverses_movement_id) references benefits.rewards_points (org_id, id),
    constraint ck_rewards_points__sign_matches_movement_type check ((movement_type in ('award', 'recognition') and points > 0) or (movement_type in ('redemption', 'expiry') and points < 0) or movement_type in ('adjustment', 'reversal')),
    constraint ck_rewards_points__recognition_movement_names_recognition check (movement_type <> 'recognition' or recognition_id is not null),
    constraint ck_rewards_points__redemption_names_perk check (movement_type <> 'redemption' or perk_id is not null),
    constraint ck_rewards_points__reversal_names_movement check ((movement_type = 'reversal') = (reverses_movement_id is not null)),
    constraint ck_rewards_points__adjustment_has_reason check (movement_type not in ('adjustment', 'reversal') or reason is not null),
    constraint uq_rewards_points__org_id_employee_id_sequence_no unique (org_id, employee_id, sequence_no)
);
create unique index uq_rewards_points__org_id_reverses_movement_id on benefits.rewards_points (org_id, reverses_movement_id) where deleted_at is null;
create index ix_rewards_points__org_id_employee_id_occurred_at on benefits.rewards_points (org_id, employee_id, occurred_at) where deleted_at is null;
create index ix_rewards_points__org_id_program_id on benefits.rewards_points (org_id, program_id);
create index ix_rewards_points__org_id_recognition_id on benefits.rewards_points (org_id, recognition_id);
create index ix_rewards_points__org_id_perk_id on benefits.rewards_points (org_id, perk_id);
create index ix_rewards_points__org_id_reverses_movement_id on benefits.rewards_points (org_id, reverses_movement_id);
comment on table benefits.rewards_points is 'The rewards points ledger: one row per signed movement of an employee''s points (award, recognition, redemption, expiry, adjustment, reversal) with the balance after it. Rows are never changed: a mistake is undone by a reversal. benefits.apply_points_movement() numbers each movement and computes its balance under a per-employee lock, so the balance can never go below zero.';
comment on column benefits.rewards_points.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column benefits.rewards_points.employee_id is 'Soft reference to people.employees (no FK: cross-domain). Owner of the points.';
comment on column benefits.rewards_points.sequence_no is 'Position of the movement in the employee''s ledger (1, 2, 3…); set by benefits.apply_points_movement().';
comment on column benefits.rewards_points.points is 'Signed movement in points: positive credits, negative debits.';
comment on column benefits.rewards_points.balance_after is 'Employee''s points balance after this movement; computed from the previous movement by benefits.apply_points_movement(), whatever the writer supplies.';
comment on column benefits.rewards_points.recognition_id is 'Recognition that earned the points (movement_type recognition).';
comment on column benefits.rewards_points.perk_id is 'Perk the points were redeemed for (movement_type redemption).';
comment on column benefits.rewards_points.reverses_movement_id is 'Movement this reversal undoes; its points are the negation of the original''s.';
comment on column benefits.rewards_points.expires_on is 'Credited points lapse on this date: an expiry movement then debits what is left of them.';
comment on column benefits.rewards_points.reason is 'Why an adjustment or reversal was made, or the award''s occasion.';
comment on column benefits.rewards_points.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column benefits.rewards_points.metadata is 'Industry- or tenant-specific extension fields.';
alter table benefits.rewards_points enable row level security;
alter table benefits.rewards_points force row level security;
create policy tenant_isolation on benefits.rewards_points for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on benefits.rewards_points to finnest_app;
grant select on benefits.rewards_points to finnest_readonly;
create trigger set_updated_at before update on benefits.rewards_points for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on benefits.rewards_points for each row execute function finnest.audit_row();
create function benefits.apply_points_movement() returns trigger
language plpgsql
set search_path = ''
as $$
declare
    previous_sequence bigint;
    previous_balance integer;
    original benefits.rewards_points;
begin
    if tg_op = 'DELETE' then
        raise exception 'benefits.rewards_points is a ledger: movements are never deleted'
            using errcode = 'insufficient_privilege', hint = 'Post a reversal movement instead.';
    end if;
    if tg_op = 'UPDATE' then
        if (new.org_id, new.employee_id, new.program_id, new.sequence_no, new.movement_type, new.points, new.balance_after,
            new.reverses_movement_id, new.occurred_at, new.deleted_at)
           is distinct from
           (old.org_id, old.employee_id, old.program_id, old.sequence_no, old.movement_type, old.points, old.balance_after,
            old.reverses_movement_id, old.occurred_at, old.deleted_at) then
            raise exception 'benefits.rewards_points is a ledger: a movement cannot be changed once posted'
                using errcode = 'insufficient_privilege', hint = 'Post a reversal or adjustment movement instead.';
        end if;
        return new;
    end if;

    -- One employee's movements are applied one at a time: two concurrent redemptions
    -- must not both spend the same points. The lock lasts until the transaction ends.
    perform pg_catalog.pg_advisory_xact_lock(
        pg_catalog.hashtextextended('benefits.rewards_points:' || new.org_id::text || ':' || new.employee_id::text, 0));

    if new.reverses_movement_id is not null then
        select r.* into original from benefits.rewards_points r
        where r.org_id = new.org_id and r.id = new.reverses_movement_id;
        if original.employee_id is distinct from new.employee_id or original.points <> -new.points then
            raise exception 'a reversal must undo the same employee''s movement with the opposite points'
                using errcode = 'check_violation', constraint = 'ck_rewards_points__reversal_names_movement';
        end if;
    end if;

    select r.sequence_no, r.balance_after into previous_sequence, previous_balance
    from benefits.rewards_points r
    where r.org_id = new.org_id and r.employee_id = new.employee_id
    order by r.sequence_no desc
    limit 1;

    new.sequence_no := coalesce(previous_sequence, 0) + 1;
    -- A movement taking the balance below zero then fails ck_rewards_points__balance_after_non_negative.
    new.balance_after := coalesce(previous_balance, 0) + new.points;
    return new;
end
$$;
comment on function benefits.apply_points_movement() is 'Rewards ledger: numbers each new movement and computes balance_after from the employee''s previous balance under a per-employee advisory lock; refuses to change or delete a posted movement.';
revoke execute on function benefits.apply_points_movement() from public;
create trigger apply_points_movement before insert or update or delete on benefits.rewards_points for each row execute function benefits.apply_points_movement();
create table benefits.ewa_transactions (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    enrollment_id uuid not null,
    employee_id uuid not null,
    pay_period_start date not null,
    pay_period_end date not null,
    earned_net_pay numeric(14,2) not null,
    limit_fraction numeric(6,4) not null,
    amount_requested numeric(14,2) not null,
    fee numeric(14,2) not null default 0,
    amount_disbursed numeric(14,2),
    status text not null default 'requested',
    requested_at timestamptz not null default now(),
    approved_at timestamptz,
    disbursed_at timestamptz,
    recovered_at timestamptz,
    disbursement_reference text,
    recovery_method text not null default 'pay_run_deduction',
    s324_authorisation_reference text,
    recovery_pay_run_id uuid,
    failure_reason text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_ewa_transactions primary key (id),
    constraint uq_ewa_transactions__org_id_id unique (org_id, id),
    constraint fk_ewa_transactions__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_ewa_transactions__enrollment_id foreign key (org_id, enrollment_id) references benefits.enrollments (org_id, id),
    constraint ck_ewa_transactions__earned_net_pay_non_negative check (earned_net_pay >= 0),
    constraint ck_ewa_transactions__limit_fraction_range check (limit_fraction between 0 and 1),
    constraint ck_ewa_transactions__amount_requested_positive check (amount_requested > 0),
    constraint ck_ewa_transactions__fee_non_negative check (fee >= 0),
    constraint ck_ewa_transactions__amount_disbursed_non_negative check (amount_disbursed >= 0),
    constraint ck_ewa_transactions__status check (status in ('requested', 'approved', 'disbursed', 'recovered', 'failed', 'cancelled')),
    constraint ck_ewa_transactions__recovery_method check (recovery_method in ('pay_run_deduction', 'provider_settlement', 'direct_debit')),
    constraint ck_ewa_transactions__pay_period_end_after_start check (pay_period_end >= pay_period_start),
    constraint ck_ewa_transactions__amount_within_limit check (amount_requested <= limit_fraction * earned_net_pay),
    constraint ck_ewa_transactions__disbursed_not_above_requested check (amount_disbursed is null or amount_disbursed <= amount_requested),
    constraint ck_ewa_transactions__pay_deduction_needs_s324_authorisation check (recovery_method <> 'pay_run_deduction' or s324_authorisation_reference is not null),
    constraint ck_ewa_transactions__disbursement_recorded check (status not in ('disbursed', 'recovered') or (amount_disbursed is not null and disbursed_at is not null)),
    constraint ck_ewa_transactions__recovery_recorded check (status <> 'recovered' or (recovered_at is not null and (recovery_method <> 'pay_run_deduction' or recovery_pay_run_id is not null))),
    constraint ck_ewa_transactions__failure_explained check (status <> 'failed' or failure_reason is not null),
    constraint ck_ewa_transactions__timeline_in_order check ((approved_at is null or approved_at >= requested_at) and (disbursed_at is null or disbursed_at >= requested_at) and (recovered_at is null or disbursed_at is null or recovered_at >= disbursed_at))
);
create index ix_ewa_transactions__org_id_employee_id_pay_period_start on benefits.ewa_transactions (org_id, employee_id, pay_period_start) where deleted_at is null;
create index ix_ewa_transactions__org_id_status_pay_period_end on benefits.ewa_transactions (org_id, status, pay_period_end) where deleted_at is null;
create index ix_ewa_transactions__org_id_enrollment_id on benefits.ewa_transactions (org_id, enrollment_id);
create index ix_ewa_transactions__org_id_employee_id on benefits.ewa_transactions (org_id, employee_id);
create index ix_ewa_transactions__org_id_recovery_pay_run_id on benefits.ewa_transactions (org_id, recovery_pay_run_id);
comment on table benefits.ewa_transactions is 'Earned wage access drawdowns: an employee draws part of the net pay already earned but not yet paid in the current pay period; the amount and fee are recovered from the next pay run, which needs the employee''s written authorisation (Fair Work Act s324).';
comment on column benefits.ewa_transactions.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column benefits.ewa_transactions.enrollment_id is 'The employee''s enrolment in the earned wage access program.';
comment on column benefits.ewa_transactions.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column benefits.ewa_transactions.earned_net_pay is 'Accrued-but-unpaid net pay of the pay period when requested (after PAYG withholding and existing deductions, less earlier drawdowns), AUD.';
comment on column benefits.ewa_transactions.limit_fraction is 'Share of earned net pay that may be drawn, copied from the program at request time; fraction 0.5000 = 50%.';
comment on column benefits.ewa_transactions.amount_requested is 'Amount the employee asked to draw, AUD; at most limit_fraction of earned_net_pay.';
comment on column benefits.ewa_transactions.fee is 'Fee for the drawdown, AUD; recovered with the amount.';
comment on column benefits.ewa_transactions.amount_disbursed is 'Amount actually paid to the employee''s bank account, AUD.';
comment on column benefits.ewa_transactions.disbursement_reference is 'Payment reference of the transfer to the employee.';
comment on column benefits.ewa_transactions.recovery_method is 'How amount and fee come back: deducted in the next pay run, settled by the provider with the employer, or debited from the employee.';
comment on column benefits.ewa_transactions.s324_authorisation_reference is 'Reference of the employee''s written authorisation (Fair Work Act s324) for recovering the amount and fee by deduction from pay.';
comment on column benefits.ewa_transactions.recovery_pay_run_id is 'Soft reference to payroll.pay_runs (no FK: cross-domain). Pay run whose deduction recovered the amount and fee.';
comment on column benefits.ewa_transactions.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column benefits.ewa_transactions.metadata is 'Industry- or tenant-specific extension fields.';
alter table benefits.ewa_transactions enable row level security;
alter table benefits.ewa_transactions force row level security;
create policy tenant_isolation on benefits.ewa_transactions for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on benefits.ewa_transactions to finnest_app;
grant select on benefits.ewa_transactions to finnest_readonly;
create trigger set_updated_at before update on benefits.ewa_transactions for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on benefits.ewa_transactions for each row execute function finnest.audit_row();
