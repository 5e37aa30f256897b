-- audit_statement: the audit log at set speed. Three statement-level triggers per tenant table
-- (audit_insert, audit_update, audit_delete; PostgreSQL allows transition tables only on
-- single-event triggers) hand this function the statement's rows as transition tables new_rows
-- and old_rows, and it writes every entry of the statement with ONE insert … select: one
-- public.audit_log row per changed row, with the same meaning as the row-level audit_row:
--   insert / delete            the new / old row
--   update / soft_delete / restore (by deleted_at)   old and new row and the changed columns,
--                              nothing at all for a row where only updated_at changed
--   trigger arguments          columns whose non-null values are written as "[redacted]"
--   actor_id, actor_verified   the app.user_id the session claims, and whether it is a user of
--                              the row's organisation (false: forged or foreign, null: none claimed)
-- Rows of an update are paired by id, which set_updated_at keeps immutable.
--
-- Cost (measured with scripts/bench.d/audit.sh, see the README's audit section):
--   jit = off       the pairing join of two transition tables has no statistics, so the planner
--                   guesses millions of rows and JIT-compiles with full optimisation: 0.2-0.5 s
--                   of CPU on an UPDATE of 20,000 rows, for a query that runs once.
--   enable_nestloop = off
--                   PL/pgSQL keeps a query's plan for the session; if the first statement that
--                   fired the update trigger changed one row, the kept plan paired old and new
--                   rows by a nested loop, and a later UPDATE of 20,000 rows in the same session
--                   compared 400 million pairs (145 s of CPU instead of 1.3 s). A hash join is
--                   right for one row and for a million, so the plan no longer depends on which
--                   statement came first.
--   no sensitive column (most tables): their own three queries without any redaction
--                   expression, so each single-row statement prepares a smaller plan.
--   row ids         read from the transition table's id column, not parsed back out of jsonb.
--   changed columns hstore difference in C, sorted by a plain comparison when one or two columns
--                   changed (almost every update); only wider changes pay for a sort subquery.
--   redaction       one sensitive column (most tables that have any): a jsonb lookup and a
--                   concatenation per row; several: the hstore slice below.
--
-- security definer, so that the application role needs no INSERT on the audit log and cannot
-- forge entries; the owner (finnest_owner) bypasses row-level security for the write.
--
-- V202612020100_StatementLevelAudit creates the function (this body as of that migration); this
-- script owns its later versions, so it only replaces a function that exists. On a database
-- migrated to a version before that one it defines nothing: the catalog stays what that version
-- built, the same whether it was migrated up to it or down to it.

do $guard$
begin
    if to_regprocedure('finnest.audit_statement()') is null then
        return;
    end if;
    execute $definition$
create or replace function finnest.audit_statement() returns trigger
language plpgsql
security definer
set search_path = ''
set jit = off
set enable_nestloop = off
as $$
declare
    claimed text := nullif(current_setting('app.user_id', true), '');
    actor uuid;
    audited_table text := tg_table_schema || '.' || tg_table_name;
    -- public.organisations is its own tenant.
    tenant_key text := 'org_id';
    transaction bigint := txid_current();
    -- Redaction, set only on tables with sensitive columns (trigger arguments): the named columns
    -- holding a value are overwritten with "[redacted]". With exactly one such column (only_one),
    -- a row's value is checked in its jsonb and one_mask laid over it; with several, the row's
    -- hstore is sliced to them, minus the pairs with a null value (nulls: one null per redacted
    -- column, with tg_argv's bounds, which count from 0).
    redacted text[];
    only_one text;
    one_mask jsonb;
    nulls text[];
begin
    if claimed ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
        actor := claimed::uuid;
    end if;
    if tg_table_name = 'organisations' and tg_table_schema = 'public' then
        tenant_key := 'id';
    end if;

    -- Each query turns a row into jsonb once (offset 0 keeps the planner from repeating to_jsonb
    -- for every use) and looks the claimed actor's organisation up once (an init plan).
    if tg_nargs = 0 then
        if tg_op = 'INSERT' then
            insert into public.audit_log (org_id, table_name, operation, row_id, actor_id, actor_verified, actor_role,
                                          old_row, new_row, changed_columns, transaction_id)
            select (r.new_row ->> tenant_key)::uuid, audited_table, 'insert', r.id, actor,
                   case when claimed is not null
                        then (r.new_row ->> tenant_key)::uuid = (select u.org_id from public.users as u where u.id = actor) is true end,
                   session_user, null, r.new_row, null, transaction
            from (select n.id, to_jsonb(n) as new_row from new_rows as n offset 0) as r;
        elsif tg_op = 'DELETE' then
            insert into public.audit_log (org_id, table_name, operation, row_id, actor_id, actor_verified, actor_role,
                                          old_row, new_row, changed_columns, transaction_id)
            select (r.old_row ->> tenant_key)::uuid, audited_table, 'delete', r.id, actor,
                   case when claimed is not null
                        then (r.old_row ->> tenant_key)::uuid = (select u.org_id from public.users as u where u.id = actor) is true end,
                   session_user, r.old_row, null, null, transaction
            from (select o.id, to_jsonb(o) as old_row from old_rows as o offset 0) as r;
        elsif tg_op = 'UPDATE' then
            -- Changed columns by hstore difference (the text forms compared in C); a row where nothing
            -- but updated_at changed is dropped before any jsonb is built. Rows are paired by id.
            -- akeys lists keys shortest first: the log keeps them in alphabetical order.
            insert into public.audit_log (org_id, table_name, operation, row_id, actor_id, actor_verified, actor_role,
                                          old_row, new_row, changed_columns, transaction_id)
            select (r.new_row ->> tenant_key)::uuid, audited_table,
                   case when r.old_deleted is null and r.new_deleted is not null then 'soft_delete'
                        when r.old_deleted is not null and r.new_deleted is null then 'restore'
                        else 'update' end,
                   r.id, actor,
                   case when claimed is not null
                        then (r.new_row ->> tenant_key)::uuid = (select u.org_id from public.users as u where u.id = actor) is true end,
                   session_user, r.old_row, r.new_row,
                   case when cardinality(r.changed) < 2 then r.changed
                        when cardinality(r.changed) = 2 then case when r.changed[1] > r.changed[2] then array[r.changed[2], r.changed[1]] else r.changed end
                        else array(select k from unnest(r.changed) as k order by k) end,
                   transaction
            from (select d.id, to_jsonb(d.o) as old_row, to_jsonb(d.n) as new_row, d.changed,
                         d.old_pairs operator(public.->) 'deleted_at' as old_deleted, d.new_pairs operator(public.->) 'deleted_at' as new_deleted
                  from (select p.id, p.o, p.n, p.old_pairs, p.new_pairs,
                               public.akeys(public.delete(p.new_pairs operator(public.-) p.old_pairs, 'updated_at')) as changed
                        from (select o.id, o, n, public.hstore(o) as old_pairs, public.hstore(n) as new_pairs
                              from old_rows as o join new_rows as n on n.id = o.id
                              offset 0) as p
                        offset 0) as d
                  where d.changed <> '{}'
                  offset 0) as r;
        end if;
        return null;
    end if;

    redacted := tg_argv;
    if tg_nargs = 1 then
        only_one := redacted[array_lower(redacted, 1)];
        one_mask := jsonb_build_object(only_one, '[redacted]');
    else
        nulls := array_fill(null::text, array[tg_nargs], array[array_lower(redacted, 1)]);
    end if;
    if tg_op = 'INSERT' then
        insert into public.audit_log (org_id, table_name, operation, row_id, actor_id, actor_verified, actor_role,
                                      old_row, new_row, changed_columns, transaction_id)
        select (r.new_row ->> tenant_key)::uuid, audited_table, 'insert', r.id, actor,
               case when claimed is not null
                    then (r.new_row ->> tenant_key)::uuid = (select u.org_id from public.users as u where u.id = actor) is true end,
               session_user, null,
               case when only_one is not null then case when r.new_row -> only_one <> 'null' then r.new_row || one_mask else r.new_row end
                    else r.new_row || jsonb_object(r.new_secret, array_fill('[redacted]'::text, array[cardinality(r.new_secret)])) end,
               null, transaction
        from (select n.id, to_jsonb(n) as new_row,
                     case when only_one is null then public.akeys(public.slice(public.hstore(n), redacted) operator(public.-) public.hstore(redacted, nulls)) end as new_secret
              from new_rows as n offset 0) as r;
    elsif tg_op = 'DELETE' then
        insert into public.audit_log (org_id, table_name, operation, row_id, actor_id, actor_verified, actor_role,
                                      old_row, new_row, changed_columns, transaction_id)
        select (r.old_row ->> tenant_key)::uuid, audited_table, 'delete', r.id, actor,
               case when claimed is not null
                    then (r.old_row ->> tenant_key)::uuid = (select u.org_id from public.users as u where u.id = actor) is true end,
               session_user,
               case when only_one is not null then case when r.old_row -> only_one <> 'null' then r.old_row || one_mask else r.old_row end
                    else r.old_row || jsonb_object(r.old_secret, array_fill('[redacted]'::text, array[cardinality(r.old_secret)])) end,
               null, null, transaction
        from (select o.id, to_jsonb(o) as old_row,
                     case when only_one is null then public.akeys(public.slice(public.hstore(o), redacted) operator(public.-) public.hstore(redacted, nulls)) end as old_secret
              from old_rows as o offset 0) as r;
    elsif tg_op = 'UPDATE' then
        -- As above, then the sensitive columns of both rows redacted.
        insert into public.audit_log (org_id, table_name, operation, row_id, actor_id, actor_verified, actor_role,
                                      old_row, new_row, changed_columns, transaction_id)
        select (r.new_row ->> tenant_key)::uuid, audited_table,
               case when r.old_deleted is null and r.new_deleted is not null then 'soft_delete'
                    when r.old_deleted is not null and r.new_deleted is null then 'restore'
                    else 'update' end,
               r.id, actor,
               case when claimed is not null
                    then (r.new_row ->> tenant_key)::uuid = (select u.org_id from public.users as u where u.id = actor) is true end,
               session_user,
               case when only_one is not null then case when r.old_row -> only_one <> 'null' then r.old_row || one_mask else r.old_row end
                    else r.old_row || jsonb_object(r.old_secret, array_fill('[redacted]'::text, array[cardinality(r.old_secret)])) end,
               case when only_one is not null then case when r.new_row -> only_one <> 'null' then r.new_row || one_mask else r.new_row end
                    else r.new_row || jsonb_object(r.new_secret, array_fill('[redacted]'::text, array[cardinality(r.new_secret)])) end,
               case when cardinality(r.changed) < 2 then r.changed
                    when cardinality(r.changed) = 2 then case when r.changed[1] > r.changed[2] then array[r.changed[2], r.changed[1]] else r.changed end
                    else array(select k from unnest(r.changed) as k order by k) end,
               transaction
        from (select d.id, to_jsonb(d.o) as old_row, to_jsonb(d.n) as new_row, d.changed,
                     d.old_pairs operator(public.->) 'deleted_at' as old_deleted, d.new_pairs operator(public.->) 'deleted_at' as new_deleted,
                     case when only_one is null then public.akeys(public.slice(d.old_pairs, redacted) operator(public.-) public.hstore(redacted, nulls)) end as old_secret,
                     case when only_one is null then public.akeys(public.slice(d.new_pairs, redacted) operator(public.-) public.hstore(redacted, nulls)) end as new_secret
              from (select p.id, p.o, p.n, p.old_pairs, p.new_pairs,
                           public.akeys(public.delete(p.new_pairs operator(public.-) p.old_pairs, 'updated_at')) as changed
                    from (select o.id, o, n, public.hstore(o) as old_pairs, public.hstore(n) as new_pairs
                          from old_rows as o join new_rows as n on n.id = o.id
                          offset 0) as p
                    offset 0) as d
              where d.changed <> '{}'
              offset 0) as r;
    end if;
    return null;
end
$$
$definition$;
    execute 'revoke execute on function finnest.audit_statement() from public';
end
$guard$;
