-- block_update_delete: makes append-only logs (event store, audit log, clock events) immutable.
-- Attached BEFORE UPDATE OR DELETE FOR EACH ROW to the partitioned parent, so PostgreSQL clones
-- it onto every partition, present and future. Partition maintenance never needs to get past
-- it: rows leave the default partition by detaching it (see partitions/).
create or replace function finnest.block_update_delete() returns trigger
language plpgsql
set search_path = ''
as $$
begin
    raise exception '%.% is append-only: % is not allowed', tg_table_schema, tg_table_name, tg_op
        using errcode = 'insufficient_privilege',
              hint = 'Record a correcting entry instead.';
end
$$;

revoke execute on function finnest.block_update_delete() from public;
