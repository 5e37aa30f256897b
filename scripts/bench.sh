#!/usr/bin/env bash
# Speed of `migrate up` on a fresh database, as a ratio against the fastest possible way to build
# the same schema: replaying its `pg_dump --schema-only` with `psql -1`, on the same cluster in the
# same run. Prints each run and the median ratio. Usage: scripts/bench.sh [runs, default 5]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PGOPTIONS="-c client_min_messages=warning"

dotnet build migrations -c Release --nologo -v quiet >/dev/null
cli=(dotnet migrations/bin/Release/net10.0/finnest-db.dll)
"${cli[@]}" db start >/dev/null
url=$("${cli[@]}" db url)
base=${url%/*}
port=$(echo "$url" | sed -E 's#.*:([0-9]+)/.*#\1#')
psql_to() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"; }
now() { date +%s.%N; }

schema=$(mktemp)
trap 'rm -f "$schema"' EXIT
ratios=()
for i in $(seq 1 "$runs"); do
    for db in bench_up bench_dump; do
        psql_to -d postgres -c "drop database if exists $db" -c "create database $db"
    done
    t0=$(now); "${cli[@]}" migrate up --connection "$base/bench_up" >/dev/null 2>&1; t1=$(now)
    pg_dump -h 127.0.0.1 -p "$port" -U postgres --schema-only bench_up >"$schema"
    t2=$(now); psql_to -d bench_dump -1 -f "$schema" >/dev/null; t3=$(now)
    up=$(awk "BEGIN {print $t1 - $t0}"); dump=$(awk "BEGIN {print $t3 - $t2}")
    ratio=$(awk "BEGIN {print $up / $dump}")
    ratios+=("$ratio")
    printf 'run %d: migrate up %.2f s, pg_dump replay %.2f s, ratio %.2f\n' "$i" "$up" "$dump" "$ratio"
done
for db in bench_up bench_dump; do psql_to -d postgres -c "drop database if exists $db"; done
median=$(printf '%s\n' "${ratios[@]}" | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}')
printf 'median ratio (migrate up / pg_dump replay) over %d runs: %.2f\n' "$runs" "$median"
