using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Safety;

/// <summary>
/// A notifiable incident must be on record the moment the organisation becomes aware of it (WHS
/// Act s38: notify the regulator immediately; s39: preserve the site), which is before the
/// regulator has been reached and long before it gives a reference. V202601040100 refused
/// is_notifiable = true until regulator, reference and notified_at were all filled, so exactly
/// that state could not be recorded. Now: the category is required as soon as an incident is
/// notifiable; the regulator and its reference once notified_at is set; and a partial index finds
/// the notifiable incidents not yet notified. Existing rows met the stricter rule, so they meet these.
/// </summary>
[Migration(202612030100, "safety: notifiable incidents recordable before the regulator is notified; index of those awaiting notification")]
public sealed class V202612030100_NotifiableIncidentsAwaitingNotification : Migration
{
    public override void Up(SchemaBuilder db)
    {
        db.Sql("alter table safety.incidents drop constraint ck_incidents__notifiable_has_regulator_details;");
        db.Sql("alter table safety.incidents add constraint ck_incidents__notifiable_has_category check (not is_notifiable or notifiable_category is not null);");
        db.Sql("alter table safety.incidents add constraint ck_incidents__notified_only_when_notifiable check (notified_at is null or is_notifiable);");
        db.Sql("alter table safety.incidents add constraint ck_incidents__notified_has_regulator_details check (notified_at is null or (regulator is not null and regulator_ref is not null));");
        db.Sql("""
            create index ix_incidents__org_id_occurred_at_awaiting_notification on safety.incidents (org_id, occurred_at)
                where is_notifiable and notified_at is null and deleted_at is null;
            """);

        db.Sql("comment on column safety.incidents.is_notifiable is 'A notifiable incident under the WHS Act (death, serious injury or illness, dangerous incident). Record it as soon as it is known, with its category; the regulator must then be told immediately and the site preserved. Rule: notifiable needs notifiable_category.';");
        db.Sql("comment on column safety.incidents.notified_at is 'When the regulator was notified (by the fastest means, immediately after becoming aware). Null on a notifiable incident: still to be notified (see ix_incidents__org_id_occurred_at_awaiting_notification). Rule: set only on a notifiable incident, and only together with regulator and regulator_ref.';");
        db.Sql("comment on column safety.incidents.regulator_ref is 'Reference number the regulator gave when notified; required once notified_at is set.';");
        db.Sql("comment on constraint ck_incidents__notifiable_has_category on safety.incidents is 'A notifiable incident says which kind (death, serious injury or illness, dangerous incident) from the moment it is recorded.';");
        db.Sql("comment on constraint ck_incidents__notified_only_when_notifiable on safety.incidents is 'Only a notifiable incident is notified to the regulator.';");
        db.Sql("comment on constraint ck_incidents__notified_has_regulator_details on safety.incidents is 'Once the regulator has been notified (notified_at), the regulator and the reference it gave are recorded too.';");
        db.Sql("comment on index safety.ix_incidents__org_id_occurred_at_awaiting_notification is 'Notifiable incidents not yet notified to the regulator, oldest first: the list that needs immediate action.';");
    }

    public override void Down(SchemaBuilder db)
    {
        db.Sql("drop index safety.ix_incidents__org_id_occurred_at_awaiting_notification;");
        db.Sql("alter table safety.incidents drop constraint ck_incidents__notified_has_regulator_details;");
        db.Sql("alter table safety.incidents drop constraint ck_incidents__notified_only_when_notifiable;");
        db.Sql("alter table safety.incidents drop constraint ck_incidents__notifiable_has_category;");
        // The old rule comes back validated, as it was: incidents recorded while awaiting notification make
        // this fail (rolled back, naming the check) until they are notified.
        db.Sql("alter table safety.incidents add constraint ck_incidents__notifiable_has_regulator_details check (not is_notifiable or (notifiable_category is not null and regulator is not null and regulator_ref is not null and notified_at is not null));");
        db.Sql("comment on column safety.incidents.is_notifiable is 'A notifiable incident under the WHS Act (death, serious injury or illness, dangerous incident): the regulator must be told immediately.';");
        db.Sql("comment on column safety.incidents.notified_at is 'When the regulator was notified (by the fastest means, immediately after becoming aware).';");
        db.Sql("comment on column safety.incidents.regulator_ref is 'Reference number the regulator gave when notified.';");
    }
}
