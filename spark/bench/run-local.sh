#!/usr/bin/env bash
# Runs the Spark job in local mode without a Spark installation, through spark/bin/spark-submit
# (Spark's own launcher on the jars from the local Maven repository).
# usage: spark/bench/run-local.sh [local[N]] OUTPUT INPUT...      (build first: see README)
set -euo pipefail
module="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
master="local[2]"
case "${1:-}" in local*) master=$1; shift;; esac
jar="$module/target/airace-kg-spark.jar"
[ -f "$jar" ] || { echo "missing $jar: run mvn -B -f spark/pom.xml package -DskipTests" >&2; exit 2; }
SPARK_SUBMIT_JAVA_OPTS="${SPARK_DRIVER_OPTS:-${SPARK_SUBMIT_JAVA_OPTS:--Xmx2g}}" \
  exec "$module/bin/spark-submit" --class org.airace.kg.spark.SparkExtractMain --master "$master" "$jar" "$@"
