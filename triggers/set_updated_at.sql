-- set_updated_at: keeps updated_at equal to the time of the transaction that last changed the row.
-- Attached BEFORE UPDATE to every table with an updated_at column (by the table builder).
create or replace function finnest.set_updated_at() returns trigger
language plpgsql
set search_path = ''
as $$
begin
    new.updated_at := now();
    return new;
end
$$;

revoke execute on function finnest.set_updated_at() from public;
