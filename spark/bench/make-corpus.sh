#!/usr/bin/env bash
# Builds a benchmark corpus of about SIZE_MB megabytes by copying the given article folders again and
# again, each copy ending with its own marker line so that every copy has its own text (and so its own
# document id): no two documents are skipped as duplicates.
# usage: spark/bench/make-corpus.sh SIZE_MB OUT_DIR SOURCE_DIR...
set -euo pipefail
size_mb=$1; out=$2; shift 2
mkdir -p "$out"
target=$((size_mb * 1024 * 1024))
total=0; copy=0
while [ "$total" -lt "$target" ]; do
  dir="$out/$(printf 'c%05d' "$copy")"
  mkdir -p "$dir"
  for src in "$@"; do
    for f in "$src"/*.txt; do
      name="$(basename "$f")"
      { cat "$f"; printf '\n\n#%06d\n' "$copy"; } > "$dir/$name"
      total=$((total + $(stat -c %s "$dir/$name")))
    done
  done
  copy=$((copy + 1))
done
echo "$out: $copy copies, $total bytes"
