-- block_truncate: TRUNCATE fires no row triggers, so append-only logs carry this statement
-- trigger too, on the parent and on every partition (statement triggers are not inherited).
create or replace function finnest.block_truncate() returns trigger
language plpgsql
set search_path = ''
as $$
begin
    raise exception '%.% is append-only: TRUNCATE is not allowed', tg_table_schema, tg_table_name
        using errcode = 'insufficient_privilege',
              hint = 'Old months leave by partitions archive, which detaches them.';
end
$$;

revoke execute on function finnest.block_truncate() from public;
