do $$
declare
    staging record;
begin
    for staging in
        select format('%I.%I', n.nspname, t.relname) as name, c.conname from pg_catalog.pg_constraint c
        join pg_catalog.pg_class t on t.oid = c.conrelid
        join pg_catalog.pg_namespace n on n.oid = t.relnamespace
        where c.contype = 'f' and c.confrelid = 'v2.loads'::regclass and n.nspname = 'v2'
        order by t.relname
    loop
        execute format('alter table %s drop constraint %I', staging.name, staging.conname);
        execute format('comment on column %s.load_id is %L', staging.name,
            'The v2.loads row (file load) that staged this line. No foreign key (it cost a lookup per staged row): v2 import '
            || 'refuses to read the table unless every row carries the current load of its table and their number is that load''s row_count.');
    end loop;
end
$$;
