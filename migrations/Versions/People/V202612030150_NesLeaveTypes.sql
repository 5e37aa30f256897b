update people.leave_types
set metadata = metadata || jsonb_build_object('corrected_from', jsonb_build_object(
        'is_nes', is_nes, 'applies_to_casuals', applies_to_casuals, 'is_paid', is_paid, 'entitlement_hours', entitlement_hours,
        'leave_loading', leave_loading, 'by_migration', 'V202612030150', 'why', 'National Employment Standards')),
    is_nes = category in ('annual', 'personal_carers', 'carers_unpaid', 'compassionate', 'family_domestic_violence', 'community_service', 'long_service', 'parental_unpaid', 'public_holiday'),
    applies_to_casuals = applies_to_casuals and category not in ('annual', 'personal_carers'),
    is_paid = case when category in ('annual', 'personal_carers', 'family_domestic_violence') then true
                   when category in ('carers_unpaid', 'parental_unpaid') then false else is_paid end,
    leave_loading = case when category in ('carers_unpaid', 'parental_unpaid') then null else leave_loading end,
    entitlement_hours = case category when 'annual' then greatest(coalesce(entitlement_hours, 0), 152)
                                      when 'personal_carers' then greatest(coalesce(entitlement_hours, 0), 76)
                                      when 'family_domestic_violence' then greatest(coalesce(entitlement_hours, 0), 76)
                                      else entitlement_hours end
where is_nes <> (category in ('annual', 'personal_carers', 'carers_unpaid', 'compassionate', 'family_domestic_violence', 'community_service', 'long_service', 'parental_unpaid', 'public_holiday'))
   or (applies_to_casuals and category in ('annual', 'personal_carers'))
   or (not is_paid and category in ('annual', 'personal_carers', 'family_domestic_violence'))
   or (is_paid and category in ('carers_unpaid', 'parental_unpaid'))
   or (category = 'annual' and coalesce(entitlement_hours, 0) < 152)
   or (category in ('personal_carers', 'family_domestic_violence') and coalesce(entitlement_hours, 0) < 76);
alter table people.leave_types
    add constraint ck_leave_types__nes_category_is_nes check (is_nes = (category in ('annual', 'personal_carers', 'carers_unpaid', 'compassionate', 'family_domestic_violence', 'community_service', 'long_service', 'parental_unpaid', 'public_holiday'))),
    add constraint ck_leave_types__paid_nes_leave_not_for_casuals check (category not in ('annual', 'personal_carers') or not applies_to_casuals),
    add constraint ck_leave_types__nes_paid_as_the_nes_says check (
        (category not in ('annual', 'personal_carers', 'family_domestic_violence') or is_paid)
        and (category not in ('carers_unpaid', 'parental_unpaid') or not is_paid)),
    add constraint ck_leave_types__nes_minimum_entitlement check (
        (category <> 'annual' or coalesce(entitlement_hours, 0) >= 152)
        and (category not in ('personal_carers', 'family_domestic_violence') or coalesce(entitlement_hours, 0) >= 76));
create function people.install_nes_leave_types(organisation uuid) returns integer
language plpgsql security definer set search_path = '' as $$
declare
    added integer;
begin
    insert into people.leave_types (org_id, code, name, category, is_nes, is_paid, accrual_method, entitlement_hours, applies_to_casuals,
                                    stp_paid_leave_type, requires_evidence, metadata)
    select organisation, n.code, n.name, n.code, true, n.is_paid, n.accrual_method, n.entitlement_hours, n.applies_to_casuals,
           n.stp_paid_leave_type, n.requires_evidence, jsonb_build_object('installed_by', 'people.install_nes_leave_types')
    from (values
        ('annual', 'Annual leave', true, 'ordinary_hours_pro_rata', 152::numeric, false, 'O', false),
        ('personal_carers', 'Paid personal/carer''s leave', true, 'ordinary_hours_pro_rata', 76, false, 'O', true),
        ('carers_unpaid', 'Unpaid carer''s leave', false, 'per_occasion', 15.2, true, null, true),
        ('compassionate', 'Compassionate leave', true, 'per_occasion', 15.2, true, 'O', true),
        ('family_domestic_violence', 'Paid family and domestic violence leave', true, 'fixed_annual', 76, true, 'O', true),
        ('community_service', 'Community service leave', false, 'none', null, true, null, true),
        ('long_service', 'Long service leave', true, 'none', null, true, 'O', false),
        ('parental_unpaid', 'Unpaid parental leave', false, 'none', null, true, null, true),
        ('public_holiday', 'Public holiday', true, 'none', null, true, 'O', false)
    ) as n(code, name, is_paid, accrual_method, entitlement_hours, applies_to_casuals, stp_paid_leave_type, requires_evidence)
    where not exists (select from people.leave_types l where l.org_id = organisation and l.category = n.code and l.is_nes and l.deleted_at is null)
      and not exists (select from people.leave_types l where l.org_id = organisation and l.code = n.code and l.deleted_at is null);
    get diagnostics added = row_count;
    return added;
end
$$;
comment on function people.install_nes_leave_types(uuid) is 'Gives an organisation each NES leave type it does not have yet (annual 152 h, personal/carer''s 76 h, family and domestic violence 76 h, per-occasion carer''s and compassionate 15.2 h, community service, long service, unpaid parental, public holidays). Runs for every new organisation; returns the number added.';
revoke execute on function people.install_nes_leave_types(uuid) from public;
create function people.organisation_gets_nes_leave_types() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
    perform people.install_nes_leave_types(new.id);
    return null;
end
$$;
revoke execute on function people.organisation_gets_nes_leave_types() from public;
create trigger install_nes_leave_types after insert on public.organisations for each row execute function people.organisation_gets_nes_leave_types();
select people.install_nes_leave_types(id) from public.organisations;
comment on column people.leave_types.is_nes is 'A National Employment Standards entitlement (minimum cannot be reduced). Rule: true exactly for the NES categories (annual, personal_carers, carers_unpaid, compassionate, family_domestic_violence, community_service, long_service, parental_unpaid, public_holiday).';
comment on column people.leave_types.applies_to_casuals is 'Casuals may take it (compassionate, unpaid carer''s, family and domestic violence, community service, parental for long-term casuals). Rule: never for paid annual or personal/carer''s leave (FW Act s86, s95).';
comment on column people.leave_types.is_paid is 'Paid leave. Rule: annual, personal/carer''s and family and domestic violence leave are paid; unpaid carer''s and unpaid parental leave are not.';
comment on column people.leave_types.entitlement_hours is 'Hours per year for a 38-hour full-timer (annual 152, personal 76, family and domestic violence 76) or per occasion (compassionate 15.2). Rule: annual at least 152 h (4 weeks), personal/carer''s and family and domestic violence at least 76 h (10 days).';
comment on table people.leave_types is 'Leave an organisation grants: the nine NES types (installed for every organisation when it is created, by people.install_nes_leave_types) plus award, agreement or company types, with how they accrue and are reported.';
