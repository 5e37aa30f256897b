do $compression$
declare
    audited regclass;
begin
    for audited in
        select 'public.audit_log'::regclass
        union all
        select inhrelid::regclass from pg_catalog.pg_inherits where inhparent = 'public.audit_log'::regclass
    loop
        execute format('alter table %s alter column old_row set compression lz4, alter column new_row set compression lz4', audited);
    end loop;
end
$compression$;
comment on column public.audit_log.old_row is 'Row before the change (jsonb of every column), sensitive columns redacted. Compressed with lz4 when the entry passes the TOAST threshold (about 2 kB); read it like any jsonb.';
comment on column public.audit_log.new_row is 'Row after the change (jsonb of every column), sensitive columns redacted. Compressed with lz4 when the entry passes the TOAST threshold (about 2 kB); read it like any jsonb.';
