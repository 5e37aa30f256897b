create table assets.asset_categories (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    name text not null,
    category text not null,
    description text,
    required_credential_type_id uuid,
    is_consumable boolean not null default false,
    requires_test_and_tag boolean not null default false,
    test_and_tag_interval_months integer,
    default_service_interval_days integer,
    useful_life_months integer,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_asset_categories primary key (id),
    constraint uq_asset_categories__org_id_id unique (org_id, id),
    constraint fk_asset_categories__org_id foreign key (org_id) references public.organisations (id),
    constraint ck_asset_categories__category check (category in ('ppe', 'tool', 'it', 'plant', 'vehicle')),
    constraint fk_asset_categories__required_credential_type_id foreign key (required_credential_type_id) references compliance.credential_types (id),
    constraint ck_asset_categories__test_and_tag_interval_months_positive check (test_and_tag_interval_months > 0),
    constraint ck_asset_categories__default_service_interval_days_positive check (default_service_interval_days > 0),
    constraint ck_asset_categories__useful_life_months_positive check (useful_life_months > 0),
    constraint ck_asset_categories__test_and_tag_has_interval check (not requires_test_and_tag or test_and_tag_interval_months is not null)
);
create unique index uq_asset_categories__org_id_name on assets.asset_categories (org_id, name) where deleted_at is null;
create index ix_asset_categories__org_id_category_name on assets.asset_categories (org_id, category, name) where deleted_at is null;
create index ix_asset_categories__required_credential_type_id on assets.asset_categories (required_credential_type_id);
comment on table assets.asset_categories is 'Kinds of asset an organisation tracks (hard hats, impact drivers, laptops, forklifts, utes), with what they need: licences to operate, electrical test and tag, service intervals.';
comment on column assets.asset_categories.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column assets.asset_categories.required_credential_type_id is 'Licence needed to operate it, e.g. the LF high-risk work licence for a forklift; rostering checks it.';
comment on column assets.asset_categories.is_consumable is 'Issued and not returned (ear plugs, gloves): no open-assignment tracking.';
comment on column assets.asset_categories.requires_test_and_tag is 'Electrical equipment inspected and tagged under AS/NZS 3760.';
comment on column assets.asset_categories.test_and_tag_interval_months is 'AS/NZS 3760 interval for the environment: 3 months on construction sites, 12 in factories…';
comment on column assets.asset_categories.useful_life_months is 'Expected life, for replacement planning and depreciation.';
comment on column assets.asset_categories.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column assets.asset_categories.metadata is 'Industry- or tenant-specific extension fields.';
alter table assets.asset_categories enable row level security;
alter table assets.asset_categories force row level security;
create policy tenant_isolation on assets.asset_categories for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on assets.asset_categories to finnest_app;
grant select on assets.asset_categories to finnest_readonly;
create trigger set_updated_at before update on assets.asset_categories for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on assets.asset_categories for each row execute function finnest.audit_row();
create table assets.equipment (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    asset_category_id uuid not null,
    asset_tag text not null,
    name text not null,
    make text,
    model text,
    serial_number text,
    size text,
    status text not null default 'available',
    condition text,
    purchased_on date,
    purchase_cost numeric(14,2),
    supplier text,
    warranty_expires_on date,
    office_id uuid,
    current_site_id uuid,
    test_and_tag_due_on date,
    retired_on date,
    retirement_reason text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_equipment primary key (id),
    constraint uq_equipment__org_id_id unique (org_id, id),
    constraint fk_equipment__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_equipment__asset_category_id foreign key (org_id, asset_category_id) references assets.asset_categories (org_id, id),
    constraint ck_equipment__status check (status in ('available', 'assigned', 'maintenance', 'lost', 'retired')),
    constraint ck_equipment__condition check (condition in ('new', 'good', 'fair', 'poor', 'unserviceable')),
    constraint ck_equipment__purchase_cost_non_negative check (purchase_cost >= 0),
    constraint fk_equipment__office_id foreign key (org_id, office_id) references public.offices (org_id, id),
    constraint ck_equipment__retirement_reason check (retirement_reason in ('end_of_life', 'damaged', 'lost', 'stolen', 'sold', 'recalled')),
    constraint ck_equipment__retired_has_date check (status <> 'retired' or retired_on is not null),
    constraint ck_equipment__warranty_after_purchase check (warranty_expires_on is null or purchased_on is null or warranty_expires_on >= purchased_on)
);
create unique index uq_equipment__org_id_asset_tag on assets.equipment (org_id, asset_tag) where deleted_at is null;
create index ix_equipment__org_id_serial_number on assets.equipment (org_id, serial_number) where deleted_at is null;
create index ix_equipment__org_id_asset_category_id_status on assets.equipment (org_id, asset_category_id, status) where deleted_at is null;
create index ix_equipment__org_id_status_test_and_tag_due_on on assets.equipment (org_id, status, test_and_tag_due_on) where deleted_at is null;
create index ix_equipment__org_id_asset_category_id on assets.equipment (org_id, asset_category_id);
create index ix_equipment__org_id_office_id on assets.equipment (org_id, office_id);
create index ix_equipment__org_id_current_site_id on assets.equipment (org_id, current_site_id);
comment on table assets.equipment is 'One physical asset: an item of PPE, a tool, IT device, plant or vehicle, with its identity, cost and where it is.';
comment on column assets.equipment.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column assets.equipment.asset_tag is 'Barcode or label fixed to the item.';
comment on column assets.equipment.serial_number is 'Manufacturer''s serial; not unique across makes.';
comment on column assets.equipment.size is 'PPE size, e.g. L, 10, 9½.';
comment on column assets.equipment.purchase_cost is 'AUD, GST-exclusive.';
comment on column assets.equipment.office_id is 'Branch that holds the item when not issued.';
comment on column assets.equipment.current_site_id is 'Soft reference to clients.sites (no FK: cross-domain). Client site where the item is deployed.';
comment on column assets.equipment.test_and_tag_due_on is 'Next AS/NZS 3760 inspection.';
comment on column assets.equipment.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column assets.equipment.metadata is 'Industry- or tenant-specific extension fields.';
alter table assets.equipment enable row level security;
alter table assets.equipment force row level security;
create policy tenant_isolation on assets.equipment for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on assets.equipment to finnest_app;
grant select on assets.equipment to finnest_readonly;
create trigger set_updated_at before update on assets.equipment for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on assets.equipment for each row execute function finnest.audit_row();
create table assets.equipment_assignments (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    equipment_id uuid not null,
    employee_id uuid not null,
    site_id uuid,
    issued_at timestamptz not null default now(),
    issued_by_user_id uuid,
    due_back_on date,
    acknowledged_at timestamptz,
    condition_at_issue text,
    returned_at timestamptz,
    received_by_user_id uuid,
    condition_at_return text,
    replacement_charge numeric(14,2),
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_equipment_assignments primary key (id),
    constraint uq_equipment_assignments__org_id_id unique (org_id, id),
    constraint fk_equipment_assignments__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_equipment_assignments__equipment_id foreign key (org_id, equipment_id) references assets.equipment (org_id, id),
    constraint fk_equipment_assignments__issued_by_user_id foreign key (org_id, issued_by_user_id) references public.users (org_id, id),
    constraint ck_equipment_assignments__condition_at_issue check (condition_at_issue in ('new', 'good', 'fair', 'poor')),
    constraint fk_equipment_assignments__received_by_user_id foreign key (org_id, received_by_user_id) references public.users (org_id, id),
    constraint ck_equipment_assignments__condition_at_return check (condition_at_return in ('good', 'fair', 'poor', 'damaged', 'not_returned')),
    constraint ck_equipment_assignments__replacement_charge_non_negative check (replacement_charge >= 0),
    constraint ck_equipment_assignments__returned_after_issued check (returned_at is null or returned_at >= issued_at),
    constraint ck_equipment_assignments__return_condition_only_when_returned check (condition_at_return is null or returned_at is not null)
);
create unique index uq_equipment_assignments__org_id_equipment_id_open on assets.equipment_assignments (org_id, equipment_id) where returned_at is null and deleted_at is null;
create index ix_equipment_assignments__org_id_employee_id_returned_at on assets.equipment_assignments (org_id, employee_id, returned_at) where deleted_at is null;
create index ix_equipment_assignments__org_id_equipment_id on assets.equipment_assignments (org_id, equipment_id);
create index ix_equipment_assignments__org_id_employee_id on assets.equipment_assignments (org_id, employee_id);
create index ix_equipment_assignments__org_id_site_id on assets.equipment_assignments (org_id, site_id);
create index ix_equipment_assignments__org_id_issued_by_user_id on assets.equipment_assignments (org_id, issued_by_user_id);
create index ix_equipment_assignments__org_id_received_by_user_id on assets.equipment_assignments (org_id, received_by_user_id);
comment on table assets.equipment_assignments is 'Issue of an item to a worker and its return. An item has at most one open assignment.';
comment on column assets.equipment_assignments.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column assets.equipment_assignments.employee_id is 'Soft reference to people.employees (no FK: cross-domain).';
comment on column assets.equipment_assignments.site_id is 'Soft reference to clients.sites (no FK: cross-domain). Site the item was issued for.';
comment on column assets.equipment_assignments.acknowledged_at is 'When the worker signed for the item (PPE issue acknowledgement).';
comment on column assets.equipment_assignments.replacement_charge is 'AUD recovered for a lost or damaged item; a pay deduction needs the worker''s written authorisation (FW Act s324).';
comment on column assets.equipment_assignments.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column assets.equipment_assignments.metadata is 'Industry- or tenant-specific extension fields.';
alter table assets.equipment_assignments enable row level security;
alter table assets.equipment_assignments force row level security;
create policy tenant_isolation on assets.equipment_assignments for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on assets.equipment_assignments to finnest_app;
grant select on assets.equipment_assignments to finnest_readonly;
create trigger set_updated_at before update on assets.equipment_assignments for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on assets.equipment_assignments for each row execute function finnest.audit_row();
create table assets.fleet_vehicles (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    equipment_id uuid not null,
    registration text not null,
    registration_state text not null,
    vin char(17),
    make text not null,
    model text not null,
    build_year integer,
    vehicle_type text not null,
    gvm_kg integer not null,
    gcm_kg integer,
    seating_capacity integer,
    axles integer,
    required_licence_class text not null,
    fatigue_regulated boolean generated always as (gvm_kg > 12000 or coalesce(gcm_kg, 0) > 12000 or (vehicle_type = 'bus' and gvm_kg > 4500 and coalesce(seating_capacity, 0) > 12)) stored not null,
    odometer_km integer,
    odometer_read_at timestamptz,
    fuel_type text,
    telematics_device_id text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_fleet_vehicles primary key (id),
    constraint uq_fleet_vehicles__org_id_id unique (org_id, id),
    constraint fk_fleet_vehicles__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_fleet_vehicles__equipment_id foreign key (org_id, equipment_id) references assets.equipment (org_id, id),
    constraint ck_fleet_vehicles__registration_format check (registration ~ '^[A-Z0-9]{1,9}$'),
    constraint ck_fleet_vehicles__registration_state check (registration_state in ('NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT')),
    constraint ck_fleet_vehicles__vin_format check (vin ~ '^[A-HJ-NPR-Z0-9]{17}$'),
    constraint ck_fleet_vehicles__build_year_range check (build_year between 1950 and 2100),
    constraint ck_fleet_vehicles__vehicle_type check (vehicle_type in ('car', 'ute', 'van', 'light_rigid', 'medium_rigid', 'heavy_rigid', 'prime_mover', 'bus', 'trailer', 'motorcycle')),
    constraint ck_fleet_vehicles__gvm_kg_positive check (gvm_kg > 0),
    constraint ck_fleet_vehicles__gcm_kg_positive check (gcm_kg > 0),
    constraint ck_fleet_vehicles__seating_capacity_positive check (seating_capacity > 0),
    constraint ck_fleet_vehicles__axles_positive check (axles > 0),
    constraint ck_fleet_vehicles__required_licence_class check (required_licence_class in ('C', 'LR', 'MR', 'HR', 'HC', 'MC', 'R', 'RE')),
    constraint ck_fleet_vehicles__odometer_km_non_negative check (odometer_km >= 0),
    constraint ck_fleet_vehicles__fuel_type check (fuel_type in ('diesel', 'unleaded', 'premium_unleaded', 'lpg', 'electric', 'hybrid')),
    constraint ck_fleet_vehicles__light_licence_within_4_5t check (required_licence_class <> 'C' or gvm_kg <= 4500),
    constraint ck_fleet_vehicles__motorcycle_licence_for_motorcycles check ((vehicle_type = 'motorcycle') = (required_licence_class in ('R', 'RE'))),
    constraint ck_fleet_vehicles__gcm_not_below_gvm check (gcm_kg is null or gcm_kg >= gvm_kg)
);
create unique index uq_fleet_vehicles__org_id_equipment_id on assets.fleet_vehicles (org_id, equipment_id) where deleted_at is null;
create unique index uq_fleet_vehicles__org_id_vin on assets.fleet_vehicles (org_id, vin) where deleted_at is null;
create unique index uq_fleet_vehicles__org_id_registration_state_registration on assets.fleet_vehicles (org_id, registration_state, registration) where deleted_at is null;
create index ix_fleet_vehicles__org_id_fatigue_regulated_required_l_ee2d9ace on assets.fleet_vehicles (org_id, fatigue_regulated, required_licence_class) where deleted_at is null;
create index ix_fleet_vehicles__org_id_equipment_id on assets.fleet_vehicles (org_id, equipment_id);
comment on table assets.fleet_vehicles is 'Road details of a vehicle asset: registration, VIN, mass ratings, the licence class a driver needs, odometer, and whether NHVR fatigue rules apply.';
comment on column assets.fleet_vehicles.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column assets.fleet_vehicles.equipment_id is 'The equipment row of this vehicle (category vehicle).';
comment on column assets.fleet_vehicles.registration is 'Number plate, upper case without spaces.';
comment on column assets.fleet_vehicles.vin is 'Vehicle identification number: 17 characters, never I, O or Q.';
comment on column assets.fleet_vehicles.gvm_kg is 'Gross vehicle mass, kg, as on the compliance plate.';
comment on column assets.fleet_vehicles.gcm_kg is 'Gross combination mass, kg, for a vehicle that tows.';
comment on column assets.fleet_vehicles.seating_capacity is 'Adults the vehicle is built or fitted to carry, driver included.';
comment on column assets.fleet_vehicles.required_licence_class is 'Driver licence class needed: C ≤4.5 t; LR 4.5–8 t or >12 seats; MR 2 axles >8 t; HR 3+ axles; HC semi-trailer; MC B-double/road train; R/RE motorcycle (RE: learner-approved only).';
comment on column assets.fleet_vehicles.fatigue_regulated is 'Fatigue-regulated heavy vehicle under the HVNL: GVM or GCM over 12 t, or a bus over 4.5 t built to carry more than 12 adults. Its drivers keep work diaries.';
comment on column assets.fleet_vehicles.odometer_km is 'Last known odometer reading, km.';
comment on column assets.fleet_vehicles.telematics_device_id is 'GPS / EWD unit fitted to the vehicle.';
comment on column assets.fleet_vehicles.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column assets.fleet_vehicles.metadata is 'Industry- or tenant-specific extension fields.';
alter table assets.fleet_vehicles enable row level security;
alter table assets.fleet_vehicles force row level security;
create policy tenant_isolation on assets.fleet_vehicles for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on assets.fleet_vehicles to finnest_app;
grant select on assets.fleet_vehicles to finnest_readonly;
create trigger set_updated_at before update on assets.fleet_vehicles for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on assets.fleet_vehicles for each row execute function finnest.audit_row();
create table assets.vehicle_registrations (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    fleet_vehicle_id uuid not null,
    registration text not null,
    registration_state text not null,
    registered_from date not null,
    expires_on date not null,
    term_months integer not null,
    registration_fee numeric(14,2),
    ctp_insurer text,
    ctp_policy_number text,
    paid_on date,
    receipt_number text,
    status text not null default 'current',
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_vehicle_registrations primary key (id),
    constraint uq_vehicle_registrations__org_id_id unique (org_id, id),
    constraint fk_vehicle_registrations__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_vehicle_registrations__fleet_vehicle_id foreign key (org_id, fleet_vehicle_id) references assets.fleet_vehicles (org_id, id),
    constraint ck_vehicle_registrations__registration_format check (registration ~ '^[A-Z0-9]{1,9}$'),
    constraint ck_vehicle_registrations__registration_state check (registration_state in ('NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT')),
    constraint ck_vehicle_registrations__term_months_term check (term_months in (3, 6, 12)),
    constraint ck_vehicle_registrations__registration_fee_non_negative check (registration_fee >= 0),
    constraint ck_vehicle_registrations__status check (status in ('current', 'expired', 'renewed', 'suspended', 'cancelled')),
    constraint ck_vehicle_registrations__expires_after_registered check (expires_on > registered_from),
    constraint ex_vehicle_registrations__no_overlap exclude using gist (org_id with =, fleet_vehicle_id with =, daterange(registered_from, expires_on) with &&) where (deleted_at is null and status <> 'cancelled')
);
create index ix_vehicle_registrations__org_id_expires_on on assets.vehicle_registrations (org_id, expires_on) where deleted_at is null;
create index ix_vehicle_registrations__org_id_fleet_vehicle_id_expires_on on assets.vehicle_registrations (org_id, fleet_vehicle_id, expires_on) where deleted_at is null;
create index ix_vehicle_registrations__org_id_fleet_vehicle_id on assets.vehicle_registrations (org_id, fleet_vehicle_id);
comment on table assets.vehicle_registrations is 'Registration periods of a vehicle (rego renewals), so expiry can be chased and history shown to auditors.';
comment on column assets.vehicle_registrations.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column assets.vehicle_registrations.registration is 'Plate for this period; plates can change.';
comment on column assets.vehicle_registrations.term_months is 'Registration term: 3, 6 or 12 months.';
comment on column assets.vehicle_registrations.registration_fee is 'AUD including CTP where bundled.';
comment on column assets.vehicle_registrations.ctp_insurer is 'Compulsory third party insurer (green slip).';
comment on column assets.vehicle_registrations.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column assets.vehicle_registrations.metadata is 'Industry- or tenant-specific extension fields.';
alter table assets.vehicle_registrations enable row level security;
alter table assets.vehicle_registrations force row level security;
create policy tenant_isolation on assets.vehicle_registrations for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on assets.vehicle_registrations to finnest_app;
grant select on assets.vehicle_registrations to finnest_readonly;
create trigger set_updated_at before update on assets.vehicle_registrations for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on assets.vehicle_registrations for each row execute function finnest.audit_row();
create table assets.maintenance_schedules (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    equipment_id uuid not null,
    name text not null,
    maintenance_type text not null,
    interval_days integer,
    interval_km integer,
    interval_hours integer,
    last_performed_on date,
    last_performed_km integer,
    next_due_on date,
    next_due_km integer,
    is_statutory boolean not null default false,
    status text not null default 'active',
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_maintenance_schedules primary key (id),
    constraint uq_maintenance_schedules__org_id_id unique (org_id, id),
    constraint fk_maintenance_schedules__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_maintenance_schedules__equipment_id foreign key (org_id, equipment_id) references assets.equipment (org_id, id),
    constraint ck_maintenance_schedules__maintenance_type check (maintenance_type in ('service', 'inspection', 'test_and_tag', 'calibration', 'certification')),
    constraint ck_maintenance_schedules__interval_days_positive check (interval_days > 0),
    constraint ck_maintenance_schedules__interval_km_positive check (interval_km > 0),
    constraint ck_maintenance_schedules__interval_hours_positive check (interval_hours > 0),
    constraint ck_maintenance_schedules__last_performed_km_non_negative check (last_performed_km >= 0),
    constraint ck_maintenance_schedules__next_due_km_non_negative check (next_due_km >= 0),
    constraint ck_maintenance_schedules__status check (status in ('active', 'paused', 'ended')),
    constraint ck_maintenance_schedules__has_interval check (num_nonnulls(interval_days, interval_km, interval_hours) >= 1),
    constraint ck_maintenance_schedules__next_due_after_last check (next_due_on is null or last_performed_on is null or next_due_on > last_performed_on)
);
create index ix_maintenance_schedules__org_id_status_next_due_on on assets.maintenance_schedules (org_id, status, next_due_on) where deleted_at is null;
create index ix_maintenance_schedules__org_id_equipment_id_status on assets.maintenance_schedules (org_id, equipment_id, status) where deleted_at is null;
create index ix_maintenance_schedules__org_id_equipment_id on assets.maintenance_schedules (org_id, equipment_id);
comment on table assets.maintenance_schedules is 'Recurring maintenance of an item: services by distance or days, inspections, test and tag, calibration, statutory plant checks.';
comment on column assets.maintenance_schedules.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column assets.maintenance_schedules.name is 'e.g. 15,000 km service, annual crane inspection.';
comment on column assets.maintenance_schedules.interval_days is 'Days between occurrences.';
comment on column assets.maintenance_schedules.interval_km is 'Kilometres between occurrences (vehicles).';
comment on column assets.maintenance_schedules.interval_hours is 'Engine or operating hours between occurrences (plant hour meter).';
comment on column assets.maintenance_schedules.is_statutory is 'Required by law or a standard (plant registration, AS 2550 crane inspection), not only good practice.';
comment on column assets.maintenance_schedules.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column assets.maintenance_schedules.metadata is 'Industry- or tenant-specific extension fields.';
alter table assets.maintenance_schedules enable row level security;
alter table assets.maintenance_schedules force row level security;
create policy tenant_isolation on assets.maintenance_schedules for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on assets.maintenance_schedules to finnest_app;
grant select on assets.maintenance_schedules to finnest_readonly;
create trigger set_updated_at before update on assets.maintenance_schedules for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on assets.maintenance_schedules for each row execute function finnest.audit_row();
create table assets.prestart_checklists (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    asset_category_id uuid,
    name text not null,
    version integer not null default 1,
    items jsonb not null,
    status text not null default 'draft',
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_prestart_checklists primary key (id),
    constraint uq_prestart_checklists__org_id_id unique (org_id, id),
    constraint fk_prestart_checklists__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_prestart_checklists__asset_category_id foreign key (org_id, asset_category_id) references assets.asset_categories (org_id, id),
    constraint ck_prestart_checklists__version_positive check (version > 0),
    constraint ck_prestart_checklists__items_array check (jsonb_typeof(items) = 'array' and jsonb_array_length(items) > 0),
    constraint ck_prestart_checklists__status check (status in ('draft', 'active', 'retired'))
);
create unique index uq_prestart_checklists__org_id_name_version on assets.prestart_checklists (org_id, name, version) where deleted_at is null;
create index ix_prestart_checklists__org_id_asset_category_id_status on assets.prestart_checklists (org_id, asset_category_id, status) where deleted_at is null;
create index ix_prestart_checklists__org_id_asset_category_id on assets.prestart_checklists (org_id, asset_category_id);
comment on table assets.prestart_checklists is 'The pre-start check an operator completes before using a vehicle or plant item; one row per version of the list.';
comment on column assets.prestart_checklists.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column assets.prestart_checklists.asset_category_id is 'Kind of asset the checklist is for.';
comment on column assets.prestart_checklists.items is 'Ordered checks: [{key, question, critical}]; a failed critical item takes the asset out of service.';
comment on column assets.prestart_checklists.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column assets.prestart_checklists.metadata is 'Industry- or tenant-specific extension fields.';
alter table assets.prestart_checklists enable row level security;
alter table assets.prestart_checklists force row level security;
create policy tenant_isolation on assets.prestart_checklists for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on assets.prestart_checklists to finnest_app;
grant select on assets.prestart_checklists to finnest_readonly;
create trigger set_updated_at before update on assets.prestart_checklists for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on assets.prestart_checklists for each row execute function finnest.audit_row();
create table assets.prestart_submissions (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    prestart_checklist_id uuid not null,
    equipment_id uuid not null,
    employee_id uuid not null,
    submitted_at timestamptz not null default now(),
    result text not null,
    answers jsonb not null,
    defect_description text,
    defect_severity text,
    odometer_km integer,
    hour_meter numeric(9,1),
    latitude numeric(9,6),
    longitude numeric(9,6),
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_prestart_submissions primary key (id),
    constraint uq_prestart_submissions__org_id_id unique (org_id, id),
    constraint fk_prestart_submissions__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_prestart_submissions__prestart_checklist_id foreign key (org_id, prestart_checklist_id) references assets.prestart_checklists (org_id, id),
    constraint fk_prestart_submissions__equipment_id foreign key (org_id, equipment_id) references assets.equipment (org_id, id),
    constraint ck_prestart_submissions__result check (result in ('pass', 'fail', 'defect')),
    constraint ck_prestart_submissions__answers_object check (jsonb_typeof(answers) = 'object'),
    constraint ck_prestart_submissions__defect_severity check (defect_severity in ('minor', 'major', 'critical')),
    constraint ck_prestart_submissions__odometer_km_non_negative check (odometer_km >= 0),
    constraint ck_prestart_submissions__hour_meter_non_negative check (hour_meter >= 0),
    constraint ck_prestart_submissions__latitude_range check (latitude between -90 and 90),
    constraint ck_prestart_submissions__longitude_range check (longitude between -180 and 180),
    constraint ck_prestart_submissions__defect_is_described check (result = 'pass' or defect_description is not null)
);
create index ix_prestart_submissions__org_id_equipment_id_submitted_at on assets.prestart_submissions (org_id, equipment_id, submitted_at) where deleted_at is null;
create index ix_prestart_submissions__org_id_result_submitted_at on assets.prestart_submissions (org_id, result, submitted_at) where result <> 'pass' and deleted_at is null;
create index ix_prestart_submissions__org_id_prestart_checklist_id on assets.prestart_submissions (org_id, prestart_checklist_id);
create index ix_prestart_submissions__org_id_equipment_id on assets.prestart_submissions (org_id, equipment_id);
create index ix_prestart_submissions__org_id_employee_id on assets.prestart_submissions (org_id, employee_id);
comment on table assets.prestart_submissions is 'An operator''s completed pre-start check of one asset: pass, fail, or pass with a defect to fix.';
comment on column assets.prestart_submissions.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column assets.prestart_submissions.employee_id is 'Soft reference to people.employees (no FK: cross-domain). Operator or driver who did the check.';
comment on column assets.prestart_submissions.result is 'fail: unsafe, not to be used; defect: usable, fault reported for repair.';
comment on column assets.prestart_submissions.answers is 'Item key → ok / not_ok / na, with notes.';
comment on column assets.prestart_submissions.defect_severity is 'critical: the asset is taken out of service until repaired.';
comment on column assets.prestart_submissions.hour_meter is 'Plant operating hours on the meter.';
comment on column assets.prestart_submissions.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column assets.prestart_submissions.metadata is 'Industry- or tenant-specific extension fields.';
alter table assets.prestart_submissions enable row level security;
alter table assets.prestart_submissions force row level security;
create policy tenant_isolation on assets.prestart_submissions for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on assets.prestart_submissions to finnest_app;
grant select on assets.prestart_submissions to finnest_readonly;
create trigger set_updated_at before update on assets.prestart_submissions for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on assets.prestart_submissions for each row execute function finnest.audit_row();
create table assets.work_orders (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    equipment_id uuid not null,
    work_order_number text not null,
    maintenance_schedule_id uuid,
    prestart_submission_id uuid,
    work_type text not null,
    priority text not null default 'medium',
    status text not null default 'open',
    description text not null,
    out_of_service boolean not null default false,
    reported_at timestamptz not null default now(),
    scheduled_on date,
    completed_at timestamptz,
    vendor text,
    odometer_km integer,
    labour_hours numeric(6,2),
    labour_cost numeric(14,2) not null default 0,
    parts_cost numeric(14,2) not null default 0,
    total_cost numeric(14,2) generated always as (labour_cost + parts_cost) stored not null,
    completion_notes text,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_work_orders primary key (id),
    constraint uq_work_orders__org_id_id unique (org_id, id),
    constraint fk_work_orders__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_work_orders__equipment_id foreign key (org_id, equipment_id) references assets.equipment (org_id, id),
    constraint fk_work_orders__maintenance_schedule_id foreign key (org_id, maintenance_schedule_id) references assets.maintenance_schedules (org_id, id),
    constraint fk_work_orders__prestart_submission_id foreign key (org_id, prestart_submission_id) references assets.prestart_submissions (org_id, id),
    constraint ck_work_orders__work_type check (work_type in ('scheduled_service', 'repair', 'defect_rectification', 'inspection', 'test_and_tag')),
    constraint ck_work_orders__priority check (priority in ('low', 'medium', 'high', 'urgent')),
    constraint ck_work_orders__status check (status in ('open', 'scheduled', 'in_progress', 'on_hold', 'completed', 'cancelled')),
    constraint ck_work_orders__odometer_km_non_negative check (odometer_km >= 0),
    constraint ck_work_orders__labour_hours_non_negative check (labour_hours >= 0),
    constraint ck_work_orders__labour_cost_non_negative check (labour_cost >= 0),
    constraint ck_work_orders__parts_cost_non_negative check (parts_cost >= 0),
    constraint ck_work_orders__completed_has_completed_at check (status <> 'completed' or completed_at is not null),
    constraint ck_work_orders__completed_after_reported check (completed_at is null or completed_at >= reported_at)
);
create unique index uq_work_orders__org_id_work_order_number on assets.work_orders (org_id, work_order_number) where deleted_at is null;
create index ix_work_orders__org_id_status_scheduled_on on assets.work_orders (org_id, status, scheduled_on) where deleted_at is null;
create index ix_work_orders__org_id_equipment_id_status on assets.work_orders (org_id, equipment_id, status) where deleted_at is null;
create index ix_work_orders__org_id_equipment_id on assets.work_orders (org_id, equipment_id);
create index ix_work_orders__org_id_maintenance_schedule_id on assets.work_orders (org_id, maintenance_schedule_id);
create index ix_work_orders__org_id_prestart_submission_id on assets.work_orders (org_id, prestart_submission_id);
comment on table assets.work_orders is 'A job to service, inspect or repair an asset: from a schedule, a pre-start defect or a breakdown, with its cost.';
comment on column assets.work_orders.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column assets.work_orders.prestart_submission_id is 'Pre-start check that reported the defect.';
comment on column assets.work_orders.out_of_service is 'Asset may not be used until the work is done (vehicle off road, plant tagged out).';
comment on column assets.work_orders.vendor is 'Workshop or contractor doing the work.';
comment on column assets.work_orders.labour_cost is 'AUD, GST-exclusive.';
comment on column assets.work_orders.parts_cost is 'AUD, GST-exclusive.';
comment on column assets.work_orders.total_cost is 'AUD, GST-exclusive.';
comment on column assets.work_orders.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column assets.work_orders.metadata is 'Industry- or tenant-specific extension fields.';
alter table assets.work_orders enable row level security;
alter table assets.work_orders force row level security;
create policy tenant_isolation on assets.work_orders for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on assets.work_orders to finnest_app;
grant select on assets.work_orders to finnest_readonly;
create trigger set_updated_at before update on assets.work_orders for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on assets.work_orders for each row execute function finnest.audit_row();
create table assets.fuel_logs (
    id uuid not null default gen_random_uuid(),
    org_id uuid not null,
    fleet_vehicle_id uuid not null,
    employee_id uuid,
    fuelled_at timestamptz not null,
    odometer_km integer,
    fuel_type text not null,
    quantity numeric(9,2) not null,
    unit_price numeric(12,4),
    total_amount numeric(14,2) not null,
    gst_amount numeric(14,2) not null default 0,
    merchant text,
    state text,
    fuel_card_transaction_ref text,
    fuel_tax_credit_eligible boolean not null default false,
    metadata jsonb not null default '{}'::jsonb,
    inserted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint pk_fuel_logs primary key (id),
    constraint uq_fuel_logs__org_id_id unique (org_id, id),
    constraint fk_fuel_logs__org_id foreign key (org_id) references public.organisations (id),
    constraint fk_fuel_logs__fleet_vehicle_id foreign key (org_id, fleet_vehicle_id) references assets.fleet_vehicles (org_id, id),
    constraint ck_fuel_logs__odometer_km_non_negative check (odometer_km >= 0),
    constraint ck_fuel_logs__fuel_type check (fuel_type in ('diesel', 'unleaded', 'premium_unleaded', 'lpg', 'adblue', 'electric')),
    constraint ck_fuel_logs__quantity_positive check (quantity > 0),
    constraint ck_fuel_logs__unit_price_non_negative check (unit_price >= 0),
    constraint ck_fuel_logs__total_amount_non_negative check (total_amount >= 0),
    constraint ck_fuel_logs__gst_amount_non_negative check (gst_amount >= 0),
    constraint ck_fuel_logs__state check (state in ('NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT')),
    constraint ck_fuel_logs__gst_within_total check (gst_amount <= total_amount)
);
create unique index uq_fuel_logs__org_id_fuel_card_transaction_ref on assets.fuel_logs (org_id, fuel_card_transaction_ref) where deleted_at is null;
create index ix_fuel_logs__org_id_fleet_vehicle_id_fuelled_at on assets.fuel_logs (org_id, fleet_vehicle_id, fuelled_at) where deleted_at is null;
create index ix_fuel_logs__org_id_fleet_vehicle_id on assets.fuel_logs (org_id, fleet_vehicle_id);
create index ix_fuel_logs__org_id_employee_id on assets.fuel_logs (org_id, employee_id);
comment on table assets.fuel_logs is 'Fuel bought for a fleet vehicle, from fuel-card feeds or receipts: for cost, consumption and fuel tax credits.';
comment on column assets.fuel_logs.org_id is 'Owning organisation (tenant); row-level security filters on it.';
comment on column assets.fuel_logs.employee_id is 'Soft reference to people.employees (no FK: cross-domain). Driver who fuelled.';
comment on column assets.fuel_logs.quantity is 'Litres, or kWh for electric charging.';
comment on column assets.fuel_logs.unit_price is 'AUD per litre (or kWh), GST-inclusive as on the receipt.';
comment on column assets.fuel_logs.total_amount is 'AUD, GST-inclusive.';
comment on column assets.fuel_logs.fuel_card_transaction_ref is 'Transaction id from the fuel-card feed; makes re-imports idempotent.';
comment on column assets.fuel_logs.fuel_tax_credit_eligible is 'Business use in a heavy vehicle (GVM over 4.5 t), which attracts fuel tax credits.';
comment on column assets.fuel_logs.deleted_at is 'Soft delete: set instead of deleting; null while the row is live.';
comment on column assets.fuel_logs.metadata is 'Industry- or tenant-specific extension fields.';
alter table assets.fuel_logs enable row level security;
alter table assets.fuel_logs force row level security;
create policy tenant_isolation on assets.fuel_logs for all using (org_id = (select finnest.current_org_id())) with check (org_id = (select finnest.current_org_id()));
grant select, insert, update on assets.fuel_logs to finnest_app;
grant select on assets.fuel_logs to finnest_readonly;
create trigger set_updated_at before update on assets.fuel_logs for each row execute function finnest.set_updated_at();
create trigger audit_row after insert or update or delete on assets.fuel_logs for each row execute function finnest.audit_row();
