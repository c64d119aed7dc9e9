#!/usr/bin/env bash
# Recommendations bench (docs/performance.md): imports the Stack Overflow 2019 survey (88,883 people) into a
# fresh data directory, rebuilds everyone's recommendations with a 2 GB heap, then runs the offline evaluation.
# Prints two JSON lines on stdout (rebuild, evaluation); progress goes to stderr.
#   bootstrap/bench/recommendations.sh [SURVEY.zip]      (default: ../shared/data/so-survey-2019-skills/...)
# Environment: BENCH_HEAP (default 2g). Needs the jar: ./mvnw -B -o install -DskipTests -pl bootstrap -am
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="$root/bootstrap/target/cosmicsync.jar"
zip="${1:-$root/../shared/data/so-survey-2019-skills/survey_results_public.zip}"
heap="${BENCH_HEAP:-2g}"

[ -f "$jar" ] || { echo "bench: $jar is missing; build it first" >&2; exit 1; }
[ -f "$zip" ] || { echo "bench: survey $zip not found" >&2; exit 1; }

data="$(mktemp -d -t cosmicsync-bench-XXXXXX)"
trap 'rm -rf "$data"' EXIT

java -Xmx"$heap" -jar "$jar" import so-survey --data-dir "$data" "$zip" >&2
java -Xmx"$heap" -jar "$jar" recommend rebuild --json --data-dir "$data" | grep '^{'
java -Xmx"$heap" -jar "$jar" recommend evaluate "$zip" | grep '^{'
