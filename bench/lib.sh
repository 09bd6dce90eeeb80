# What the benchmark scripts share (sourced, not run): the dev-port lock, the build, a fresh PostgreSQL
# database, the "bench" instance on it, and a Gatling run with its summary.
#   bench_instance DB DEMO   takes /tmp/emporium-dev.lock (held until the script ends), builds the EAR if a
#                            source is newer, creates database DB afresh, starts the instance "bench" on it with
#                            demo data (DEMO true) or without (false), stops it at exit unless BENCH_KEEP is set,
#                            and sets HTTP_PORT, BASE and bench_psql (psql as the application's user on DB).
#   bench_wait_for_catalogue MIN
#                            after a seed that ends with the structure event (outbox id 999999999): waits until
#                            the shelf cache has it and every node's search index was rebuilt from it (a shop's
#                            index is built before it takes traffic; on two cores 100,000 products take minutes).
#   bench_gatling LABEL SIMULATION [-Dname=value...]
#                            runs a simulation of benchmarks/ against BASE, keeps its report in
#                            benchmarks/target/report-LABEL and appends its summary to $BENCH_SUMMARY.
# Environment: PGHOST (127.0.0.1), PGUSER (postgres), EMPORIUM_HEAP (1g), BENCH_KEEP.

BENCH_SUMMARY="${BENCH_SUMMARY:-/tmp/emporium-bench-summary.txt}"
PSQL=(psql -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -v ON_ERROR_STOP=1 -qtA)
say() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

bench_instance() {
    local db=$1 demo=$2
    # One dev-port instance at a time on this machine.
    exec 9> /tmp/emporium-dev.lock
    say "waiting for /tmp/emporium-dev.lock"
    flock 9

    if [ ! -f ear/target/emporium.ear ] || [ ! -f var/dist/runtimes.env ] \
        || [ -n "$(find pom.xml ddl ejb batch web artemis-rar ear server/pom.xml -newer ear/target/emporium.ear \
            -type f -not -path '*/target/*' -print -quit)" ]; then
        say "building the EAR"
        mvn -B -q package -DskipTests -DskipITs -pl '!system-tests'
    fi

    say "fresh database $db"
    if [ -z "$("${PSQL[@]}" -c "select 1 from pg_roles where rolname = 'emporium'")" ]; then
        "${PSQL[@]}" -c "create role emporium login password 'emporium'"
    fi
    "${PSQL[@]}" -c "drop database if exists $db with (force)"
    "${PSQL[@]}" -c "create database $db owner emporium encoding 'UTF8' template template0"

    export EMPORIUM_INSTANCE=bench
    export EMPORIUM_DB_URL="jdbc:postgresql://${PGHOST:-127.0.0.1}:5432/$db"
    export EMPORIUM_DB_USER=emporium EMPORIUM_DB_PASSWORD=emporium
    export EMPORIUM_DEMO_DATA=$demo
    if [ -z "${BENCH_KEEP:-}" ]; then
        trap 'say "stopping the instance"; server/bin/instance stop || true' EXIT
    fi
    ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
    BENCH_STARTED_AT=$(date -u +%Y-%m-%dT%H:%M:%S)
    say "starting the instance (Flyway builds the schema)"
    # Not with the lock's descriptor: a server left running (BENCH_KEEP) would hold the lock after the script ends.
    server/bin/instance start 9>&-
    eval "$(server/bin/instance ports)"
    BASE="http://localhost:$HTTP_PORT"
    bench_psql=(env PGPASSWORD=emporium psql -h "${PGHOST:-127.0.0.1}" -U emporium -d "$db" -v ON_ERROR_STOP=1 -qtA)
}

bench_wait_for_catalogue() {
    say "waiting for the structure event to reach the shelf cache"
    for _ in $(seq 1 30); do
        [ -n "$("${bench_psql[@]}" -c "select 1 from outbox_event where id = 999999999 and published_at is not null")" ] \
            && break
        sleep 1
    done
    sleep 2
    say "waiting for the search index to hold the catalogue"
    local min=$1 started built
    started=$(date +%s)
    for _ in $(seq 1 600); do
        # Only what this run logged: the domain and its logs outlive a run (timestamps are UTC, ISO-8601).
        built=$(grep -h 'Search index rebuilt: [0-9]* products' var/bench/domains/emporium-bench/logs/server.log* \
            2>/dev/null | sed -n 's/.*"Timestamp":"\([^"]*\)".*Search index rebuilt: \([0-9]*\) products.*/\2 \1/p' \
            | awk -v min="$min" '$1 >= min { print $2 }' | sort | tail -n 1)
        [[ "$built" > "$BENCH_STARTED_AT" ]] && break
        sleep 1
    done
    say "search index ready after $(( $(date +%s) - started )) s"
}

bench_gatling() {
    local label=$1 simulation=$2
    shift 2
    rm -rf benchmarks/target/gatling
    mvn -B -q -f benchmarks/pom.xml gatling:test -Dsimulation="org.emporium.benchmarks.$simulation" \
        -Dbase.url="$BASE" "$@" | tee "/tmp/emporium-bench-gatling-$label.log" | grep -E "^(>|---|=)" || true
    local stats
    stats=$(ls -d benchmarks/target/gatling/*/js/stats.js 2>/dev/null | head -n 1)
    [ -n "$stats" ] || { say "no Gatling results (see /tmp/emporium-bench-gatling-$label.log)"; exit 1; }
    rm -rf "benchmarks/target/report-$label"
    cp -r "$(dirname "$(dirname "$stats")")" "benchmarks/target/report-$label"
    { echo "== $label"; python3 bench/gatling-summary.py "$stats"; } | tee -a "$BENCH_SUMMARY"
    say "report: benchmarks/target/report-$label/index.html"
}
