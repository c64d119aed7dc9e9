#!/usr/bin/env bash
# Editing-trace benchmark, side by side in one run, the way docs/performance.md reports it:
# this project's collaborative text (RGA, domain.text) against Automerge (org.automerge:automerge 0.0.7,
# the Rust core through JNI) on the same sequential trace (default: automerge-paper, ~260k edits).
# Implementations: cosmicsync; automerge (all edits in one change, as Automerge's own edit-trace benchmark
# does); automerge-change-per-edit (a change per trace transaction, as an editor committing each keystroke
# would make: much slower, so it runs at most 3 times after 1 warm-up).
# For each implementation, in its own JVM (so memory readings do not mix): apply every edit to a new
# document (median of RUNS after WARMUPS), encoded size of the document with its history, time to load
# that encoding, heap and resident-memory peaks. Prints one JSON line per implementation:
#   {"impl":..,"trace":..,"ops":N,"runs":R,"matches":true,"applyMillisMedian":..,"applyMillisMin":..,
#    "applyMillisFirst":..,"applyCpuMillisMedian":..,"encodedBytes":B,"loadMillisMedian":..,"peakHeapBytes":..,"retainedHeapBytes":..,
#    "allocatedBytes":..,"peakRssBytes":..}
# Usage: bootstrap/bench/trace-bench.sh [TRACE=../shared/data/editing-traces/automerge-paper.json.gz] [RUNS=10] [WARMUPS=3]
# Environment: TRACE_BENCH_IMPLS (default "cosmicsync automerge automerge-change-per-edit"),
#   TRACE_BENCH_JAVA_OPTS (JVM flags for every JVM; default -Xms1g -Xmx1g), TRACE_BENCH_SKIP_BUILD=1.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
trace="${1:-$root/../shared/data/editing-traces/automerge-paper.json.gz}"
runs="${2:-10}"
warmups="${3:-3}"
[ -f "$trace" ] || { echo "trace-bench: no trace at $trace (pass its path as the first argument)" >&2; exit 2; }

if [ "${TRACE_BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "trace-bench: compiling bootstrap and its modules (tests included, not run)..." >&2
  # test-compile in the reactor, so sibling modules come from this checkout, not from ~/.m2; each module
  # writes its test classpath to its own target/, and bootstrap's is the one used below.
  "$root/mvnw" -B -q -f "$root/pom.xml" -pl bootstrap -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/trace-bench.classpath >&2
fi
classpath="$root/bootstrap/target/test-classes:$root/bootstrap/target/classes:$(cat "$root/bootstrap/target/trace-bench.classpath")"

for impl in ${TRACE_BENCH_IMPLS:-cosmicsync automerge automerge-change-per-edit}; do
  r="$runs"; w="$warmups"
  if [ "$impl" = automerge-change-per-edit ]; then r=$(( runs < 3 ? runs : 3 )); w=$(( warmups < 1 ? warmups : 1 )); fi
  # shellcheck disable=SC2086
  java ${TRACE_BENCH_JAVA_OPTS:--Xms1g -Xmx1g} -cp "$classpath" io.cosmicsync.bootstrap.bench.TraceBench \
    "$impl" "$trace" "$r" "$w"
done
