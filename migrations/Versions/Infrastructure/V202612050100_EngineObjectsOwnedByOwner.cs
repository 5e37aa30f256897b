using Finnest.Database.Engine;
using Finnest.Database.Schema;

namespace Finnest.Database.Versions.Infrastructure;

/// <summary>
/// The runner creates its own objects in schema finnest (the history table and its append-only
/// guard) before the first migration has created the roles, so they belong to whoever ran first.
/// This hands them, and anything else in finnest not yet owned by finnest_owner, to that role: from
/// here on any login that is a member of finnest_migrator can read and append history. Runs as the
/// connecting user, because only the current owner (or a superuser) may give an object away.
/// </summary>
[Migration(202612050100, "infrastructure: the runner's history table and guard are owned by finnest_owner")]
public sealed class V202612050100_EngineObjectsOwnedByOwner : Migration, ISessionUserMigration
{
    public override void Up(SchemaBuilder db)
    {
        db.Sql("""
            do $$
            declare statement text;
            begin
                for statement in
                    select format('alter table finnest.%I owner to finnest_owner', c.relname)
                    from pg_class c
                    where c.relnamespace = 'finnest'::regnamespace and c.relkind in ('r', 'p')
                      and c.relowner <> 'finnest_owner'::regrole
                    union all
                    select format('alter function %s owner to finnest_owner', p.oid::regprocedure)
                    from pg_proc p
                    where p.pronamespace = 'finnest'::regnamespace and p.proowner <> 'finnest_owner'::regrole
                loop
                    execute statement;
                end loop;
            end
            $$;
            """);
        db.Sql("comment on table finnest.schema_history is 'Append-only journal of migrations applied, undone, baselined, and repeatable scripts applied. Written only by the migration runner. Owned by finnest_owner: any member of finnest_migrator may run migrations.';");
    }

    // Nothing to give back: the previous owner may be a login that no longer exists, and
    // finnest_owner owning the runner's objects is what every later run relies on.
    public override void Down(SchemaBuilder db) =>
        db.Sql("comment on table finnest.schema_history is 'Append-only journal of migrations applied, undone, baselined, and repeatable scripts applied. Written only by the migration runner.';");
}
