create table performance.review_cycles (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    name text not null,
    cycle_type text not null,
    period_start date not null,
    period_end date not null,
    self_review_due date,
    manager_review_due date,
    calibration_due date,
    includes_360 boolean not null default false,
    min_service_days integer not null default 0,
    status text not null default 'planned',
    owner_user_id uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_review_cycles primary key (id),
    constraint uq_review_cycles__org_id_id unique (org_id, id),
    constraint fk_review_cycles__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_review_cycles__cycle_type check (cycle_type in ('probation', 'mid_year', 'annual')),
    constraint ck_review_cycles__min_service_days_non_negative check (min_service_days >= 0),
    constraint ck_review_cycles__status check (status in ('planned', 'open', 'calibrating', 'closed', 'cancelled')),
    constraint fk_review_cycles__owner_user_id foreign key (org_id, owner_user_id) references public.users (org_id, id),
    constraint ck_review_cycles__period_end_after_start check (period_end >= period_start),
    constraint ck_review_cycles__manager_review_after_self_review check (manager_review_due is null or self_review_due is null or manager_review_due >= self_review_due),
    constraint ck_review_cycles__calibration_after_manager_review check (calibration_due is null or manager_review_due is null or calibration_due >= manager_review_due)
);
create unique index uq_review_cycles__org_id_name on performance.review_cycles (org_id, name) where deleted_at is null;
create index ix_review_cycles__org_id_status_period_end on performance.review_cycles (org_id, status, period_end) where deleted_at is null;
create index ix_review_cycles__org_id_owner_user_id on performance.review_cycles (org_id, owner_user_id);
comment on table performance.review_cycles is 'Performance review rounds: probation reviews, mid-year check-ins and annual reviews, with their period and deadlines.';
comment on column performance.review_cycles.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column performance.review_cycles.name is 'e.g. FY2026 annual review, Probation – March 2026 starters.';
comment on column performance.review_cycles.period_start is 'First day of the performance period reviewed.';
comment on column performance.review_cycles.includes_360 is 'Peers, direct reports and clients are asked for feedback in this cycle.';
comment on column performance.review_cycles.min_service_days is 'Employees with less service at period end are left out of the cycle.';
comment on column performance.review_cycles.owner_user_id is 'HR person running the cycle.';
comment on column performance.review_cycles.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column performance.review_cycles.metadata is 'Industry- or tenant-specific extension fields.';
alter table performance.review_cycles enable row level security;
alter table performance.review_cycles force row level security;
create policy tenant_isolation on performance.review_cycles for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on performance.review_cycles to finnest_app;
grant select on performance.review_cycles to finnest_readonly;
create trigger set_updated_at before update on performance.review_cycles for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on performance.review_cycles for each row execute function finnest.audit_row();
create table performance.goals (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    review_cycle_id uuid,
    parent_goal_id uuid,
    title text not null,
    description text,
    category text not null default 'business',
    measure text,
    unit text,
    baseline_value numeric(14,4),
    target_value numeric(14,4),
    current_value numeric(14,4),
    weight numeric(6,4),
    progress numeric(6,4) not null default 0,
    status text not null default 'not_started',
    start_date date,
    due_date date,
    completed_on date,
    set_by_user_id uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_goals primary key (id),
    constraint uq_goals__org_id_id unique (org_id, id),
    constraint fk_goals__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_goals__review_cycle_id foreign key (org_id, review_cycle_id) references performance.review_cycles (org_id, id),
    constraint fk_goals__parent_goal_id foreign key (org_id, parent_goal_id) references performance.goals (org_id, id),
    constraint ck_goals__category check (category in ('business', 'development', 'behavioural', 'safety', 'customer', 'compliance')),
    constraint ck_goals__weight_range check (weight between 0 and 1),
    constraint ck_goals__progress_range check (progress between 0 and 1),
    constraint ck_goals__status check (status in ('not_started', 'on_track', 'at_risk', 'off_track', 'completed', 'cancelled')),
    constraint fk_goals__set_by_user_id foreign key (org_id, set_by_user_id) references public.users (org_id, id),
    constraint ck_goals__due_date_after_start_date check (due_date >= start_date),
    constraint ck_goals__completed_has_date check ((status = 'completed') = (completed_on is not null)),
    constraint ck_goals__not_its_own_parent check (parent_goal_id is null or parent_goal_id <> id)
);
create index ix_goals__org_id_employee_id_status on performance.goals (org_id, employee_id, status) where deleted_at is null;
create index ix_goals__org_id_review_cycle_id_status on performance.goals (org_id, review_cycle_id, status) where deleted_at is null;
create index ix_goals__org_id_employee_id on performance.goals (org_id, employee_id);
create index ix_goals__org_id_review_cycle_id on performance.goals (org_id, review_cycle_id);
create index ix_goals__org_id_parent_goal_id on performance.goals (org_id, parent_goal_id);
create index ix_goals__org_id_set_by_user_id on performance.goals (org_id, set_by_user_id);
comment on table performance.goals is 'An employee''s goals (objectives and key results), cascading from team or company goals, tracked through the review cycle.';
comment on column performance.goals.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column performance.goals.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column performance.goals.parent_goal_id is 'Team or company goal this one contributes to.';
comment on column performance.goals.measure is 'How achievement is measured, e.g. lost-time injuries, on-time fill rate.';
comment on column performance.goals.unit is 'Unit of the values, e.g. %, shifts, AUD.';
comment on column performance.goals.baseline_value is 'Value of the measure when the goal was set, in unit.';
comment on column performance.goals.target_value is 'Value to reach, in unit.';
comment on column performance.goals.current_value is 'Latest value, in unit.';
comment on column performance.goals.weight is 'Weight of the goal in the employee''s overall rating, fraction 0.2500 = 25%.';
comment on column performance.goals.progress is 'Share achieved, fraction 0.6000 = 60%.';
comment on column performance.goals.set_by_user_id is 'Manager or employee who set the goal.';
comment on column performance.goals.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column performance.goals.metadata is 'Industry- or tenant-specific extension fields.';
alter table performance.goals enable row level security;
alter table performance.goals force row level security;
create policy tenant_isolation on performance.goals for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on performance.goals to finnest_app;
grant select on performance.goals to finnest_readonly;
create trigger set_updated_at before update on performance.goals for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on performance.goals for each row execute function finnest.audit_row();
create table performance.reviews (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    review_cycle_id uuid not null,
    employee_id uuid not null,
    reviewer_user_id uuid not null,
    reviewer_role text not null,
    status text not null default 'not_started',
    overall_rating integer,
    strengths text,
    development_areas text,
    summary text,
    employee_comments text,
    probation_outcome text,
    probation_extended_to date,
    submitted_at timestamptz,
    acknowledged_at timestamptz,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_reviews primary key (id),
    constraint uq_reviews__org_id_id unique (org_id, id),
    constraint fk_reviews__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_reviews__review_cycle_id foreign key (org_id, review_cycle_id) references performance.review_cycles (org_id, id),
    constraint fk_reviews__reviewer_user_id foreign key (org_id, reviewer_user_id) references public.users (org_id, id),
    constraint ck_reviews__reviewer_role check (reviewer_role in ('self', 'manager', 'skip_level')),
    constraint ck_reviews__status check (status in ('not_started', 'in_progress', 'submitted', 'acknowledged', 'finalised')),
    constraint ck_reviews__overall_rating_range check (overall_rating between 1 and 5),
    constraint ck_reviews__probation_outcome check (probation_outcome in ('confirm', 'extend', 'terminate')),
    constraint ck_reviews__submitted_has_rating check (status in ('not_started', 'in_progress') or (overall_rating is not null and submitted_at is not null)),
    constraint ck_reviews__acknowledged_after_submitted check (acknowledged_at is null or (submitted_at is not null and acknowledged_at >= submitted_at)),
    constraint ck_reviews__extension_has_date check (probation_outcome is distinct from 'extend' or probation_extended_to is not null)
);
create unique index uq_reviews__org_id_review_cycle_id_employee_id_reviewer_role on performance.reviews (org_id, review_cycle_id, employee_id, reviewer_role) where deleted_at is null;
create index ix_reviews__org_id_employee_id_status on performance.reviews (org_id, employee_id, status) where deleted_at is null;
create index ix_reviews__org_id_reviewer_user_id_status on performance.reviews (org_id, reviewer_user_id, status) where deleted_at is null;
create index ix_reviews__org_id_review_cycle_id on performance.reviews (org_id, review_cycle_id);
create index ix_reviews__org_id_employee_id on performance.reviews (org_id, employee_id);
create index ix_reviews__org_id_reviewer_user_id on performance.reviews (org_id, reviewer_user_id);
comment on table performance.reviews is 'A written review of an employee in a review cycle: the self-review, the manager''s review or a skip-level review, with the overall rating on a 1–5 scale.';
comment on column performance.reviews.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column performance.reviews.employee_id is 'Soft reference to people.employees (no FK: cross-domain). The employee reviewed.';
comment on column performance.reviews.reviewer_role is 'self: the employee''s own review; manager: the direct manager''s; skip_level: the manager''s manager.';
comment on column performance.reviews.overall_rating is '1 does not meet, 2 partly meets, 3 meets, 4 exceeds, 5 far exceeds expectations.';
comment on column performance.reviews.employee_comments is 'Employee''s response when acknowledging the review.';
comment on column performance.reviews.probation_outcome is 'Probation reviews: the recommendation on the employee''s probation.';
comment on column performance.reviews.acknowledged_at is 'When the employee acknowledged having read the review.';
comment on column performance.reviews.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column performance.reviews.metadata is 'Industry- or tenant-specific extension fields.';
alter table performance.reviews enable row level security;
alter table performance.reviews force row level security;
create policy tenant_isolation on performance.reviews for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on performance.reviews to finnest_app;
grant select on performance.reviews to finnest_readonly;
create trigger set_updated_at before update on performance.reviews for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on performance.reviews for each row execute function finnest.audit_row();
create table performance.feedback (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    review_cycle_id uuid,
    subject_employee_id uuid not null,
    giver_user_id uuid not null,
    requested_by_user_id uuid,
    relationship text not null,
    feedback_type text not null,
    competency text,
    rating integer,
    comments text,
    is_anonymous boolean not null default false,
    shared_with_subject boolean not null default true,
    status text not null default 'submitted',
    due_on date,
    submitted_at timestamptz,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_feedback primary key (id),
    constraint uq_feedback__org_id_id unique (org_id, id),
    constraint fk_feedback__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_feedback__review_cycle_id foreign key (org_id, review_cycle_id) references performance.review_cycles (org_id, id),
    constraint fk_feedback__giver_user_id foreign key (org_id, giver_user_id) references public.users (org_id, id),
    constraint fk_feedback__requested_by_user_id foreign key (org_id, requested_by_user_id) references public.users (org_id, id),
    constraint ck_feedback__relationship check (relationship in ('self', 'manager', 'peer', 'direct_report', 'client', 'other')),
    constraint ck_feedback__feedback_type check (feedback_type in ('requested_360', 'praise', 'constructive')),
    constraint ck_feedback__rating_range check (rating between 1 and 5),
    constraint ck_feedback__status check (status in ('requested', 'submitted', 'declined', 'expired')),
    constraint ck_feedback__submitted_has_content check (status <> 'submitted' or ((comments is not null or rating is not null) and submitted_at is not null)),
    constraint ck_feedback__requests_belong_to_a_cycle check (feedback_type <> 'requested_360' or review_cycle_id is not null)
);
create index ix_feedback__org_id_subject_employee_id_review_cycle_id on performance.feedback (org_id, subject_employee_id, review_cycle_id) where deleted_at is null;
create index ix_feedback__org_id_giver_user_id_status on performance.feedback (org_id, giver_user_id, status) where deleted_at is null;
create index ix_feedback__org_id_review_cycle_id on performance.feedback (org_id, review_cycle_id);
create index ix_feedback__org_id_subject_employee_id on performance.feedback (org_id, subject_employee_id);
create index ix_feedback__org_id_giver_user_id on performance.feedback (org_id, giver_user_id);
create index ix_feedback__org_id_requested_by_user_id on performance.feedback (org_id, requested_by_user_id);
comment on table performance.feedback is 'Feedback on an employee: 360 responses requested in a review cycle from self, manager, peers, direct reports or clients, and ad hoc praise or constructive feedback.';
comment on column performance.feedback.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column performance.feedback.review_cycle_id is 'Cycle a 360 request belongs to; null for ad hoc feedback.';
comment on column performance.feedback.subject_employee_id is 'Soft reference to people.employees (no FK: cross-domain). The employee the feedback is about.';
comment on column performance.feedback.relationship is 'Giver''s relationship to the subject.';
comment on column performance.feedback.competency is 'Competency or value the feedback addresses, e.g. safety leadership, communication.';
comment on column performance.feedback.rating is 'Rating of the competency, 1 (well below expectations) to 5 (well above).';
comment on column performance.feedback.is_anonymous is 'The subject sees the feedback without the giver''s name (360 results are shown only in groups large enough).';
comment on column performance.feedback.shared_with_subject is 'The subject may read it; false keeps it for the manager only.';
comment on column performance.feedback.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column performance.feedback.metadata is 'Industry- or tenant-specific extension fields.';
alter table performance.feedback enable row level security;
alter table performance.feedback force row level security;
create policy tenant_isolation on performance.feedback for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on performance.feedback to finnest_app;
grant select on performance.feedback to finnest_readonly;
create trigger set_updated_at before update on performance.feedback for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on performance.feedback for each row execute function finnest.audit_row();
create table performance.surveys (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    title text not null,
    survey_type text not null,
    status text not null default 'draft',
    opens_at timestamptz,
    closes_at timestamptz,
    is_anonymous boolean not null default true,
    min_group_size integer not null default 5,
    includes_enps_question boolean not null default false,
    questions jsonb not null default '[]'::jsonb,
    audience jsonb not null default '{}'::jsonb,
    created_by_user_id uuid,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_surveys primary key (id),
    constraint uq_surveys__org_id_id unique (org_id, id),
    constraint fk_surveys__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_surveys__survey_type check (survey_type in ('enps', 'engagement', 'pulse', 'onboarding', 'exit', 'custom')),
    constraint ck_surveys__status check (status in ('draft', 'scheduled', 'open', 'closed', 'archived')),
    constraint ck_surveys__min_group_size_range check (min_group_size between 3 and 100),
    constraint ck_surveys__questions_is_array check (jsonb_typeof(questions) = 'array'),
    constraint fk_surveys__created_by_user_id foreign key (org_id, created_by_user_id) references public.users (org_id, id),
    constraint ck_surveys__closes_after_opens check (closes_at is null or opens_at is null or closes_at > opens_at),
    constraint ck_surveys__enps_surveys_ask_enps check (survey_type <> 'enps' or includes_enps_question)
);
create index ix_surveys__org_id_status_opens_at on performance.surveys (org_id, status, opens_at) where deleted_at is null;
create index ix_surveys__org_id_created_by_user_id on performance.surveys (org_id, created_by_user_id);
comment on table performance.surveys is 'Employee surveys: eNPS, engagement, pulse, onboarding and exit surveys, with their questions, window and anonymity rules.';
comment on column performance.surveys.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column performance.surveys.is_anonymous is 'Responses are stored without the respondent''s identity.';
comment on column performance.surveys.min_group_size is 'Results of a group (office, department…) with fewer responses are suppressed, so answers cannot be traced to a person.';
comment on column performance.surveys.includes_enps_question is 'Asks ''How likely are you to recommend working here?'' on a 0–10 scale.';
comment on column performance.surveys.questions is 'Ordered questions: id, text, type (scale, choice, text), options.';
comment on column performance.surveys.audience is 'Who is invited: offices, employment types, clients or sites.';
comment on column performance.surveys.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column performance.surveys.metadata is 'Industry- or tenant-specific extension fields.';
alter table performance.surveys enable row level security;
alter table performance.surveys force row level security;
create policy tenant_isolation on performance.surveys for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on performance.surveys to finnest_app;
grant select on performance.surveys to finnest_readonly;
create trigger set_updated_at before update on performance.surveys for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on performance.surveys for each row execute function finnest.audit_row();
create table performance.survey_responses (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    survey_id uuid not null,
    respondent_employee_id uuid,
    respondent_token text not null,
    submitted_at timestamptz not null default now(),
    enps_answer integer,
    enps_category text generated always as (case when enps_answer >= 9 then 'promoter' when enps_answer >= 7 then 'passive' when enps_answer >= 0 then 'detractor' end) stored,
    answers jsonb not null default '{}'::jsonb,
    office_id uuid,
    department text,
    employment_type text,
    tenure_band text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_survey_responses primary key (id),
    constraint uq_survey_responses__org_id_id unique (org_id, id),
    constraint fk_survey_responses__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_survey_responses__survey_id foreign key (org_id, survey_id) references performance.surveys (org_id, id),
    constraint ck_survey_responses__enps_answer_range check (enps_answer between 0 and 10),
    constraint ck_survey_responses__answers_is_object check (jsonb_typeof(answers) = 'object'),
    constraint fk_survey_responses__office_id foreign key (org_id, office_id) references public.offices (org_id, id),
    constraint ck_survey_responses__employment_type check (employment_type in ('full_time', 'part_time', 'casual', 'fixed_term', 'contractor')),
    constraint ck_survey_responses__tenure_band check (tenure_band in ('under_1_year', '1_to_3_years', '3_to_5_years', 'over_5_years'))
);
create unique index uq_survey_responses__org_id_survey_id_respondent_token on performance.survey_responses (org_id, survey_id, respondent_token) where deleted_at is null;
create index ix_survey_responses__org_id_survey_id_enps_answer on performance.survey_responses (org_id, survey_id, enps_answer) where deleted_at is null;
create index ix_survey_responses__org_id_survey_id on performance.survey_responses (org_id, survey_id);
create index ix_survey_responses__org_id_respondent_employee_id on performance.survey_responses (org_id, respondent_employee_id);
create index ix_survey_responses__org_id_office_id on performance.survey_responses (org_id, office_id);
comment on table performance.survey_responses is 'One person''s answers to a survey, with the eNPS answer (0–10) and the grouping attributes results are reported by. Anonymous surveys keep no respondent identity, only a keyed token that stops a second response.';
comment on column performance.survey_responses.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column performance.survey_responses.respondent_employee_id is 'Soft reference to people.employees (no FK: cross-domain). Null when the survey is anonymous.';
comment on column performance.survey_responses.respondent_token is 'Keyed hash of the survey invitation: one response per invitee without storing who answered.';
comment on column performance.survey_responses.enps_answer is 'Answer to ''How likely are you to recommend working here?'': 0 not at all to 10 extremely likely.';
comment on column performance.survey_responses.enps_category is 'promoter 9–10, passive 7–8, detractor 0–6.';
comment on column performance.survey_responses.answers is 'Answers by question id.';
comment on column performance.survey_responses.office_id is 'Respondent''s office, for grouped results.';
comment on column performance.survey_responses.department is 'Respondent''s department or team, for grouped results.';
comment on column performance.survey_responses.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column performance.survey_responses.metadata is 'Industry- or tenant-specific extension fields.';
alter table performance.survey_responses enable row level security;
alter table performance.survey_responses force row level security;
create policy tenant_isolation on performance.survey_responses for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on performance.survey_responses to finnest_app;
grant select on performance.survey_responses to finnest_readonly;
create trigger set_updated_at before update on performance.survey_responses for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on performance.survey_responses for each row execute function finnest.audit_row();
create table performance.enps_scores (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    survey_id uuid not null,
    group_dimension text not null default 'organisation',
    group_value text not null default 'all',
    responses_count integer not null,
    promoters_count integer not null,
    passives_count integer not null,
    detractors_count integer not null,
    min_group_size integer not null,
    is_suppressed boolean generated always as (responses_count < min_group_size) stored,
    score numeric(5,1) generated always as (case when responses_count >= min_group_size and responses_count > 0 then round(100.0 * (promoters_count - detractors_count) / responses_count, 1) end) stored,
    computed_at timestamptz not null default now(),
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_enps_scores primary key (id),
    constraint uq_enps_scores__org_id_id unique (org_id, id),
    constraint fk_enps_scores__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_enps_scores__survey_id foreign key (org_id, survey_id) references performance.surveys (org_id, id),
    constraint ck_enps_scores__group_dimension check (group_dimension in ('organisation', 'office', 'department', 'employment_type', 'tenure_band', 'client', 'site')),
    constraint ck_enps_scores__responses_count_non_negative check (responses_count >= 0),
    constraint ck_enps_scores__promoters_count_non_negative check (promoters_count >= 0),
    constraint ck_enps_scores__passives_count_non_negative check (passives_count >= 0),
    constraint ck_enps_scores__detractors_count_non_negative check (detractors_count >= 0),
    constraint ck_enps_scores__min_group_size_positive check (min_group_size > 0),
    constraint ck_enps_scores__counts_add_up check (promoters_count + passives_count + detractors_count = responses_count),
    constraint ck_enps_scores__score_range check (score is null or score between -100 and 100),
    constraint ck_enps_scores__organisation_group_is_all check (group_dimension <> 'organisation' or group_value = 'all')
);
create unique index uq_enps_scores__org_id_survey_id_group_dimension_group_value on performance.enps_scores (org_id, survey_id, group_dimension, group_value) where deleted_at is null;
create index ix_enps_scores__org_id_survey_id on performance.enps_scores (org_id, survey_id);
comment on table performance.enps_scores is 'Employee Net Promoter Score of a survey, for the whole organisation or one group (office, department…): counts of promoters (9–10), passives (7–8) and detractors (0–6) and the score %promoters − %detractors, from −100 to 100. A group with fewer responses than the survey''s minimum has its score suppressed.';
comment on column performance.enps_scores.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column performance.enps_scores.group_value is 'Value of the dimension, e.g. an office id or ''Warehouse''; ''all'' for the organisation.';
comment on column performance.enps_scores.responses_count is 'Responses in the group that answered the eNPS question.';
comment on column performance.enps_scores.min_group_size is 'Suppression threshold copied from the survey when computed.';
comment on column performance.enps_scores.is_suppressed is 'Too few responses to show the group''s score without risking identification.';
comment on column performance.enps_scores.score is 'eNPS = %promoters − %detractors, −100 to 100; null when suppressed.';
comment on column performance.enps_scores.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column performance.enps_scores.metadata is 'Industry- or tenant-specific extension fields.';
alter table performance.enps_scores enable row level security;
alter table performance.enps_scores force row level security;
create policy tenant_isolation on performance.enps_scores for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on performance.enps_scores to finnest_app;
grant select on performance.enps_scores to finnest_readonly;
create trigger set_updated_at before update on performance.enps_scores for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on performance.enps_scores for each row execute function finnest.audit_row();
create table performance.calibrations (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    review_cycle_id uuid not null,
    review_id uuid not null,
    employee_id uuid not null,
    session_name text not null,
    held_on date not null,
    facilitator_user_id uuid,
    original_rating integer not null,
    calibrated_rating integer,
    nine_box_performance integer,
    nine_box_potential integer,
    rationale text,
    status text not null default 'proposed',
    decided_by_user_id uuid,
    decided_at timestamptz,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_calibrations primary key (id),
    constraint uq_calibrations__org_id_id unique (org_id, id),
    constraint fk_calibrations__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_calibrations__review_cycle_id foreign key (org_id, review_cycle_id) references performance.review_cycles (org_id, id),
    constraint fk_calibrations__review_id foreign key (org_id, review_id) references performance.reviews (org_id, id),
    constraint fk_calibrations__facilitator_user_id foreign key (org_id, facilitator_user_id) references public.users (org_id, id),
    constraint ck_calibrations__original_rating_range check (original_rating between 1 and 5),
    constraint ck_calibrations__calibrated_rating_range check (calibrated_rating between 1 and 5),
    constraint ck_calibrations__nine_box_performance_range check (nine_box_performance between 1 and 3),
    constraint ck_calibrations__nine_box_potential_range check (nine_box_potential between 1 and 3),
    constraint ck_calibrations__status check (status in ('proposed', 'agreed', 'escalated', 'rejected')),
    constraint fk_calibrations__decided_by_user_id foreign key (org_id, decided_by_user_id) references public.users (org_id, id),
    constraint ck_calibrations__rating_change_explained check (calibrated_rating is null or calibrated_rating = original_rating or rationale is not null),
    constraint ck_calibrations__agreed_has_rating check (status <> 'agreed' or (calibrated_rating is not null and decided_at is not null))
);
create unique index uq_calibrations__org_id_review_id on performance.calibrations (org_id, review_id) where deleted_at is null;
create index ix_calibrations__org_id_review_cycle_id_session_name on performance.calibrations (org_id, review_cycle_id, session_name) where deleted_at is null;
create index ix_calibrations__org_id_review_cycle_id on performance.calibrations (org_id, review_cycle_id);
create index ix_calibrations__org_id_review_id on performance.calibrations (org_id, review_id);
create index ix_calibrations__org_id_employee_id on performance.calibrations (org_id, employee_id);
create index ix_calibrations__org_id_facilitator_user_id on performance.calibrations (org_id, facilitator_user_id);
create index ix_calibrations__org_id_decided_by_user_id on performance.calibrations (org_id, decided_by_user_id);
comment on table performance.calibrations is 'Calibration of a review''s rating in a calibration session, where managers align ratings across teams, with the nine-box placement and the reason for any change.';
comment on column performance.calibrations.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column performance.calibrations.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column performance.calibrations.session_name is 'Calibration session or group, e.g. Warehouse operations managers.';
comment on column performance.calibrations.original_rating is 'Manager''s rating before calibration.';
comment on column performance.calibrations.calibrated_rating is 'Rating agreed in calibration.';
comment on column performance.calibrations.nine_box_performance is 'Nine-box grid: performance axis, 1 low to 3 high.';
comment on column performance.calibrations.nine_box_potential is 'Nine-box grid: potential axis, 1 low to 3 high.';
comment on column performance.calibrations.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column performance.calibrations.metadata is 'Industry- or tenant-specific extension fields.';
alter table performance.calibrations enable row level security;
alter table performance.calibrations force row level security;
create policy tenant_isolation on performance.calibrations for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on performance.calibrations to finnest_app;
grant select on performance.calibrations to finnest_readonly;
create trigger set_updated_at before update on performance.calibrations for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on performance.calibrations for each row execute function finnest.audit_row();
create table performance.development_plans (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    review_id uuid,
    goal_id uuid,
    title text not null,
    objective text,
    development_type text not null,
    target_credential_type_id uuid,
    course_id uuid,
    mentor_user_id uuid,
    start_date date not null,
    target_date date,
    completed_on date,
    budget numeric(14,2),
    progress numeric(6,4) not null default 0,
    status text not null default 'draft',
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_development_plans primary key (id),
    constraint uq_development_plans__org_id_id unique (org_id, id),
    constraint fk_development_plans__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_development_plans__review_id foreign key (org_id, review_id) references performance.reviews (org_id, id),
    constraint fk_development_plans__goal_id foreign key (org_id, goal_id) references performance.goals (org_id, id),
    constraint ck_development_plans__development_type check (development_type in ('training', 'mentoring', 'coaching', 'stretch_assignment', 'certification', 'job_rotation', 'secondment')),
    constraint fk_development_plans__target_credential_type_id foreign key (target_credential_type_id) references compliance.credential_types (id),
    constraint fk_development_plans__mentor_user_id foreign key (org_id, mentor_user_id) references public.users (org_id, id),
    constraint ck_development_plans__budget_non_negative check (budget >= 0),
    constraint ck_development_plans__progress_range check (progress between 0 and 1),
    constraint ck_development_plans__status check (status in ('draft', 'active', 'on_hold', 'completed', 'cancelled')),
    constraint ck_development_plans__target_date_after_start_date check (target_date >= start_date),
    constraint ck_development_plans__completed_has_date check ((status = 'completed') = (completed_on is not null)),
    constraint ck_development_plans__completed_after_start check (completed_on is null or completed_on >= start_date)
);
create index ix_development_plans__org_id_employee_id_status on performance.development_plans (org_id, employee_id, status) where deleted_at is null;
create index ix_development_plans__org_id_employee_id on performance.development_plans (org_id, employee_id);
create index ix_development_plans__org_id_review_id on performance.development_plans (org_id, review_id);
create index ix_development_plans__org_id_goal_id on performance.development_plans (org_id, goal_id);
create index ix_development_plans__target_credential_type_id on performance.development_plans (target_credential_type_id);
create index ix_development_plans__org_id_course_id on performance.development_plans (org_id, course_id);
create index ix_development_plans__org_id_mentor_user_id on performance.development_plans (org_id, mentor_user_id);
comment on table performance.development_plans is 'Development actions agreed for an employee (training, mentoring, stretch work, a licence or ticket to gain), often out of a review.';
comment on column performance.development_plans.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column performance.development_plans.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column performance.development_plans.review_id is 'Review the plan came out of.';
comment on column performance.development_plans.goal_id is 'Development goal the plan serves.';
comment on column performance.development_plans.objective is 'Capability the employee is to gain.';
comment on column performance.development_plans.target_credential_type_id is 'Licence, ticket or certificate the plan leads to, e.g. a forklift licence (LF).';
comment on column performance.development_plans.course_id is 'Soft reference to learn.courses (no FK: cross-domain). Course to complete.';
comment on column performance.development_plans.budget is 'Approved spend (course fees, licence fees), AUD excluding GST.';
comment on column performance.development_plans.progress is 'Share completed, fraction 0.5000 = 50%.';
comment on column performance.development_plans.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column performance.development_plans.metadata is 'Industry- or tenant-specific extension fields.';
alter table performance.development_plans enable row level security;
alter table performance.development_plans force row level security;
create policy tenant_isolation on performance.development_plans for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on performance.development_plans to finnest_app;
grant select on performance.development_plans to finnest_readonly;
create trigger set_updated_at before update on performance.development_plans for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on performance.development_plans for each row execute function finnest.audit_row();
create table performance.skills_matrix (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    employee_id uuid not null,
    skill_name text not null,
    skill_category text not null,
    credential_type_id uuid,
    current_level integer not null,
    required_level integer,
    target_level integer,
    gap integer generated always as (greatest(coalesce(required_level, 0) - current_level, 0)) stored,
    assessment_method text not null default 'manager',
    assessed_on date not null,
    assessed_by_user_id uuid,
    evidence text,
    expires_on date,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_skills_matrix primary key (id),
    constraint uq_skills_matrix__org_id_id unique (org_id, id),
    constraint fk_skills_matrix__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_skills_matrix__skill_category check (skill_category in ('technical', 'licence_ticket', 'safety', 'systems', 'leadership', 'communication', 'language')),
    constraint fk_skills_matrix__credential_type_id foreign key (credential_type_id) references compliance.credential_types (id),
    constraint ck_skills_matrix__current_level_range check (current_level between 0 and 5),
    constraint ck_skills_matrix__required_level_range check (required_level between 0 and 5),
    constraint ck_skills_matrix__target_level_range check (target_level between 0 and 5),
    constraint ck_skills_matrix__assessment_method check (assessment_method in ('self', 'manager', 'practical_test', 'certification', 'observation')),
    constraint fk_skills_matrix__assessed_by_user_id foreign key (org_id, assessed_by_user_id) references public.users (org_id, id),
    constraint ck_skills_matrix__expires_after_assessed check (expires_on is null or expires_on > assessed_on),
    constraint ck_skills_matrix__tickets_name_credential check (skill_category <> 'licence_ticket' or credential_type_id is not null)
);
create unique index uq_skills_matrix__org_id_employee_id_skill_name on performance.skills_matrix (org_id, employee_id, skill_name) where deleted_at is null;
create index ix_skills_matrix__org_id_skill_name_current_level on performance.skills_matrix (org_id, skill_name, current_level) where deleted_at is null;
create index ix_skills_matrix__org_id_employee_id on performance.skills_matrix (org_id, employee_id);
create index ix_skills_matrix__credential_type_id on performance.skills_matrix (credential_type_id);
create index ix_skills_matrix__org_id_assessed_by_user_id on performance.skills_matrix (org_id, assessed_by_user_id);
comment on table performance.skills_matrix is 'Skills matrix: each employee''s assessed proficiency in a skill (0–5) against the level the role requires, for workforce planning and development; licence and ticket skills name their credential type.';
comment on column performance.skills_matrix.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column performance.skills_matrix.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column performance.skills_matrix.skill_name is 'e.g. Forklift operation, Reach truck, Excel, First aid, Team leading.';
comment on column performance.skills_matrix.credential_type_id is 'Credential that evidences the skill, e.g. the LF high-risk work licence for forklift operation.';
comment on column performance.skills_matrix.current_level is '0 none, 1 awareness, 2 learning under supervision, 3 competent, 4 proficient, 5 expert who can train others.';
comment on column performance.skills_matrix.required_level is 'Level the employee''s role requires.';
comment on column performance.skills_matrix.target_level is 'Level agreed as a development target.';
comment on column performance.skills_matrix.gap is 'Levels short of the role''s requirement.';
comment on column performance.skills_matrix.evidence is 'What the assessment rests on: test result, certificate number, observed tasks.';
comment on column performance.skills_matrix.expires_on is 'When the assessment lapses (licences, tickets, re-assessment cycle).';
comment on column performance.skills_matrix.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column performance.skills_matrix.metadata is 'Industry- or tenant-specific extension fields.';
alter table performance.skills_matrix enable row level security;
alter table performance.skills_matrix force row level security;
create policy tenant_isolation on performance.skills_matrix for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on performance.skills_matrix to finnest_app;
grant select on performance.skills_matrix to finnest_readonly;
create trigger set_updated_at before update on performance.skills_matrix for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on performance.skills_matrix for each row execute function finnest.audit_row();
