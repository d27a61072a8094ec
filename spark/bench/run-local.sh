#!/usr/bin/env bash
# Runs the Spark job in local mode without a Spark installation: the job jar plus Spark's own jars
# from the local Maven repository, with the JVM flags spark-submit passes on Java 17.
# usage: spark/bench/run-local.sh [local[N]] OUTPUT INPUT...      (build first: see README)
set -euo pipefail
module="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
master="local[2]"
case "${1:-}" in local*) master=$1; shift;; esac
jar="$module/target/airace-kg-spark.jar"
cp_file="$module/target/spark.classpath"
[ -f "$jar" ] || { echo "missing $jar: run mvn -B -f spark/pom.xml package -DskipTests" >&2; exit 2; }
if [ ! -f "$cp_file" ]; then
  (cd "$module" && mvn -q -B dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile="$cp_file")
fi
opens=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
# shellcheck disable=SC2086
exec java ${SPARK_DRIVER_OPTS:--Xmx2g} $opens -Djdk.reflect.useDirectMethodHandle=false \
  -Dspark.master="$master" -Dspark.ui.enabled=false \
  -cp "$jar:$(cat "$cp_file")" org.airace.kg.spark.SparkExtractMain "$@"
