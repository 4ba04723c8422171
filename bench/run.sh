#!/usr/bin/env bash
# Duality's benchmark: builds the service and the load client, then runs the raw PostgreSQL baselines and the HTTP
# scenarios in one run and prints one table (also written as JSON to bench/results/). See docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  cat <<'USAGE'
usage: ./bench/run.sh [--skip-build] [--database-url=JDBC_URL --database-user=OWNER --database-password=P --service-user=U --service-password=P]
                      [--characters=100] [--characters-per-campaign=5] [--b1-seconds=10] [--s1-commands=200]
                      [--s2-seconds=30] [--s3-commands=500] [--s4-events=10000] [--s5-prior=10000]
                      [--s7-seconds=20] [--warmup=1000] [--scenarios=S1,S2,S3,S4,S5,S7]
                      [--service-java-options="JVM options"] [--out=bench/results]
Flags take --name=value or --name value. Without --database-url the service starts its embedded PostgreSQL in a
fresh temporary directory (deleted after).
The defaults fit 15 minutes on a busy 2-core machine; the full sizes are --characters=1000 --s4-events=1000000.
--scenarios runs only those (B1 always; S6 comes with S2, B2 with S4). --service-java-options replaces the service's
JVM options (the root pom's duality.service.jvm-options), e.g. to attach a profiler; see docs/performance.md.
USAGE
}

build=true
args=()
for arg in "$@"; do
  case "$arg" in
    -h|--help) usage; exit 0 ;;
    --skip-build) build=false ;;
    *) args+=("$arg") ;;
  esac
done

if $build; then
  echo "bench: building the service and the load client"
  ./mvnw -B -q package -DskipTests -pl bench,app -am
fi
exec java -jar bench/target/duality-bench.jar --app-jar=app/target/duality-app.jar "${args[@]+"${args[@]}"}"
