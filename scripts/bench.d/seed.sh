#!/usr/bin/env bash
# Seeding speed as a ratio against the fastest way to put the same rows in: replaying them from
# `pg_dump --data-only --disable-triggers` into a fresh migrated database, on the same server in the same run.
# Then what the audit rows cost the seeder (the same seed into a database whose audit triggers are disabled), and
# throughput and peak resident memory of the seeder at a larger scale.
#
#   FINNEST_BENCH_URL   superuser URL of a migrated, empty database; it is used as a template for the
#                       bench databases (default: the local cluster, migrated into database bench_seed_template)
#   FINNEST_BENCH_SEED_SCALE        scale of the ratio run (default demo)
#   FINNEST_BENCH_SEED_LARGE_SCALE  scale of the throughput run (default medium, a few minutes; large: see the README)
#
# Prints tab-separated lines:
#   ratio<TAB>seed vs pg_dump --data-only replay<TAB><baseline s><TAB><subject s><TAB><ratio>
#   ratio<TAB>seed with audit rows vs without (audit triggers disabled)<TAB><without s><TAB><with s><TAB><ratio>
#   throughput<TAB>seed --scale S: rows, s, rows/s, peak RSS MiB<TAB><rows><TAB><s><TAB><rows/s><TAB><MiB>
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PGOPTIONS="-c client_min_messages=warning"
scale=${FINNEST_BENCH_SEED_SCALE:-demo}
large=${FINNEST_BENCH_SEED_LARGE_SCALE:-medium}

dotnet build migrations -c Release --nologo -v quiet >/dev/null
cli=(dotnet migrations/bin/Release/net10.0/finnest-db.dll)
if [[ -n "${FINNEST_BENCH_URL:-}" ]]; then
    template=${FINNEST_BENCH_URL##*/}; template=${template%%\?*}
    server=${FINNEST_BENCH_URL%/*}
else
    "${cli[@]}" db start >/dev/null
    local_url=$("${cli[@]}" db url)
    server=${local_url%/*}
    template=bench_seed_template
    psql -X -q -d "$server/postgres" -c "drop database if exists $template" -c "create database $template"
    "${cli[@]}" migrate up --connection "$server/$template" >/dev/null 2>&1
fi
sql() { psql -X -q -v ON_ERROR_STOP=1 -d "$server/postgres" "$@"; }
fresh() { sql -c "drop database if exists $1" -c "create database $1 template $template"; }
now() { date +%s.%N; }
dump=$(mktemp); timing=$(mktemp)
cleanup() { rm -f "$dump" "$timing"; for db in bench_seed_subject bench_seed_replay bench_seed_unaudited bench_seed_large; do sql -c "drop database if exists $db" || true; done; }
trap cleanup EXIT

# Subject: the seeder, audit and immutability triggers in force, rows through binary COPY.
fresh bench_seed_subject
t0=$(now); "${cli[@]}" seed --scale "$scale" --as-of 2026-06-15 --connection "$server/bench_seed_subject" >/dev/null 2>&1; t1=$(now)

# Baseline: the same rows (audit rows included) replayed from a data-only dump with triggers disabled.
# Reference tables and the finnest schema come with the migrations, so only tenant tables are dumped.
mapfile -t skip < <(psql -X -At -d "$server/bench_seed_subject" -c "
    select format('--exclude-table-data=%I.%I', n.nspname, c.relname) from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p') and not c.relispartition and n.nspname not in ('pg_catalog', 'information_schema')
      and (n.nspname = 'finnest' or not exists (select from pg_attribute a where a.attrelid = c.oid and a.attname = 'org_id'))
      and not (n.nspname = 'public' and c.relname = 'organisations')")
pg_dump --data-only --disable-triggers "${skip[@]}" -d "$server/bench_seed_subject" >"$dump"
fresh bench_seed_replay
# The replay gets the same monthly partitions first (not timed), like the seeder creates them for its history.
psql -X -At -d "$server/bench_seed_subject" -c "
    select format('select finnest.create_month_partition(%L, %L);', pn.nspname || '.' || p.relname,
                  to_date(substring(c.relname from '_p([0-9]{4}_[0-9]{2})$'), 'YYYY_MM'))
    from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
    join pg_namespace pn on pn.oid = p.relnamespace where c.relname ~ '_p[0-9]{4}_[0-9]{2}$'" \
  | psql -X -q -v ON_ERROR_STOP=1 -d "$server/bench_seed_replay" >/dev/null
t2=$(now); psql -X -q -1 -v ON_ERROR_STOP=1 -d "$server/bench_seed_replay" -f "$dump" >/dev/null; t3=$(now)
subject=$(awk "BEGIN {print $t1 - $t0}"); baseline=$(awk "BEGIN {print $t3 - $t2}")
printf 'ratio\tseed vs pg_dump --data-only replay\t%.2f\t%.2f\t%.2f\n' "$baseline" "$subject" "$(awk "BEGIN {print $subject / $baseline}")"

# The audit rows' share: the same seed with every audit trigger disabled (the seeder keeps them on; this measures why).
fresh bench_seed_unaudited
psql -X -At -d "$server/bench_seed_unaudited" -c "
    select format('alter table %s disable trigger %I;', tgrelid::regclass, tgname) from pg_trigger
    where tgname in ('audit_insert', 'audit_update', 'audit_delete') and not tgisinternal" \
  | psql -X -q -v ON_ERROR_STOP=1 -d "$server/bench_seed_unaudited" >/dev/null
t4=$(now); "${cli[@]}" seed --scale "$scale" --as-of 2026-06-15 --connection "$server/bench_seed_unaudited" >/dev/null 2>&1; t5=$(now)
unaudited=$(awk "BEGIN {print $t5 - $t4}")
printf 'ratio\tseed with audit rows vs without (audit triggers disabled)\t%.2f\t%.2f\t%.2f\n' "$unaudited" "$subject" "$(awk "BEGIN {print $subject / $unaudited}")"

# Throughput and memory at a larger scale: the seeder streams, so its peak RSS should not grow with the rows.
fresh bench_seed_large
/usr/bin/time -v -o "$timing" "${cli[@]}" seed --scale "$large" --as-of 2026-06-15 --connection "$server/bench_seed_large" >"$dump" 2>/dev/null
rows=$(grep -E '^\W*total ' "$dump" | awk -F'│' '{gsub(/[ ,]/, "", $3); print $3}')
seconds=$(grep -E 'Elapsed \(wall clock\)' "$timing" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
rss=$(grep 'Maximum resident set size' "$timing" | awk '{print $NF}')
printf 'throughput\tseed --scale %s: rows, s, rows/s, peak RSS MiB\t%s\t%.1f\t%.0f\t%.0f\n' "$large" "$rows" "$seconds" "$(awk "BEGIN {print $rows / $seconds}")" "$(awk "BEGIN {print $rss / 1024}")"
