namespace Finnest.Database.Engine.Plan;

/// <summary>
/// The finnest_* roles are shared by every database of the cluster, but the migration lock is per
/// database: runners migrating two databases at once may both find a role missing. This step,
/// planned before the first migration, creates what is missing and treats "someone else just
/// created it" (duplicate_object, or unique_violation while that transaction committed) as done.
/// It commits on its own, so the first migration's own IF NOT EXISTS then finds every role.
/// </summary>
public static class ClusterRoles
{
    public const string Sql = """
        do $$
        declare
            r record;
        begin
            for r in select * from (values ('finnest_owner', 'bypassrls'), ('finnest_migrator', 'bypassrls'), ('finnest_app', 'nobypassrls'),
                                           ('finnest_readonly', 'nobypassrls'), ('finnest_maintenance', 'nobypassrls')) as roles(name, rls) loop
                if not exists (select from pg_catalog.pg_roles where rolname = r.name) then
                    begin
                        execute format('create role %I nologin %s', r.name, r.rls);
                    exception when duplicate_object or unique_violation then
                        null; -- created by a runner on another database a moment ago
                    end;
                end if;
            end loop;
            if not exists (select from pg_catalog.pg_auth_members m
                           where m.roleid = 'finnest_owner'::regrole and m.member = 'finnest_migrator'::regrole) then
                begin
                    grant finnest_owner to finnest_migrator;
                exception when duplicate_object or unique_violation then
                    null;
                end;
            end if;
        end
        $$;
        """;

    public static Step Step() => new("cluster roles", "cluster-wide roles (created if missing)", [Sql], InTransaction: true, AsOwner: false, History: null, Action: "roles ensured");
}
