using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Learn;

/// <summary>
/// The learning management system: courses (internal, SCORM, xAPI, video, and nationally
/// recognised units of competency), their modules, tutors, learning paths, enrolments and
/// per-module progress, the certificates earned, and scheduled re-inductions and refreshers.
/// </summary>
[Migration(202601040400, "learn: courses, modules, tutors, learning paths, enrollments, progress, certifications, reinduction schedules")]
public sealed class V202601040400_Learn : Migration
{
    public override void Up(SchemaBuilder db)
    {
        // The USI alphabet has 32 characters (no 0, 1, I, O); the last is a Luhn mod-N check character over it.
        db.Sql("""
            create function learn.is_valid_usi(usi text) returns boolean
            language sql immutable strict parallel safe
            set search_path = ''
            as $$
                select usi ~ '^[2-9A-HJ-NP-Z]{10}$' and (
                    select sum((f * v) / 32 + (f * v) % 32)
                    from (
                        select case when (10 - i) % 2 = 0 then 1 else 2 end as f,
                               strpos('23456789ABCDEFGHJKLMNPQRSTUVWXYZ', substr(usi, i, 1)) - 1 as v
                        from generate_series(1, 10) as i
                    ) as c
                ) % 32 = 0
            $$;
            comment on function learn.is_valid_usi(text) is 'Unique Student Identifier check: 10 characters from 2-9, A-H, J-N, P-Z; the last is a Luhn mod-32 check character over that alphabet.';
            """);

        db.TenantTable("learn.courses", "A course workers take: internal training, a SCORM or xAPI package, a video, or delivery of a nationally recognised unit of competency (training.gov.au).", t =>
        {
            t.Text("code").NotNull().UniqueWhileActive().Comment("The organisation's course code.");
            t.Text("title").NotNull();
            t.Text("description");
            t.Text("course_type").NotNull().In("internal", "scorm_1_2", "scorm_2004", "xapi", "video");
            t.Text("national_unit_code").Matches("^[A-Z]{6,7}[0-9]{3,4}[A-Z]?$")
                .Comment("Unit of competency on training.gov.au, e.g. HLTAID011 Provide First Aid, CPCWHS1001 (White Card), TLILIC0003 (forklift), SITHFAB021 (RSA).");
            t.Text("rto_code").Matches("^[0-9]{4,5}$").Comment("National code of the registered training organisation that delivers and certifies the unit.");
            t.Ref("credential_type_id", "compliance.credential_types").Comment("Credential a completion grants, e.g. the construction induction card.");
            t.Int("duration_minutes").Positive().Comment("Expected time to complete, minutes.");
            t.Int("pass_mark").Between(0, 100).Comment("Minimum score, percent.");
            t.Int("validity_months").Positive().Comment("How long a completion stays current, e.g. 12 for CPR (HLTAID009), 36 for first aid; null: does not expire.");
            t.Text("package_key").Comment("Object-storage key of the SCORM/xAPI package or video.");
            t.Text("launch_path").Comment("Entry point inside the package (imsmanifest resource href, xAPI launch URL).");
            t.Int("version").NotNull().Default("1").Positive();
            t.Text("status").NotNull().Default("'draft'").In("draft", "published", "retired");
            t.Check("packaged_has_package", "course_type = 'internal' or package_key is not null");
            t.ActiveIndex("status", "course_type");
            t.Index("national_unit_code").WhereActive();
        });

        db.TenantTable("learn.course_modules", "An ordered part of a course: a lesson, video, quiz, SCORM SCO, assessment or practical.", t =>
        {
            t.TenantRef("course_id", "learn.courses").NotNull();
            t.Int("position").NotNull().Positive();
            t.Text("title").NotNull();
            t.Text("module_type").NotNull().In("content", "video", "quiz", "scorm_sco", "assessment", "practical");
            t.Int("duration_minutes").Positive();
            t.Text("content_key").Comment("Object-storage key or SCO identifier of the module's content.");
            t.Bool("is_mandatory").NotNull().Default("true");
            t.Int("pass_mark").Between(0, 100).Comment("Minimum score, percent, for a quiz or assessment.");
            t.UniqueWhileActive("course_id", "position");
            t.ActiveIndex("course_id", "module_type");
        });

        db.TenantTable("learn.tutors", "A trainer or assessor: internal staff or from an RTO. Assessing nationally recognised units needs the TAE Certificate IV.", t =>
        {
            t.TenantRef("user_id", "public.users").Comment("Set for internal trainers.");
            t.Text("name").NotNull();
            t.Text("email").Check("email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'", "format");
            t.Text("organisation").Comment("Training provider for external tutors.");
            t.Text("rto_code").Matches("^[0-9]{4,5}$");
            t.Text("tae_qualification_code").Matches("^TAE[0-9]{5}$").Comment("Training and assessment qualification held, e.g. TAE40122.");
            t.Column("specialties", "text[]").NotNull().Default("'{}'::text[]").Comment("Course codes or topics the tutor delivers.");
            t.Date("accreditation_expires_on");
            t.Text("status").NotNull().Default("'active'").In("active", "inactive");
            t.ActiveIndex("status", "name");
        });

        db.TenantTable("learn.learning_paths", "An ordered set of courses for a role or industry, e.g. the warehouse starter path: site induction, manual handling, forklift.", t =>
        {
            t.Text("name").NotNull().UniqueWhileActive();
            t.Text("description");
            t.Ref("industry_profile_id", "compliance.industry_profiles");
            t.Text("position_title").Comment("Role the path prepares for.");
            t.Column("course_ids", "uuid[]").NotNull().Comment("Courses in order (learn.courses ids of the same organisation; checked by trigger).");
            t.Bool("is_onboarding").NotNull().Default("false").Comment("Assigned automatically to new starters in the role.");
            t.Text("status").NotNull().Default("'draft'").In("draft", "published", "retired");
            t.Check("has_courses", "cardinality(course_ids) >= 1");
            t.ActiveIndex("status", "name");
            t.After("""
                create function learn.check_learning_path_courses() returns trigger
                language plpgsql
                set search_path = ''
                as $$
                begin
                    if cardinality(new.course_ids) <> (select count(distinct c) from unnest(new.course_ids) as c) then
                        raise exception 'learning path % lists a course twice', new.id using errcode = 'check_violation';
                    end if;
                    if exists (
                        select from unnest(new.course_ids) as c(id)
                        where not exists (select from learn.courses k where k.org_id = new.org_id and k.id = c.id and k.deleted_at is null)
                    ) then
                        raise exception 'learning path % lists a course that is not a live course of its organisation', new.id
                            using errcode = 'foreign_key_violation';
                    end if;
                    return new;
                end
                $$;
                comment on function learn.check_learning_path_courses() is 'An array cannot carry a foreign key: every course of a path must be a live course of the same organisation, listed once.';
                revoke execute on function learn.check_learning_path_courses() from public;
                create trigger check_learning_path_courses before insert or update of course_ids, org_id on learn.learning_paths
                    for each row execute function learn.check_learning_path_courses();
                """);
        });

        db.TenantTable("learn.enrollments", "A worker enrolled in a course, alone or as part of a learning path, through to completion, failure, expiry or withdrawal.", t =>
        {
            t.TenantRef("course_id", "learn.courses").NotNull();
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.TenantRef("learning_path_id", "learn.learning_paths");
            t.TenantRef("tutor_id", "learn.tutors");
            t.Text("reason").NotNull().Default("'assigned'").In("self", "assigned", "induction", "reinduction", "compliance_gap")
                .Comment("Why enrolled: self-enrolled, assigned by a manager, new-starter induction, scheduled re-induction, or to close a compliance gap.");
            t.Text("status").NotNull().Default("'enrolled'").In("enrolled", "in_progress", "completed", "failed", "expired", "withdrawn");
            t.Timestamp("enrolled_at").NotNull().Default("now()");
            t.TenantRef("assigned_by_user_id", "public.users");
            t.Date("due_on");
            t.Timestamp("started_at");
            t.Timestamp("completed_at");
            t.Column("score", "numeric(5,2)").Between(0, 100).Comment("Final score, percent.");
            t.Int("attempts").NotNull().Default("0").NonNegative();
            t.Check("started_after_enrolled", "started_at is null or started_at >= enrolled_at");
            t.Check("completed_after_enrolled", "completed_at is null or completed_at >= enrolled_at");
            t.Check("finished_has_completed_at", "status not in ('completed', 'failed') or completed_at is not null");
            t.UniqueWhileActive("employee_id", "course_id").Where("status in ('enrolled', 'in_progress') and deleted_at is null")
                .Named("uq_enrollments__org_id_employee_id_course_id_open");
            t.ActiveIndex("employee_id", "status");
            t.ActiveIndex("course_id", "status");
        });

        db.TenantTable("learn.progress", "A learner's progress through one module of an enrolment, including the SCORM/xAPI state needed to resume.", t =>
        {
            t.TenantRef("enrollment_id", "learn.enrollments").NotNull();
            t.TenantRef("course_module_id", "learn.course_modules").NotNull();
            t.Text("status").NotNull().Default("'not_started'").In("not_started", "in_progress", "completed", "passed", "failed");
            t.Fraction("progress").NotNull().Default("0").Between(0, 1).Comment("Fraction of the module done: 0.5000 = half.");
            t.Column("score", "numeric(5,2)").Between(0, 100).Comment("Percent.");
            t.Int("attempts").NotNull().Default("0").NonNegative();
            t.Int("time_spent_seconds").NotNull().Default("0").NonNegative();
            t.Timestamp("last_accessed_at");
            t.Timestamp("completed_at");
            t.Text("lesson_location").Comment("SCORM cmi.core.lesson_location / cmi.location: bookmark to resume at.");
            t.Text("suspend_data").Comment("SCORM cmi.suspend_data: the package's saved state (4,096 characters in SCORM 1.2, 64,000 in 2004).");
            t.Uuid("xapi_registration").Comment("xAPI registration id grouping the module's statements in the LRS.");
            t.Check("done_has_completed_at", "status not in ('completed', 'passed', 'failed') or completed_at is not null");
            t.UniqueWhileActive("enrollment_id", "course_module_id");
            t.ActiveIndex("course_module_id", "status");
        });

        db.TenantTable("learn.certifications", "A certificate a worker holds from a course or an external provider: statement of attainment for a national unit, or internal completion, with issue and expiry.", t =>
        {
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.TenantRef("enrollment_id", "learn.enrollments").Comment("The enrolment that earned it; null for certificates obtained elsewhere.");
            t.TenantRef("course_id", "learn.courses");
            t.Ref("credential_type_id", "compliance.credential_types").Comment("Credential the certificate evidences for compliance checks.");
            t.Text("title").NotNull();
            t.Text("national_unit_code").Matches("^[A-Z]{6,7}[0-9]{3,4}[A-Z]?$").Comment("Unit of competency attained, e.g. HLTAID011.");
            t.Text("certificate_number").Comment("Number printed on the certificate or statement of attainment.");
            t.Text("issuer").Comment("Issuing RTO or provider.");
            t.Text("issuer_rto_code").Matches("^[0-9]{4,5}$");
            t.Column("usi", "char(10)").Matches("^[2-9A-HJ-NP-Z]{10}$").Check("learn.is_valid_usi(usi)", "check_character")
                .Comment("Unique Student Identifier of the learner, under which the unit is recorded in the national VET transcript.");
            t.Date("issued_on").NotNull();
            t.Date("expires_on");
            t.Text("status").NotNull().Default("'current'").In("current", "expired", "revoked", "superseded");
            t.Timestamp("verified_at").Comment("When the certificate was checked against the USI transcript or the issuer.");
            t.TenantRef("verified_by_user_id", "public.users");
            t.Text("document_key").Comment("Object-storage key of the certificate scan.");
            t.Check("expires_after_issued", "expires_on is null or expires_on > issued_on");
            t.UniqueWhileActive("issuer_rto_code", "certificate_number");
            t.ActiveIndex("employee_id", "expires_on");
            t.ActiveIndex("status", "expires_on");
        });

        db.TenantTable("learn.reinduction_schedules", "When a worker must redo a course: site re-inductions and refreshers (CPR yearly, first aid every 3 years), with the next due date.", t =>
        {
            t.SoftRef("employee_id", "people.employees").NotNull();
            t.TenantRef("course_id", "learn.courses").NotNull();
            t.SoftRef("site_id", "clients.sites", "Site whose induction must be repeated; null for a general refresher.");
            t.SoftRef("client_id", "clients.clients", "Host that requires the re-induction.");
            t.Int("interval_months").NotNull().Between(1, 120).Comment("Months between completions.");
            t.Date("last_completed_on");
            t.Date("next_due_on").NotNull();
            t.TenantRef("last_certification_id", "learn.certifications");
            t.TenantRef("next_enrollment_id", "learn.enrollments").Comment("Enrolment opened for the next round.");
            t.Int("reminder_days_before").NotNull().Default("30").NonNegative().Comment("Days before next_due_on to start reminding the worker.");
            t.Text("status").NotNull().Default("'active'").In("active", "paused", "ended");
            t.Check("next_due_after_last", "last_completed_on is null or next_due_on > last_completed_on");
            // A null site means a general refresher; coalesce makes two of those collide as well.
            t.UniqueWhileActive("employee_id", "course_id", "(coalesce(site_id, '00000000-0000-0000-0000-000000000000'::uuid))")
                .Named("uq_reinduction_schedules__org_id_employee_id_course_id_site_id");
            t.ActiveIndex("status", "next_due_on");
        });
    }

    public override void Down(SchemaBuilder db)
    {
        db.DropWhatUpCreated(Up);
        db.Sql("drop function learn.check_learning_path_courses();");
        db.Sql("drop function learn.is_valid_usi(text);");
    }
}
