#!/usr/bin/env bash
# A/B of `mvn migrate:status` (W2) between an earlier revision of migrate and this checkout, on one machine, in one
# run, the two interleaved so that drift in the machine's speed hits both alike. Not part of `mvn verify`.
#
#   bench/ab-status.sh REV [RUNS]    REV: a git revision to compare with (e.g. fea0c17); RUNS: default 5
#
# Builds REV in a git worktree as version 0.1.0-ab-before and this checkout as 0.1.0-SNAPSHOT, into the benchmark's
# own local repository (bench/target/m2, or BENCH_M2), applies W1's 1,000 revisions to a fresh database with this
# checkout, then times status over those 1,000 (all applied) and over W2's 10,000 (9,000 pending) with each version.
# Prints the median and min-max own time (wall time minus the median Maven no-op) of each. Needs what run.sh needs.
set -euo pipefail

[ $# -ge 1 ] || { sed -n '5,9p' "$0"; exit 2; }
BEFORE_REV=$1
RUNS=${2:-5}
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "${BENCH}")
TARGET=${BENCH}/target
WORK=${TARGET}/work
M2=${BENCH_M2:-${TARGET}/m2}
TREE=${TARGET}/ab-before
DB=migbench_ab
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=postgres PGSSLMODE=disable
URL="jdbc:postgresql://${PGHOST}:${PGPORT}/${DB}?user=postgres&sslmode=disable"

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
cleanup() {
    local status=$?
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS ${DB} WITH (FORCE)" >/dev/null 2>&1 || true
    git -C "${ROOT}" worktree remove --force "${TREE}" >/dev/null 2>&1 || true
    exit "${status}"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log "Building ${BEFORE_REV} as 0.1.0-ab-before and this checkout as 0.1.0-SNAPSHOT into ${M2}"
git -C "${ROOT}" worktree remove --force "${TREE}" >/dev/null 2>&1 || true
git -C "${ROOT}" worktree add -q --detach "${TREE}" "${BEFORE_REV}"
for pom in "${TREE}/pom.xml" "${TREE}/migrate-core/pom.xml" "${TREE}/migrate-maven-plugin/pom.xml"; do
    sed -i 's/0\.1\.0-SNAPSHOT/0.1.0-ab-before/' "${pom}"
done
mkdir -p "${TARGET}"
(cd "${TREE}" && mvn -B -ntp -q "-Dmaven.repo.local=${M2}" install -DskipTests -Dinvoker.skip=true) \
    > "${TARGET}/ab-build.log" 2>&1 || { tail -30 "${TARGET}/ab-build.log"; exit 1; }
(cd "${ROOT}" && mvn -B -ntp -q "-Dmaven.repo.local=${M2}" install -DskipTests -Dinvoker.skip=true) \
    >> "${TARGET}/ab-build.log" 2>&1 || { tail -30 "${TARGET}/ab-build.log"; exit 1; }
(cd "${BENCH}" && mvn -B -ntp -q "-Dmaven.repo.local=${M2}" package) >> "${TARGET}/ab-build.log" 2>&1 \
    || { tail -30 "${TARGET}/ab-build.log"; exit 1; }

if [ ! -d "${WORK}/w2/migrate" ]; then
    log "Generating W1 and W2"
    java -cp "${TARGET}/migrate-bench-0.1.0-SNAPSHOT.jar" dev.migrate.bench.Workloads migrations "${WORK}/w1" 1000
    java -cp "${TARGET}/migrate-bench-0.1.0-SNAPSHOT.jar" dev.migrate.bench.Workloads migrations "${WORK}/w2" 10000
fi

mvn_run() { mvn -B -ntp -o "-Dmaven.repo.local=${M2}" -f "${BENCH}/contenders/migrate/pom.xml" "$@"; }
log "Applying W1's 1,000 revisions to ${DB}"
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS ${DB} WITH (FORCE)" -c "CREATE DATABASE ${DB}"
mvn_run migrate:upgrade "-Dmigrate.url=${URL}" "-Dmigrate.migrationsDirectory=${WORK}/w1/migrate" \
    > "${TARGET}/ab-upgrade.log" 2>&1 || { tail -30 "${TARGET}/ab-upgrade.log"; exit 1; }

# millis COMMAND...: the wall time of one run, in ms; a failed run stops everything.
millis() {
    local start
    start=$(date +%s%N)
    "$@" > "${TARGET}/ab-last.log" 2>&1 || { tail -30 "${TARGET}/ab-last.log"; exit 1; }
    echo $(( ($(date +%s%N) - start) / 1000000 ))
}

declare -A TIMES
for run in $(seq 1 "${RUNS}"); do
    log "Run ${run} of ${RUNS}"
    TIMES[noop]+="$(millis mvn_run validate) "
    for size in 1000 10000; do
        dir=${WORK}/w1/migrate; [ "${size}" = 10000 ] && dir=${WORK}/w2/migrate
        for version in ab-before SNAPSHOT; do
            TIMES[${version}-${size}]+="$(millis mvn_run migrate:status "-Dmigrate.version=0.1.0-${version}" \
                "-Dmigrate.url=${URL}" "-Dmigrate.migrationsDirectory=${dir}") "
        done
    done
done

sorted() { tr ' ' '\n' <<< "$1" | grep . | sort -n; }
median() { sorted "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
noop=$(median "${TIMES[noop]}")
echo
echo "Maven no-op: median ${noop} ms over ${RUNS} runs. Own time of migrate:status, ms: median (min-max)"
for size in 1000 10000; do
    for version in ab-before SNAPSHOT; do
        values=${TIMES[${version}-${size}]}
        label=${BEFORE_REV}; [ "${version}" = SNAPSHOT ] && label="this checkout"
        printf '  over %5s revisions, %-14s %5d (%d-%d)\n' "${size}" "${label}:" $(( $(median "${values}") - noop )) \
            $(( $(sorted "${values}" | head -1) - noop )) $(( $(sorted "${values}" | tail -1) - noop ))
    done
done
