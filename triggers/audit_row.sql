-- audit_row: writes one public.audit_log row for every insert, update, soft delete, restore and
-- delete on a tenant table. Trigger arguments name columns to redact (tax file numbers, bank
-- accounts, health, drug-test and vetting details): their values never reach the log in clear.
--
-- security definer, so that the application role needs no INSERT on the audit log and cannot
-- forge entries; the owner (finnest_owner) bypasses row-level security for the write.
create or replace function finnest.audit_row() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
    old_row jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
    new_row jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
    the_row jsonb := coalesce(new_row, old_row);
    changed text[];
    operation text;
    actor text := nullif(current_setting('app.user_id', true), '');
    org uuid;
    i integer;
begin
    if tg_op = 'UPDATE' then
        select array_agg(n.key order by n.key) into changed
        from jsonb_each(new_row) as n
        where n.value is distinct from old_row -> n.key and n.key <> 'updated_at';
        if changed is null then
            return null; -- nothing but updated_at changed: nothing to audit
        end if;
    end if;

    operation := case tg_op
        when 'INSERT' then 'insert'
        when 'DELETE' then 'delete'
        else case
            when old_row ->> 'deleted_at' is null and new_row ->> 'deleted_at' is not null then 'soft_delete'
            when old_row ->> 'deleted_at' is not null and new_row ->> 'deleted_at' is null then 'restore'
            else 'update'
        end
    end;

    for i in 0 .. tg_nargs - 1 loop
        if old_row ->> tg_argv[i] is not null then
            old_row := jsonb_set(old_row, array[tg_argv[i]], '"[redacted]"');
        end if;
        if new_row ->> tg_argv[i] is not null then
            new_row := jsonb_set(new_row, array[tg_argv[i]], '"[redacted]"');
        end if;
    end loop;

    -- public.organisations is its own tenant.
    org := coalesce(the_row ->> 'org_id',
                    case when tg_table_schema = 'public' and tg_table_name = 'organisations' then the_row ->> 'id' end)::uuid;

    insert into public.audit_log (org_id, table_name, operation, row_id, actor_id, actor_role,
                                  old_row, new_row, changed_columns, transaction_id)
    values (org, tg_table_schema || '.' || tg_table_name, operation, (the_row ->> 'id')::uuid,
            case when actor ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then actor::uuid end,
            session_user, old_row, new_row, changed, txid_current());
    return null;
end
$$;

revoke execute on function finnest.audit_row() from public;