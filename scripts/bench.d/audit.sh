#!/usr/bin/env bash
# Audited writes against the same writes without audit, on the database $FINNEST_BENCH_URL
# (migrated, superuser). Baseline: a copy of people.employees with the same indexes and checks
# but no triggers, foreign keys or row-level security, written by the superuser. Subject: the
# real table written as the application role for one tenant, with a claimed actor (audit
# triggers, FKs, RLS). INSERT … SELECT of $BENCH_AUDIT_ROWS employees, then UPDATE of as many,
# and the same UPDATE again after 10 single-row updates in its session (the audit query's kept plan).
# Wide entries: an UPDATE of as many employees carrying 1.3 kB of notes, the audit log's rows
# compressed with pglz (baseline) against lz4 (subject, what V202612110100 chose).
# Row at a time: $BENCH_AUDIT_SINGLE inserts and as many updates of one row each (public.tags, as
# the app; each update by the id its insert returned), statement-level audit against the
# row-level audit_row it replaced (swapped back in for the measurement). Updating by id keeps
# the statement's own cost flat: the loop's kept plan for a lookup by name was made on an
# empty table and grew with every row, a cost both sides shared that hid the audit's share.
# 5,000 by default: the CPU clock ticks at 10 ms, and 1,000 statements could not show a 5% difference.
# Time is the backend's CPU time (/proc/self/stat), so other work on the machine does not count;
# each measurement runs $BENCH_RUNS times in a rolled-back transaction, alternating, median kept.
# Prints: ratio<TAB>what<TAB>baseline s<TAB>subject s<TAB>ratio
set -euo pipefail
: "${FINNEST_BENCH_URL:?set FINNEST_BENCH_URL to a migrated database (superuser)}"
rows=${BENCH_AUDIT_ROWS:-20000}
single=${BENCH_AUDIT_SINGLE:-5000}
runs=${BENCH_RUNS:-3}
psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -v rows="$rows" -v single="$single" "$@" "$FINNEST_BENCH_URL"; }

psql_bench >/dev/null <<'SQL'
set client_min_messages = warning;
create schema bench;
-- CPU seconds this backend has used (utime + stime, in clock ticks of 1/100 s).
create function bench.cpu_seconds() returns numeric language sql as
$$ select (f[12]::numeric + f[13]::numeric) / 100 from (select string_to_array(split_part(pg_read_file('/proc/self/stat'), ') ', 2), ' ') as f) as s $$;
-- A tax file number shaped like a FieldEncryption v1 envelope (0x01, 12-byte nonce, 16-byte tag,
-- ciphertext), which ck_employees__tax_file_number_encrypted_envelope requires; the copy keeps that check.
create function bench.envelope(n int) returns bytea language sql immutable as
$$ select '\x01'::bytea || decode(repeat('00', 28), 'hex') || decode(lpad(to_hex(n), 8, '0'), 'hex') $$;
grant usage on schema bench to finnest_app;
create table bench.employees (like people.employees including defaults including constraints including indexes);
create table bench.tenant (org_id uuid, actor uuid);
-- The audit log's old_row/new_row compression, on the parent and every partition, for the lz4 vs pglz line
-- (V202612110100 chose lz4); called inside a transaction that is rolled back.
create function bench.audit_compression(method text) returns void language plpgsql as $f$
declare
    audited regclass;
begin
    for audited in select 'public.audit_log'::regclass
                   union all select inhrelid::regclass from pg_inherits where inhparent = 'public.audit_log'::regclass loop
        execute format('alter table %s alter column old_row set compression %s, alter column new_row set compression %s', audited, method, method);
    end loop;
end
$f$;
with o as (insert into public.organisations (name, slug) values ('Bench', 'bench') returning id),
     u as (insert into public.users (org_id, email, first_name, last_name, kind) select id, 'bench@example.com', 'Bench', 'User', 'staff' from o returning org_id, id)
insert into bench.tenant select org_id, id from u;
-- the rows the updates change, in both tables
insert into people.employees (org_id, employee_number, first_name, last_name, email, phone, employment_type, employment_status, start_date, tax_file_number_encrypted)
select t.org_id, 'U' || g, 'First' || g, 'Last' || g, 'u' || g || '@example.com', '+614' || lpad(g::text, 8, '0'), 'casual', 'active', date '2025-01-01', bench.envelope(g)
from bench.tenant as t, generate_series(1, :rows) as g;
insert into bench.employees select * from people.employees;
vacuum analyze people.employees;
vacuum analyze bench.employees;
SQL

# One run of every measurement; prints "label cpu_seconds" lines.
run_once() {
    psql_bench -t -A <<'SQL'
\set QUIET on
select org_id as org, actor from bench.tenant \gset
\set insert_rows 'insert into TABLE (org_id, employee_number, first_name, last_name, email, phone, employment_type, employment_status, start_date, tax_file_number_encrypted) select ' :'org' ', ''E'' || g, ''First'' || g, ''Last'' || g, ''e'' || g || ''@example.com'', ''+614'' || lpad(g::text, 8, ''0''), ''casual'', ''active'', date ''2025-01-01'', bench.envelope(g) from generate_series(1, ' :rows ') as g'
\set update_rows 'update TABLE set phone = ''+615'' || substr(phone, 5), employment_status = ''on_leave'' where org_id = ' :'org'
-- plain insert
select replace(:'insert_rows', 'TABLE', 'bench.employees') as stmt \gset
begin; select bench.cpu_seconds() as c0 \gset
:stmt;
select 'plain_insert', bench.cpu_seconds() - :c0;
rollback;
-- audited insert
select replace(:'insert_rows', 'TABLE', 'people.employees') as stmt \gset
begin; select bench.cpu_seconds() as c0 \gset
set local role finnest_app;
select set_config('app.org_id', :'org', true), set_config('app.user_id', :'actor', true) \gset
:stmt;
reset role;
select 'audited_insert', bench.cpu_seconds() - :c0;
rollback;
-- plain update
select replace(:'update_rows', 'TABLE', 'bench.employees') as stmt \gset
begin; select bench.cpu_seconds() as c0 \gset
:stmt;
select 'plain_update', bench.cpu_seconds() - :c0;
rollback;
-- audited update
select replace(:'update_rows', 'TABLE', 'people.employees') as stmt \gset
begin; select bench.cpu_seconds() as c0 \gset
set local role finnest_app;
select set_config('app.org_id', :'org', true), set_config('app.user_id', :'actor', true) \gset
:stmt;
reset role;
select 'audited_update', bench.cpu_seconds() - :c0;
rollback;
-- audited update after single-row updates in the same session: PL/pgSQL keeps the audit query's
-- plan for the session, so it must suit 20,000 rows even when first made for one
begin;
set local role finnest_app;
select set_config('app.org_id', :'org', true), set_config('app.user_id', :'actor', true) \gset
do $d$ begin for i in 1..10 loop update people.employees set employment_status = 'suspended' where employee_number = 'U' || i and deleted_at is null; end loop; end $d$;
reset role;
select bench.cpu_seconds() as c0 \gset
set local role finnest_app;
:stmt;
reset role;
select 'audited_update_after_singles', bench.cpu_seconds() - :c0;
rollback;
-- audit entries past the ~2 kB TOAST threshold (an employee with notes in metadata): compressed with pglz, then
-- with lz4. Each employee first gets about 1.3 kB of notes (not timed); the timed update rewrites them, so both
-- the old and the new row of every entry are wide (about 4.4 kB together).
\set wide_notes 'update people.employees set metadata = jsonb_build_object(''notes'', (select string_agg(md5(employee_number || SALT || g), '' '') from generate_series(1, 40) as g)) where org_id = ' :'org'
select replace(:'wide_notes', 'SALT', '''a''') as widen, replace(:'wide_notes', 'SALT', '''b''') as rewrite \gset
begin;
select bench.audit_compression('pglz');
:widen;
select bench.cpu_seconds() as c0 \gset
:rewrite;
select 'wide_update_pglz', bench.cpu_seconds() - :c0;
rollback;
begin;
:widen;
select bench.cpu_seconds() as c0 \gset
:rewrite;
select 'wide_update_lz4', bench.cpu_seconds() - :c0;
rollback;
-- one row per statement: row-level audit_row (as before statement-level audit), then statement-level
\set one_by_one 'do $d$ declare tag uuid; begin for i in 1..' :single ' loop insert into public.tags (org_id, name) values (current_setting(''app.org_id'')::uuid, ''t'' || i) returning id into tag; update public.tags set colour = ''#000000'' where id = tag; end loop; end $d$'
vacuum public.tags;
begin;
drop trigger audit_insert on public.tags; drop trigger audit_update on public.tags; drop trigger audit_delete on public.tags;
create trigger audit_row after insert or update or delete on public.tags for each row execute function finnest.audit_row();
select bench.cpu_seconds() as c0 \gset
set local role finnest_app;
select set_config('app.org_id', :'org', true), set_config('app.user_id', :'actor', true) \gset
:one_by_one;
reset role;
select 'row_level_single', bench.cpu_seconds() - :c0;
rollback;
vacuum public.tags;
begin; select bench.cpu_seconds() as c0 \gset
set local role finnest_app;
select set_config('app.org_id', :'org', true), set_config('app.user_id', :'actor', true) \gset
:one_by_one;
reset role;
select 'statement_level_single', bench.cpu_seconds() - :c0;
rollback;
SQL
}

results=$(for _ in $(seq 1 "$runs"); do run_once; done)
median() { echo "$results" | awk -F'|' -v k="$1" '$1 == k {print $2}' | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
line() { awk -v what="$1" -v b="$2" -v s="$3" 'BEGIN {printf "ratio\t%s\t%.3f\t%.3f\t%.2f\n", what, b, s, (b > 0 ? s / b : 0)}'; }
line "audited INSERT of $rows employees as the app (CPU) vs unaudited copy" "$(median plain_insert)" "$(median audited_insert)"
line "audited UPDATE of $rows employees as the app (CPU) vs unaudited copy" "$(median plain_update)" "$(median audited_update)"
line "audited UPDATE of $rows employees after 10 single-row UPDATEs in the same session (CPU) vs in a fresh session" "$(median audited_update)" "$(median audited_update_after_singles)"
line "audited UPDATE of $rows employees with 1.3 kB notes (CPU), audit rows compressed with lz4 vs pglz" "$(median wide_update_pglz)" "$(median wide_update_lz4)"
line "$single single-row INSERTs + UPDATEs as the app (CPU), statement-level vs row-level audit" "$(median row_level_single)" "$(median statement_level_single)"
