#!/usr/bin/env bash
# W4 (issue 20): a fleet of tenant schemas on PostgreSQL, N tenants x R revisions, in one run:
#   fleet     migrate's fleet run: one `bin/migrate upgrade --target-schemas 'tenant\_%'` (default parallelism)
#   cli-loop  a loop of `bin/migrate upgrade --schema tenant_NNN`, one process per tenant
#   flyway    Flyway's Java API looping over the schemas in one JVM (contenders/flyway-api)
#   psql-each one `psql -f` per tenant (each revision in its own transaction): the floor per process
#   psql-one  one `psql` for the whole fleet: the single-process floor
# Not part of `mvn verify`, never run by CI. Writes target/w4/times.tsv and prints a Markdown table.
#
#   bench/w4.sh                                  tenants 50 200 500, 20 revisions, every contender, 1 run
#   bench/w4.sh --tenants "50" --runs 3          one size, 3 runs (median in the table)
#   bench/w4.sh --contenders "fleet psql-one"    a subset
#   BENCH_NO_BUILD=1 bench/w4.sh ...             reuse migrate-cli/target/migrate instead of building it
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "${BENCH}")
OUT=${BENCH}/target/w4
WORK=${OUT}/work
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
export PGHOST PGPORT PGUSER=postgres PGSSLMODE=disable PGGSSENCMODE=disable PGOPTIONS="-c client_min_messages=warning"
export REDGATE_DISABLE_TELEMETRY=true
MVN=(mvn -B -ntp -q)
[ -n "${BENCH_M2:-}" ] && MVN+=("-Dmaven.repo.local=${BENCH_M2}")

TENANT_SIZES="50 200 500"
REVISIONS=20
RUNS=1
CONTENDERS="fleet cli-loop flyway psql-each psql-one"
while [ $# -gt 0 ]; do
    case "$1" in
        --tenants) TENANT_SIZES=$2; shift ;;
        --revisions) REVISIONS=$2; shift ;;
        --runs) RUNS=$2; shift ;;
        --contenders) CONTENDERS=$2; shift ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

PSQL=(psql -X -q -v ON_ERROR_STOP=1)
DBS=${OUT}/databases.txt
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
url() { echo "jdbc:postgresql://${PGHOST}:${PGPORT}/$1?user=postgres&sslmode=disable"; }
now() { date +%s%N; }

cleanup() {
    local status=$?
    if [ -f "${DBS}" ]; then
        while read -r db; do
            "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS ${db} WITH (FORCE)" >/dev/null 2>&1 || true
        done < "${DBS}"
        rm -f "${DBS}"
    fi
    exit "${status}"
}
trap cleanup EXIT INT TERM

mkdir -p "${OUT}" "${WORK}"
: > "${DBS}"

log "building the CLI distribution and the Flyway contender"
if [ -z "${BENCH_NO_BUILD:-}" ]; then  # BENCH_NO_BUILD=1 reuses migrate-cli/target/migrate as it is
    (cd "${ROOT}" && "${MVN[@]}" -pl migrate-cli -am package -DskipTests -Dinvoker.skip)
fi
DIST=${ROOT}/migrate-cli/target/migrate
[ -x "${DIST}/bin/migrate" ] || { echo "no ${DIST}/bin/migrate" >&2; exit 1; }
if [[ " ${CONTENDERS} " == *" flyway "* ]]; then
    (cd "${BENCH}/contenders/flyway-api" && "${MVN[@]}" package dependency:build-classpath \
        -Dmdep.outputFile="${OUT}/flyway-cp.txt")
    FLYWAY_CP=${BENCH}/contenders/flyway-api/target/contender-flyway-api-1.jar:$(cat "${OUT}/flyway-cp.txt")
fi

log "writing ${REVISIONS} revisions in three formats"
rm -rf "${WORK:?}"/*
mkdir -p "${WORK}/migrate" "${WORK}/flyway" "${WORK}/psql"
: > "${WORK}/psql/tenant.sql"
prev=""
for r in $(seq 1 "${REVISIONS}"); do
    id=$(printf 'w4r%09d' "${r}")
    body="CREATE TABLE t${r} (id bigint PRIMARY KEY, name varchar(100) NOT NULL, created_at timestamp DEFAULT now());
CREATE INDEX t${r}_name ON t${r} (name);
INSERT INTO t${r} (id, name) VALUES (1, 'tenant row ${r}');"
    printf -- '-- Table %d\n--\n-- Revision ID: %s\n-- Revises: %s\n-- Create Date: 2026-12-03 10:%02d:00\n\n-- migrate:upgrade\n%s\n\n-- migrate:downgrade\nDROP TABLE t%d;\n' \
        "${r}" "${id}" "${prev}" "$((r % 60))" "${body}" "${r}" > "${WORK}/migrate/$(printf '20261203_%04d' "${r}")-${id}_table_${r}.sql"
    printf '%s\n' "${body}" > "${WORK}/flyway/V${r}__t${r}.sql"
    printf 'BEGIN;\n%s\nCOMMIT;\n' "${body}" >> "${WORK}/psql/tenant.sql"
    prev=${id}
done

TIMES=${OUT}/times.tsv
[ -f "${TIMES}" ] || printf 'tenants\trevisions\tcontender\trun\tmillis\n' > "${TIMES}"

fresh_fleet() { # $1 database, $2 tenants
    "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" >/dev/null
    echo "$1" >> "${DBS}"
    "${PSQL[@]}" -d "$1" -c "DO \$\$BEGIN FOR i IN 1..$2 LOOP EXECUTE format('CREATE SCHEMA tenant_%s', lpad(i::text, 3, '0')); END LOOP; END\$\$" >/dev/null
}

check_fleet() { # $1 database, $2 tenants
    local n
    n=$("${PSQL[@]}" -d "$1" -At -c "SELECT count(*) FROM information_schema.tables WHERE table_name = 't${REVISIONS}' AND table_schema LIKE 'tenant\\_%'")
    [ "${n}" = "$2" ] || { echo "w4: $1 has t${REVISIONS} in ${n} tenants, expected $2" >&2; exit 1; }
}

run_contender() { # $1 contender, $2 database, $3 tenants
    local db=$2 n=$3 i schema
    case "$1" in
        fleet)
            "${DIST}/bin/migrate" upgrade --url "$(url "${db}")" --migrations "${WORK}/migrate" \
                --target-schemas 'tenant\_%' > "${OUT}/fleet-${n}.log" 2>&1 ;;
        cli-loop)
            for i in $(seq 1 "${n}"); do
                schema=$(printf 'tenant_%03d' "${i}")
                "${DIST}/bin/migrate" upgrade --url "$(url "${db}")" --migrations "${WORK}/migrate" \
                    --schema "${schema}" > /dev/null 2>&1
            done ;;
        flyway)
            java -cp "${FLYWAY_CP}" dev.migrate.bench.flyway.FlywayFleet "$(url "${db}")" "${WORK}/flyway" tenant_ \
                "${n}" > "${OUT}/flyway-${n}.log" 2>&1 ;;
        psql-each)
            for i in $(seq 1 "${n}"); do
                PGOPTIONS="-c client_min_messages=warning -c search_path=$(printf 'tenant_%03d' "${i}")" \
                    "${PSQL[@]}" -d "${db}" -f "${WORK}/psql/tenant.sql" > /dev/null
            done ;;
        psql-one)
            : > "${WORK}/psql/all-${n}.sql"
            for i in $(seq 1 "${n}"); do
                printf 'SET search_path TO tenant_%03d;\n\\i %s\n' "${i}" "${WORK}/psql/tenant.sql" >> "${WORK}/psql/all-${n}.sql"
            done
            "${PSQL[@]}" -d "${db}" -f "${WORK}/psql/all-${n}.sql" > /dev/null ;;
        *) echo "unknown contender $1" >&2; exit 2 ;;
    esac
}

for n in ${TENANT_SIZES}; do
    for run in $(seq 1 "${RUNS}"); do
        for c in ${CONTENDERS}; do
            db="migbench_w4_${c//-/_}"
            fresh_fleet "${db}" "${n}"
            log "W4 ${n} tenants x ${REVISIONS} revisions: ${c} (run ${run})"
            start=$(now)
            run_contender "${c}" "${db}" "${n}"
            millis=$(( ($(now) - start) / 1000000 ))
            check_fleet "${db}" "${n}"
            printf '%s\t%s\t%s\t%s\t%s\n' "${n}" "${REVISIONS}" "${c}" "${run}" "${millis}" >> "${TIMES}"
            log "  ${millis} ms"
            "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS ${db} WITH (FORCE)" >/dev/null
        done
    done
done

# The table: median per size and contender, and the ratios the issue asks for.
awk -F'\t' 'NR > 1 { key = $1 "\t" $3; v[key] = v[key] " " $5 } END {
    for (k in v) { n = split(substr(v[k], 2), a, " "); asort(a); print k "\t" a[int((n + 1) / 2)] } }' "${TIMES}" |
    sort -n | awk -F'\t' '
    { t[$1, $2] = $3; sizes[$1] = 1 }
    END {
        print "| tenants | fleet | cli-loop | flyway (Java API loop) | psql-each | psql-one | fleet / psql-one | flyway / fleet |"
        print "|---|---|---|---|---|---|---|---|"
        for (s in sizes) {
            r1 = (t[s, "psql-one"] > 0 && t[s, "fleet"] > 0) ? sprintf("%.2f", t[s, "fleet"] / t[s, "psql-one"]) : "-"
            r2 = (t[s, "fleet"] > 0 && t[s, "flyway"] > 0) ? sprintf("%.1f", t[s, "flyway"] / t[s, "fleet"]) : "-"
            printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", s, ms(t[s, "fleet"]), ms(t[s, "cli-loop"]),
                ms(t[s, "flyway"]), ms(t[s, "psql-each"]), ms(t[s, "psql-one"]), r1, r2
        }
    }
    function ms(x) { return x == "" ? "-" : sprintf("%.1f s", x / 1000) }' | sort -s -t'|' -k2,2n
