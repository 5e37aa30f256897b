-- set_updated_at: keeps updated_at equal to the time of the transaction that last changed the row.
-- Attached BEFORE UPDATE to every table with an updated_at column (by the table builder).
-- Also keeps id immutable: the audit triggers pair a statement's old and new rows by id.
create or replace function finnest.set_updated_at() returns trigger
language plpgsql
set search_path = ''
as $$
begin
    if new.id is distinct from old.id then
        raise exception '%.%: id is immutable (row %)', tg_table_schema, tg_table_name, old.id
            using errcode = 'integrity_constraint_violation';
    end if;
    new.updated_at := now();
    return new;
end
$$;

revoke execute on function finnest.set_updated_at() from public;
