#!/usr/bin/env bash
# An indexed lookup of one employee by number, as the application sees it (set local role
# finnest_app, app.org_id, row-level security adds the tenant filter) against the superuser
# with the tenant filter written out; both transactions send the same four statements. Two
# tenants of $BENCH_LOOKUP_ROWS employees each on $FINNEST_BENCH_URL (migrated, superuser);
# pgbench, one client, $BENCH_LOOKUP_TRANSACTIONS transactions per run, $BENCH_RUNS runs
# alternating, median of the average latency kept.
# Prints: ratio<TAB>what<TAB>baseline s<TAB>subject s<TAB>ratio  (seconds per transaction)
set -euo pipefail
: "${FINNEST_BENCH_URL:?set FINNEST_BENCH_URL to a migrated database (superuser)}"
rows=${BENCH_LOOKUP_ROWS:-20000}
transactions=${BENCH_LOOKUP_TRANSACTIONS:-2000}
runs=${BENCH_RUNS:-3}
pg_bin=${FINNEST_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}

# Triggers off while arranging (session_replication_role): audit rows are not what is measured.
org=$(psql -X -q -t -A -v ON_ERROR_STOP=1 -v rows="$rows" "$FINNEST_BENCH_URL" <<'SQL'
set session_replication_role = replica;
insert into public.organisations (name, slug) values ('Lookup A', 'lookup-a'), ('Lookup B', 'lookup-b');
insert into people.employees (org_id, employee_number, first_name, last_name, employment_type)
select o.id, 'N' || g, 'First' || g, 'Last' || g, 'casual'
from public.organisations as o, generate_series(1, :rows) as g where o.slug like 'lookup-%';
analyze people.employees;
select id from public.organisations where slug = 'lookup-a';
SQL
)

scripts=$(mktemp -d)
trap 'rm -rf "$scripts"' EXIT
cat >"$scripts/app.sql" <<SQL
\set n random(1, $rows)
begin;
set local role finnest_app;
select set_config('app.org_id', '$org', true);
select id, first_name, last_name from people.employees where employee_number = 'N' || :n and deleted_at is null;
end;
SQL
cat >"$scripts/superuser.sql" <<SQL
\set n random(1, $rows)
begin;
set local role postgres;
select set_config('app.org_id', '$org', true);
select id, first_name, last_name from people.employees where org_id = '$org' and employee_number = 'N' || :n and deleted_at is null;
end;
SQL

latency() { "$pg_bin/pgbench" -n -c 1 -t "$transactions" -f "$scripts/$1.sql" "$FINNEST_BENCH_URL" 2>/dev/null | awk '/latency average/ {print $4 / 1000}'; }
latency superuser >/dev/null; latency app >/dev/null   # warm-up: caches and plans
results=$(for _ in $(seq 1 "$runs"); do echo "superuser $(latency superuser)"; echo "app $(latency app)"; done)
median() { echo "$results" | awk -v k="$1" '$1 == k {print $2}' | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
awk -v b="$(median superuser)" -v s="$(median app)" \
    'BEGIN {printf "ratio\tindexed tenant lookup as the app (RLS) vs superuser with explicit tenant filter, per transaction\t%.6f\t%.6f\t%.2f\n", b, s, (b > 0 ? s / b : 0)}'
