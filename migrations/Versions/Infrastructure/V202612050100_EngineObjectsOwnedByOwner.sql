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
comment on table finnest.schema_history is 'Append-only journal of migrations applied, undone, baselined, and repeatable scripts applied. Written only by the migration runner. Owned by finnest_owner: any member of finnest_migrator may run migrations.';
