#!/usr/bin/env bash
# The tenant check on a soft reference (finnest.require_employee_id_in_tenant, a BEFORE INSERT
# trigger on timekeep.clock_events): $BENCH_SOFTREF_ROWS clock events inserted in one statement
# with the check, against the same insert with only that trigger disabled. Each insert runs in a
# transaction that is rolled back; $BENCH_RUNS runs alternating, median of the server-side time.
# Prints: ratio<TAB>what<TAB>baseline s<TAB>subject s<TAB>ratio
set -euo pipefail
: "${FINNEST_BENCH_URL:?set FINNEST_BENCH_URL to a migrated database (superuser)}"
rows=${BENCH_SOFTREF_ROWS:-20000}
runs=${BENCH_RUNS:-3}

slug="softref-bench-$$"
employee=$(psql -X -q -t -A -v ON_ERROR_STOP=1 "$FINNEST_BENCH_URL" <<SQL
insert into public.organisations (name, slug) values ('Soft reference bench', '$slug');
insert into people.employees (org_id, first_name, last_name, employment_type)
select id, 'Ada', 'Lovelace', 'casual' from public.organisations where slug = '$slug' returning org_id || ' ' || id;
SQL
)
read -r org employee_id <<<"$(echo "$employee" | tail -1)"
psql -X -q -v ON_ERROR_STOP=1 "$FINNEST_BENCH_URL" -c "select finnest.maintain_partitions()" >/dev/null

# Seconds the server spends on the insert, measured inside the transaction that is then rolled back.
timed_insert() {
    psql -X -q -t -A -v ON_ERROR_STOP=1 "$FINNEST_BENCH_URL" <<SQL | grep -E '^[0-9.]+$'
begin;
$1
create temporary table t0 on commit drop as select clock_timestamp() as at;
insert into timekeep.clock_events (org_id, employee_id, event_type, source, occurred_at, local_timezone)
select '$org', '$employee_id', 'clock_in', 'kiosk', now() - g * interval '1 second', 'Australia/Sydney'
from generate_series(1, $rows) as g;
select extract(epoch from clock_timestamp() - at) from t0;
rollback;
SQL
}
results=$(for _ in $(seq 1 "$runs"); do
    echo "without $(timed_insert 'alter table timekeep.clock_events disable trigger soft_ref_employee_id;')"
    echo "with $(timed_insert '')"
done)
median() { echo "$results" | awk -v k="$1" '$1 == k {print $2}' | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
awk -v b="$(median without)" -v s="$(median with)" -v n="$rows" \
    'BEGIN {printf "ratio\tclock-event insert of %d rows with the tenant soft-reference check vs without it\t%.3f\t%.3f\t%.2f\n", n, b, s, (b > 0 ? s / b : 0)}'
