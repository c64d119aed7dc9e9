#!/usr/bin/env bash
# Live-feed fan-out benchmark, the way docs/performance.md reports it: one node context (free HTTP port,
# durable embedded PostgreSQL) with SUBSCRIBERS WebSocket clients on /api/v1/ws — Node.js `ws` clients in their
# own process (CLIENTS=node, the default) or the JDK's client in the node's JVM (CLIENTS=jvm) — all subscribed to
# one project; CHANGES local mutations of it, one every INTERVAL_MS; latency = from just
# before the mutation is submitted to the sync core until each client has the change message.
# Prints one JSON line: {"bench":"feed-fanout","clients":..,"subscribers":..,"changes":..,"interval_ms":..,
#   "deliveries":..,"missing":..,"p50_ms":..,"p99_ms":..,"max_ms":..,"connect_ms":..}
# Not part of the default test run.
# Usage: bootstrap/bench/feed-fanout.sh [SUBSCRIBERS=1000] [CHANGES=100] [INTERVAL_MS=100] [CLIENTS=node]
# Environment: FEED_BENCH_JAVA_OPTS (default -Xmx1g), FEED_BENCH_SKIP_BUILD=1.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ "${FEED_BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "feed-fanout: compiling bootstrap and its modules (tests included, not run)..." >&2
  "$root/mvnw" -B -q -o -f "$root/pom.xml" -pl bootstrap -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/feed-bench.classpath >&2
fi
classpath="$root/bootstrap/target/test-classes:$root/bootstrap/target/classes:$(cat "$root/bootstrap/target/feed-bench.classpath")"
# shellcheck disable=SC2086
java ${FEED_BENCH_JAVA_OPTS:--Xmx1g} -Dlogback.configurationFile=/dev/null -Dfeed.clients.dir="$root/bootstrap/src/test/js-graphql" -cp "$classpath" \
  io.cosmicsync.bootstrap.bench.FeedFanoutBench "${1:-1000}" "${2:-100}" "${3:-100}" "${4:-node}" 2> >(grep -v -E '^(SLF4J|[0-9:. ]+ (INFO|DEBUG))' >&2)
