#!/usr/bin/env bash
# A standalone Spark cluster on this machine, end to end (docs/spark.md; not in CI, ~3 min):
#   1. a Spark home assembled from the jars Maven resolved for senesim-spark (symlinks, no download
#      of a Spark distribution), with Spark's own classes started as a master and two workers on
#      127.0.0.1 (org.apache.spark.deploy.master.Master, org.apache.spark.deploy.worker.Worker);
#   2. the example trial submitted to it with spark-submit (org.apache.spark.deploy.SparkSubmit)
#      and the shaded application jar senesim-spark/target/senesim-spark-app.jar;
#   3. the same trial run locally, and the two person tables (person.parquet) and reports compared
#      byte for byte;
#   4. a Morris sensitivity screening and a two-generation ABC-SMC calibration submitted the same
#      way (SparkSensitivityMain, SparkCalibrateMain: their cohorts run on the workers through the
#      run layer's executor), each compared with the same command run locally (sensitivity.csv;
#      diagnostics.csv, predictive.csv and the posterior's particles);
#   5. the cluster stopped (also on failure or Ctrl-C).
# Usage: scripts/spark-cluster.sh [TRIAL.yaml] [PEOPLE]   (default: examples/trials/dq-pulses-from-70.yaml 200)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
trial="${1:-examples/trials/dq-pulses-from-70.yaml}"
people="${2:-200}"
[ -f "$trial" ] || { echo "spark-cluster: no trial file $trial" >&2; exit 2; }
case "$people" in ''|*[!0-9]*) echo "spark-cluster: PEOPLE must be a whole number, got '$people'" >&2; exit 2;; esac

cp_file=senesim-spark/target/spark-classpath.txt
app=senesim-spark/target/senesim-spark-app.jar
cli=senesim-cli/target/senesim.jar
if [ ! -f "$cp_file" ] || [ ! -f "$app" ] || [ ! -f "$cli" ]; then
  echo "spark-cluster: building senesim-spark and the CLI..." >&2
  mvn -B -q -ntp -pl senesim-spark,senesim-cli -am -DskipTests package
fi

work="$(mktemp -d /tmp/senesim-spark-cluster.XXXXXX)"
pids=()
stop() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
}
trap stop EXIT INT TERM

# A Spark home is a folder with RELEASE and jars/: Spark's workers build their executors' class
# path from it. Senesim's own modules stay out: they reach the executors in the application jar.
export SPARK_HOME="$work/spark-home"
mkdir -p "$SPARK_HOME/jars"
touch "$SPARK_HOME/RELEASE"
tr ':' '\n' < "$cp_file" | grep -v "^$here/" | while read -r j; do ln -s "$j" "$SPARK_HOME/jars/"; done
export SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
mapfile -t jvm < <(grep -v '^#' senesim-spark/spark-jvm.options)
# logs: Spark's deploy messages (worker registration, executors launched), the executors' finished
# tasks, and warnings; executors read it from the Spark home's conf/ (on their class path)
mkdir -p "$SPARK_HOME/conf"
cat >"$SPARK_HOME/conf/log4j2.properties" <<'LOG'
rootLogger.level = warn
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n%ex
logger.deploy.name = org.apache.spark.deploy
logger.deploy.level = info
logger.senesim.name = org.senesim
logger.senesim.level = info
logger.executor.name = org.apache.spark.executor.Executor
logger.executor.level = info
logger.native.name = org.apache.hadoop.util.NativeCodeLoader
logger.native.level = error
LOG
jvm+=("-Dlog4j2.configurationFile=$SPARK_HOME/conf/log4j2.properties")
port=$(( 17077 + RANDOM % 1000 ))
master="spark://127.0.0.1:$port"

echo "spark-cluster: $(ls "$SPARK_HOME/jars" | wc -l) jars in $SPARK_HOME/jars; master $master; logs in $work"
java "${jvm[@]}" -Xmx512m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$port" --webui-port 0 >"$work/master.log" 2>&1 &
pids+=($!)
for w in 1 2; do
  java "${jvm[@]}" -Xmx512m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --cores 1 --memory 2g --webui-port 0 --work-dir "$work/worker-$w" "$master" >"$work/worker-$w.log" 2>&1 &
  pids+=($!)
done
for _ in $(seq 1 120); do
  [ "$(grep -c 'Registering worker' "$work/master.log" 2>/dev/null || true)" -ge 2 ] && break
  sleep 1
done
[ "$(grep -c 'Registering worker' "$work/master.log" || true)" -ge 2 ] || { echo "spark-cluster: workers did not register (see $work)" >&2; tail -n 5 "$work"/*.log >&2; exit 1; }
echo "spark-cluster: master and 2 workers (1 core, 2 GiB each) up"

t0=$(date +%s.%N)
java "${jvm[@]}" -Xmx2g -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit \
  --master "$master" --deploy-mode client --class org.senesim.spark.SparkTrialMain \
  --conf spark.executor.memory=1g --conf spark.ui.enabled=false \
  "$app" "$trial" --people "$people" --block 25 --out "$work/cluster" | tee "$work/submit.out"
t1=$(date +%s.%N)
echo "spark-cluster: spark-submit took $(printf '%.1f' "$(echo "$t1 - $t0" | bc)") s"
for w in 1 2; do
  for e in "$work/worker-$w"/app-*/*/; do
    echo "spark-cluster: worker $w ran executor $(basename "$e"): $(grep -c 'Finished task' "$e/stderr" || true) tasks"
  done
done

java -Xmx2g -Djava.awt.headless=true -jar "$cli" trial "$trial" --people "$people" --threads 2 --out "$work/local" --quiet >/dev/null
same=1
for f in person.parquet report.html; do
  if cmp -s "$work/cluster/$f" "$work/local/$f"; then
    echo "spark-cluster: $f identical on the cluster and locally"
  else
    echo "spark-cluster: $f DIFFERS between the cluster and the local run" >&2; same=0
  fi
done
echo "spark-cluster: Parquet written by the executors: $(find "$work/cluster/person_by_arm" -name '*.parquet' | wc -l) files in $(ls -d "$work/cluster/person_by_arm"/arm=* | xargs -n1 basename | tr '\n' ' ')"

# Sensitivity and calibration through the same cluster: every cohort is a RunSpec the workers run.
submit() { # CLASS OUT ARGS... : spark-submit one entry point, print its wall time and executors' tasks
  local cls="$1" name="$2"; shift 2
  local s0 s1
  s0=$(date +%s.%N)
  java "${jvm[@]}" -Xmx2g -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit \
    --master "$master" --deploy-mode client --class "org.senesim.spark.$cls" \
    --conf spark.executor.memory=1g --conf spark.ui.enabled=false \
    "$app" "$@" --out "$work/cluster-$name" --quiet | tee "$work/submit-$name.out"
  s1=$(date +%s.%N)
  echo "spark-cluster: $cls took $(printf '%.1f' "$(echo "$s1 - $s0" | bc)") s"
  for w in 1 2; do # the newest application folder of each worker is this submission's
    local a
    a=$(ls -d "$work/worker-$w"/app-* | sort | tail -n 1)
    echo "spark-cluster: worker $w ran $(basename "$a"): $(cat "$a"/*/stderr | grep -c 'Finished task' || true) tasks"
  done
}
compare() { # NAME FILE... : the cluster's and the local run's files, byte for byte
  local name="$1"; shift
  for f in "$@"; do
    if cmp -s "$work/cluster-$name/$f" "$work/local-$name/$f"; then
      echo "spark-cluster: $name/$f identical on the cluster and locally"
    else
      echo "spark-cluster: $name/$f DIFFERS between the cluster and the local run" >&2; same=0
    fi
  done
}
sens=(examples/calibration/woman-20.yaml --method morris --samples 3 --people 100 --seed 5
  --parameters organism.production.eta.human,organism.noise.epsilon.human,organism.death.threshold,organism.clearance.beta
  --outputs median_age_at_death,survival_to_85)
submit SparkSensitivityMain sensitivity "${sens[@]}"
java -Xmx2g -Djava.awt.headless=true -jar "$cli" sensitivity "${sens[@]}" --threads 2 --out "$work/local-sensitivity" --quiet >/dev/null
compare sensitivity sensitivity.csv

# a small targets file: two life-table figures of the shipped calibration, two parameters, 2 generations
targets="$work/cluster-check.targets.yaml"
cat >"$targets" <<TARGETS
calibration: cluster-check
title: "Standalone-cluster check: two parameters against two life-table figures"
parameters: [organism.production.eta.human, organism.death.threshold]
abc: {particles: 12, generations: 2, quantile: 0.5, min_acceptance: 0.05, batch: 12, seed: 7}
targets:
  - {figure: mean_age_at_death_women_20, published: $here/examples/calibration/life-tables.published.yaml, use: calibrate, scenario: $here/examples/calibration/woman-20.yaml, quantity: mean_age_at_death, people: 60}
  - {figure: mean_age_at_death_women_65, published: $here/examples/calibration/life-tables.published.yaml, use: hold-out, scenario: $here/examples/calibration/woman-65.yaml, quantity: mean_age_at_death, people: 60}
TARGETS
submit SparkCalibrateMain calibrate "$targets"
java -Xmx2g -Djava.awt.headless=true -jar "$cli" calibrate "$targets" --threads 2 --out "$work/local-calibrate" --quiet >/dev/null
compare calibrate diagnostics.csv predictive.csv
# posterior.json's provenance holds times and the engine: compare its particles only
particles() { python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))["sets"], sort_keys=True))' "$1"; }
if [ "$(particles "$work/cluster-calibrate/posterior.json")" = "$(particles "$work/local-calibrate/posterior.json")" ]; then
  echo "spark-cluster: calibrate/posterior.json particles identical on the cluster and locally"
else
  echo "spark-cluster: calibrate/posterior.json particles DIFFER between the cluster and the local run" >&2; same=0
fi
stop
trap - EXIT INT TERM
# each worker copied the 100 MiB application jar into its work folder: keep the logs, not the copies
rm -f "$work"/worker-*/app-*/*/senesim-spark-app.jar
echo "spark-cluster: cluster stopped"
[ "$same" = 1 ] || exit 1
