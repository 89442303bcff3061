#!/usr/bin/env bash
# Benchmarks migrate against Flyway, Liquibase and psql on one machine, in one run (issue 8).
# Not part of `mvn verify`, never run by CI. See bench/README.md for what it measures and how.
#
#   bench/run.sh            full run (about 25 minutes), rewrites the generated part of bench/RESULTS.md
#   bench/run.sh --quick    small workloads, one run each (about 5 minutes), writes bench/target/results/RESULTS.quick.md
#   bench/run.sh --runs 5   more runs per measurement (default 3)
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "${BENCH}")
TARGET=${BENCH}/target
WORK=${TARGET}/work
RESULTS=${TARGET}/results
M2=${BENCH_M2:-${TARGET}/m2}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PROXY_PORT=${BENCH_PROXY_PORT:-54329}
IDLE_MAX=${BENCH_IDLE_MAX:-25}      # % CPU busy (other processes) above which a measurement waits
IDLE_WAIT=${BENCH_IDLE_WAIT:-20}   # seconds a measurement waits at most for that
export PGHOST PGPORT PGUSER=postgres PGSSLMODE=disable PGGSSENCMODE=disable PGOPTIONS="-c client_min_messages=warning"
export REDGATE_DISABLE_TELEMETRY=true LIQUIBASE_ANALYTICS_ENABLED=false

QUICK=0
RUNS=3
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) QUICK=1 ;;
        --runs) RUNS=$2; shift ;;
        -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
        *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done
if [ "${QUICK}" = 1 ]; then
    N1=200; N2=2000; W3_SIZES="100 500"; [ "${RUNS}" = 3 ] && RUNS=1
else
    N1=1000; N2=10000; W3_SIZES="500 2000"
fi
[ "${RUNS}" -ge 1 ] || { echo "--runs must be at least 1" >&2; exit 2; }

PSQL=(psql -X -q -v ON_ERROR_STOP=1)
TIMES=${RESULTS}/times.tsv
DBS=${RESULTS}/databases.txt
PROXY_PID=

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { echo "run.sh: $*" >&2; exit 1; }
url() { echo "jdbc:postgresql://${PGHOST}:${PGPORT}/$1?user=postgres&sslmode=disable"; }

cleanup() {
    local status=$?
    if [ -n "${PROXY_PID}" ]; then kill "${PROXY_PID}" 2>/dev/null || true; fi
    if [ -f "${DBS}" ]; then
        while read -r db; do
            "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS ${db} WITH (FORCE)" >/dev/null 2>&1 || true
        done < "${DBS}"
        rm -f "${DBS}"
    fi
    exit "${status}"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fresh_db() {
    "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" >/dev/null
    grep -qx "$1" "${DBS}" 2>/dev/null || echo "$1" >> "${DBS}"
}

drop_db() {
    "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >/dev/null
    sed -i "/^$1\$/d" "${DBS}"
}

# CPU busy percentage over one second, from /proc/stat (all processes; nothing of ours runs meanwhile).
cpu_busy() {
    local a b
    read -r -a a < <(head -1 /proc/stat)
    sleep 1
    read -r -a b < <(head -1 /proc/stat)
    local idle=$(( (b[4] + b[5]) - (a[4] + a[5]) )) total=0 k
    for k in 1 2 3 4 5 6 7 8; do total=$(( total + b[k] - a[k] )); done
    echo $(( total > 0 ? 100 * (total - idle) / total : 0 ))
}

# Waits (at most IDLE_WAIT s) until other processes leave the CPU mostly idle; prints the busy % it settled for.
wait_idle() {
    local waited=0 busy
    busy=$(cpu_busy)
    while [ "${busy}" -gt "${IDLE_MAX}" ] && [ "${waited}" -lt "${IDLE_WAIT}" ]; do
        sleep 2; waited=$(( waited + 3 ))
        busy=$(cpu_busy)
    done
    echo "${busy}"
}

# timed GROUP CONTENDER RUN LOGFILE command...: one measurement, appended to times.tsv
# (group, contender, run, wall ms, max RSS kB, CPU busy % before the run, the process's user + system CPU ms).
timed() {
    local group=$1 contender=$2 run=$3 logfile=$4; shift 4
    local busy start end rss user sys cpu
    busy=$(wait_idle)
    start=$(date +%s%N)
    if ! /usr/bin/time -f '%M %U %S' -o "${logfile}.time" "$@" > "${logfile}" 2>&1; then
        tail -30 "${logfile}" >&2
        die "${contender} failed in ${group} run ${run}; log: ${logfile}"
    fi
    end=$(date +%s%N)
    read -r rss user sys < <(tail -1 "${logfile}.time")
    cpu=$(awk -v u="${user}" -v s="${sys}" 'BEGIN { printf "%d", (u + s) * 1000 }')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${group}" "${contender}" "${run}" $(( (end - start) / 1000000 )) "${rss}" \
        "${busy}" "${cpu}" >> "${TIMES}"
    log "  ${group} ${contender} run ${run}: $(( (end - start) / 1000000 )) ms, CPU ${cpu} ms (CPU busy before: ${busy}%)"
}

# The contenders' commands: each sets CMD to the command line, for timed (which needs a program, not a function).
# ONLINE=1 lets Maven download what it lacks (the warm-up); every measured run is offline.
ONLINE=0
mvn_cmd() {
    local pom=$1; shift
    CMD=(mvn -B -ntp "-Dmaven.repo.local=${M2}" -f "${BENCH}/contenders/${pom}/pom.xml" "$@")
    if [ "${ONLINE}" = 0 ]; then CMD+=(-o); fi
}
psql_cmd() { CMD=(psql -X -q -v ON_ERROR_STOP=1 -h "${PGHOST}" -p "${PGPORT}" "$@"); }

upgrade_cmd() {
    local tool=$1 db=$2 dir=$3
    case "${tool}" in
        psql) psql_cmd -d "${db}" -f "${dir}/psql/migrations.sql" ;;
        migrate) mvn_cmd migrate migrate:upgrade "-Dmigrate.url=$(url "${db}")" "-Dmigrate.migrationsDirectory=${dir}/migrate" ;;
        flyway) mvn_cmd flyway flyway:migrate "-Dflyway.url=$(url "${db}")" "-Dflyway.locations=filesystem:${dir}/flyway" ;;
        liquibase) mvn_cmd liquibase liquibase:update "-Dliquibase.url=$(url "${db}")" \
                       "-Dliquibase.searchPath=${dir}/liquibase" -Dliquibase.changeLogFile=changelog.sql ;;
    esac
}

status_cmd() {
    local tool=$1 db=$2 dir=$3
    case "${tool}" in
        migrate) mvn_cmd migrate migrate:status "-Dmigrate.url=$(url "${db}")" "-Dmigrate.migrationsDirectory=${dir}/migrate" \
                     "-Dmigrate.reportsDirectory=${WORK}/reports" ;;
        flyway) mvn_cmd flyway flyway:info "-Dflyway.url=$(url "${db}")" "-Dflyway.locations=filesystem:${dir}/flyway" ;;
        liquibase) mvn_cmd liquibase liquibase:status "-Dliquibase.url=$(url "${db}")" \
                       "-Dliquibase.searchPath=${dir}/liquibase" -Dliquibase.changeLogFile=changelog.sql ;;
    esac
}

# W3: the current database is the one to change, the desired one is the reference.
diff_cmd() {
    local tool=$1 current=$2 desired=$3 out=$4
    case "${tool}" in
        migrate) CMD=(java -cp "${CP}" dev.migrate.bench.W3Diff "$(url "${current}")" "$(url "${desired}")" "${out}.sql") ;;
        liquibase) rm -f "${out}.xml"
                   mvn_cmd liquibase liquibase:diff "-Dliquibase.url=$(url "${current}")" \
                       "-Dliquibase.referenceUrl=$(url "${desired}")" "-Dliquibase.diffChangeLogFile=${out}.xml" \
                       "-Dliquibase.searchPath=${WORK}/empty" -Dliquibase.changeLogFile=changelog.sql ;;
        psql) psql_cmd -d "${current}" -o /dev/null -f "${BENCH}/src/main/resources/catalog-read.sql" \
                  -c "\\c ${desired}" -f "${BENCH}/src/main/resources/catalog-read.sql" ;;
    esac
}

# The order of the contenders rotates with the run, so that none is always first after a pause.
rotated() {
    local run=$1; shift
    local items=("$@") n=$# k
    for (( k = 0; k < n; k++ )); do echo "${items[$(( (k + run) % n ))]}"; done
}

count_tables() {
    "${PSQL[@]}" -d "$1" -Atc "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename ~ '^t[0-9]+\$'"
}

# ----------------------------------------------------------------------------------------------------- set-up
command -v psql >/dev/null || die "psql is required"
command -v mvn >/dev/null || die "mvn is required"
[ -x /usr/bin/time ] || die "/usr/bin/time (GNU time) is required, for the maximum RSS"
if ! pg_isready -q -h "${PGHOST}" -p "${PGPORT}"; then
    cluster_version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
    [ -n "${cluster_version}" ] && pg_ctlcluster --skip-systemctl-redirect "${cluster_version}" main start || true
    for _ in $(seq 1 30); do pg_isready -q -h "${PGHOST}" -p "${PGPORT}" && break; sleep 1; done
fi
pg_isready -q -h "${PGHOST}" -p "${PGPORT}" || die "no PostgreSQL at ${PGHOST}:${PGPORT} (start it, or set PGHOST/PGPORT)"

rm -rf "${WORK}" "${RESULTS}"
mkdir -p "${WORK}/empty" "${RESULTS}/logs"
printf -- '--liquibase formatted sql\n' > "${WORK}/empty/changelog.sql"

log "Building migrate and the harness into ${M2} (a local repository of the benchmark's own)"
(cd "${ROOT}" && mvn -B -ntp -q "-Dmaven.repo.local=${M2}" install -DskipTests) > "${RESULTS}/logs/build.log" 2>&1 \
    || { tail -30 "${RESULTS}/logs/build.log"; die "building migrate failed"; }
(cd "${BENCH}" && mvn -B -ntp -q "-Dmaven.repo.local=${M2}" package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt) >> "${RESULTS}/logs/build.log" 2>&1 \
    || { tail -30 "${RESULTS}/logs/build.log"; die "building the harness failed"; }
CP=${TARGET}/migrate-bench-0.1.0-SNAPSHOT.jar:$(cat "${TARGET}/classpath.txt")

log "Generating workloads: W1 ${N1} migrations, W2 ${N2} revisions, W3 ${W3_SIZES} tables"
java -cp "${CP}" dev.migrate.bench.Workloads migrations "${WORK}/w1" "${N1}"
java -cp "${CP}" dev.migrate.bench.Workloads migrations "${WORK}/w2" "${N2}"
for size in ${W3_SIZES}; do java -cp "${CP}" dev.migrate.bench.Workloads schema "${WORK}/w3-${size}" "${size}"; done

log "Resolving the contenders' plugins (online, once; every measured run is offline)"
fresh_db migbench_warmup
ONLINE=1
for tool in migrate flyway liquibase; do
    status_cmd "${tool}" migbench_warmup "${WORK}/w1"
    "${CMD[@]}" > "${RESULTS}/logs/warmup-${tool}.log" 2>&1 \
        || { tail -30 "${RESULTS}/logs/warmup-${tool}.log"; die "${tool} does not run"; }
done
mvn_cmd noop validate
"${CMD[@]}" > "${RESULTS}/logs/warmup-noop.log" 2>&1
ONLINE=0
drop_db migbench_warmup

{
    echo "date=$(date -u +%Y-%m-%d)"
    echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
    echo "cores=$(nproc)"
    echo "memory=$(free -g | awk '/^Mem:/ {print $2}') GiB"
    echo "os=$(. /etc/os-release && echo "${PRETTY_NAME}")"
    echo "java=$(java -version 2>&1 | head -1)"
    echo "maven=$(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
    echo "postgresql=$("${PSQL[@]}" -d postgres -Atc 'SHOW server_version')"
    echo "psql=$(psql --version)"
    echo "flyway=$(sed -n 's:.*<flyway.version>\(.*\)</flyway.version>.*:\1:p' "${BENCH}/contenders/flyway/pom.xml")"
    echo "liquibase=$(sed -n 's:.*<liquibase.version>\(.*\)</liquibase.version>.*:\1:p' "${BENCH}/contenders/liquibase/pom.xml")"
    echo "migrate=$(cd "${ROOT}" && git describe --always --dirty 2>/dev/null || echo unknown)"
    echo "runs=${RUNS}"
    echo "quick=${QUICK}"
    echo "n1=${N1}"
    echo "n2=${N2}"
    echo "w3=${W3_SIZES}"
    echo "load_before=$(cut -d' ' -f1-3 /proc/loadavg)"
} > "${RESULTS}/machine.txt"

# ----------------------------------------------------------------------------------------------------- W1
log "W1: ${N1} migrations, ${RUNS} run(s) each"
for run in $(seq 1 "${RUNS}"); do
    mvn_cmd noop validate
    timed baseline-mvn noop "${run}" "${RESULTS}/logs/baseline-mvn-${run}.log" "${CMD[@]}"
    psql_cmd -d postgres -c 'SELECT 1'
    timed baseline-psql psql "${run}" "${RESULTS}/logs/baseline-psql-${run}.log" "${CMD[@]}"
    for tool in $(rotated "${run}" psql migrate flyway liquibase); do
        db=migbench_w1_${tool}_${run}
        fresh_db "${db}"
        upgrade_cmd "${tool}" "${db}" "${WORK}/w1"
        timed w1 "${tool}" "${run}" "${RESULTS}/logs/w1-${tool}-${run}.log" "${CMD[@]}"
        [ "$(count_tables "${db}")" = "${N1}" ] || die "${tool} did not create ${N1} tables in W1 run ${run}"
        if [ "${run}" -lt "${RUNS}" ] || [ "${tool}" = psql ]; then drop_db "${db}"; fi
    done
done

# ----------------------------------------------------------------------------------------------------- W2
log "W2: status at ${N1} applied, over ${N1} and over ${N2} revisions"
for set in "${N1}:w1" "${N2}:w2"; do
    size=${set%%:*}; dir=${WORK}/${set#*:}
    for run in $(seq 1 "${RUNS}"); do
        mvn_cmd noop validate
        timed baseline-mvn noop "w2-${size}-${run}" "${RESULTS}/logs/baseline-mvn-w2-${size}-${run}.log" "${CMD[@]}"
        for tool in $(rotated "${run}" migrate flyway liquibase); do
            status_cmd "${tool}" "migbench_w1_${tool}_${RUNS}" "${dir}"
            timed "w2-${size}" "${tool}" "${run}" "${RESULTS}/logs/w2-${size}-${tool}-${run}.log" "${CMD[@]}"
        done
    done
done
log "W2: what loading migrate's plugin costs (migrate:status -Dmigrate.skip=true)"
for run in $(seq 1 "${RUNS}"); do
    mvn_cmd migrate migrate:status -Dmigrate.skip=true
    timed w2-skip migrate "${run}" "${RESULTS}/logs/w2-skip-${run}.log" "${CMD[@]}"
done
log "W2: migrate status over ${N2} revisions with a 256 MB heap (-Xmx256m)"
status_cmd migrate "migbench_w1_migrate_${RUNS}" "${WORK}/w2"
if MAVEN_OPTS="-Xmx256m" "${CMD[@]}" > "${RESULTS}/logs/w2-xmx256.log" 2>&1; then
    echo "xmx256=passed" >> "${RESULTS}/machine.txt"
else
    echo "xmx256=failed" >> "${RESULTS}/machine.txt"
fi

# ----------------------------------------------------------------------------- round trips per migration (W1)
log "Round trips: W1 once more per contender, through a counting proxy on port ${PROXY_PORT}"
: > "${RESULTS}/roundtrips.tsv"
for tool in psql migrate flyway liquibase; do
    db=migbench_rt_${tool}
    fresh_db "${db}"
    java -cp "${CP}" dev.migrate.bench.RoundTripProxy "${PROXY_PORT}" "${PGPORT}" "${RESULTS}/counts-${tool}.txt" \
        > "${RESULTS}/logs/proxy-${tool}.log" 2>&1 &
    PROXY_PID=$!
    for _ in $(seq 1 50); do grep -q listening "${RESULTS}/logs/proxy-${tool}.log" 2>/dev/null && break; sleep 0.1; done
    (PGPORT=${PROXY_PORT}; upgrade_cmd "${tool}" "${db}" "${WORK}/w1"; "${CMD[@]}") > "${RESULTS}/logs/rt-${tool}.log" 2>&1 \
        || die "${tool} failed through the proxy; log: ${RESULTS}/logs/rt-${tool}.log"
    sleep 0.5  # the proxy writes its counts when it sees the connection close
    kill "${PROXY_PID}"; wait "${PROXY_PID}" 2>/dev/null || true; PROXY_PID=
    printf '%s\t%s\t%s\n' "${tool}" "${N1}" "$(paste -sd' ' "${RESULTS}/counts-${tool}.txt")" >> "${RESULTS}/roundtrips.tsv"
    drop_db "${db}"
done
for tool in migrate flyway liquibase; do drop_db "migbench_w1_${tool}_${RUNS}"; done

# ----------------------------------------------------------------------------------------------------- W3
for size in ${W3_SIZES}; do
    log "W3: ${size} tables x 12 columns; creating the current and the desired database"
    current=migbench_w3_${size}_current
    desired=migbench_w3_${size}_desired
    fresh_db "${current}"
    fresh_db "${desired}"
    # Not in one transaction: 2,000 tables with their keys and indexes need more locks than a default server has.
    "${PSQL[@]}" -d "${current}" -c "SET synchronous_commit = off" -f "${WORK}/w3-${size}/base.sql" > /dev/null
    "${PSQL[@]}" -d "${desired}" -c "SET synchronous_commit = off" -f "${WORK}/w3-${size}/base.sql" \
        -f "${WORK}/w3-${size}/changes.sql" > /dev/null
    for db in "${current}" "${desired}"; do "${PSQL[@]}" -d "${db}" -c "VACUUM ANALYZE" > /dev/null; done
    for run in $(seq 1 "${RUNS}"); do
        mvn_cmd noop validate
        timed baseline-mvn noop "w3-${size}-${run}" "${RESULTS}/logs/baseline-mvn-w3-${size}-${run}.log" "${CMD[@]}"
        timed baseline-java noop "w3-${size}-${run}" "${RESULTS}/logs/baseline-java-${size}-${run}.log" \
            java -cp "${CP}" dev.migrate.bench.NoOp
        for tool in $(rotated "${run}" migrate liquibase psql); do
            out=${WORK}/w3-${size}/diff-${tool}-${run}
            diff_cmd "${tool}" "${current}" "${desired}" "${out}"
            timed "w3-${size}" "${tool}" "${run}" "${RESULTS}/logs/w3-${size}-${tool}-${run}.log" "${CMD[@]}"
        done
        grep '^phases' "${RESULTS}/logs/w3-${size}-migrate-${run}.log" | sed "s/^/w3-${size}\t${run}\t/" \
            >> "${RESULTS}/w3-phases.tsv"
        printf 'w3-%s\t%s\tliquibase_changesets=%s\n' "${size}" "${run}" \
            "$(grep -c '<changeSet' "${WORK}/w3-${size}/diff-liquibase-${run}.xml" || true)" >> "${RESULTS}/w3-phases.tsv"
    done
    if [ "${size}" != "${W3_SIZES##* }" ]; then drop_db "${current}"; drop_db "${desired}"; fi
done

# ----------------------------------------------------------------------------------------------------- micro
log "Micro-benchmarks (warm JVM)"
largest=${W3_SIZES##* }
java -cp "${CP}" dev.migrate.bench.Micro "${WORK}/w2/migrate" "$(url "migbench_w3_${largest}_current")" \
    "$(url "migbench_w3_${largest}_desired")" > "${RESULTS}/micro.tsv"

echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg)" >> "${RESULTS}/machine.txt"

# ----------------------------------------------------------------------------------------------------- report
if [ "${QUICK}" = 1 ]; then out=${RESULTS}/RESULTS.quick.md; else out=${BENCH}/RESULTS.md; fi
java -cp "${CP}" dev.migrate.bench.Report "${RESULTS}" "${out}"
log "Done: ${out}"
