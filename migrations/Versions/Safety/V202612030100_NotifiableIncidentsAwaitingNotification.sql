alter table safety.incidents drop constraint ck_incidents__notifiable_has_regulator_details;
alter table safety.incidents add constraint ck_incidents__notifiable_has_category check (not is_notifiable or notifiable_category is not null);
alter table safety.incidents add constraint ck_incidents__notified_only_when_notifiable check (notified_at is null or is_notifiable);
alter table safety.incidents add constraint ck_incidents__notified_has_regulator_details check (notified_at is null or (regulator is not null and regulator_ref is not null));
create index ix_incidents__org_id_occurred_at_awaiting_notification on safety.incidents (org_id, occurred_at)
    where is_notifiable and notified_at is null and deleted_at is null;
comment on column safety.incidents.is_notifiable is 'A notifiable incident under the WHS Act (death, serious injury or illness, dangerous incident). Record it as soon as it is known, with its category; the regulator must then be told immediately and the site preserved. Rule: notifiable needs notifiable_category.';
comment on column safety.incidents.notified_at is 'When the regulator was notified (by the fastest means, immediately after becoming aware). Null on a notifiable incident: still to be notified (see ix_incidents__org_id_occurred_at_awaiting_notification). Rule: set only on a notifiable incident, and only together with regulator and regulator_ref.';
comment on column safety.incidents.regulator_ref is 'Reference number the regulator gave when notified; required once notified_at is set.';
comment on constraint ck_incidents__notifiable_has_category on safety.incidents is 'A notifiable incident says which kind (death, serious injury or illness, dangerous incident) from the moment it is recorded.';
comment on constraint ck_incidents__notified_only_when_notifiable on safety.incidents is 'Only a notifiable incident is notified to the regulator.';
comment on constraint ck_incidents__notified_has_regulator_details on safety.incidents is 'Once the regulator has been notified (notified_at), the regulator and the reference it gave are recorded too.';
comment on index safety.ix_incidents__org_id_occurred_at_awaiting_notification is 'Notifiable incidents not yet notified to the regulator, oldest first: the list that needs immediate action.';
