#!/usr/bin/env bash
# bench-query.sh [N]: query latency and throughput on a store of N
# generated articles (default 15000: about 1M facts), served from a bolt
# file on 127.0.0.1.
#
#   scripts/bench-query.sh 15000
#
# It builds bin/server and bin/loadtest, generates the corpus (seed 1,
# cached in out/corpus-N), loads it into out/query-N.db once (kept between
# runs; delete it after changing the extractor or the store), prints the
# store's size per fact, then runs each workload with CLIENTS concurrent
# clients (default 16) for DURATION (default 20s) after a WARMUP (default
# 20s, reported apart), with the server's read cache (the default), then
# with one client, then with CLIENTS and no cache (-cache-quads 0), so that
# the three are compared in one run,
# then the same questions of Cayley's own server (scripts/bench-gizmo.sh).
# The server's resident memory is sampled throughout. Lines go to stdout
# and to out/bench-query.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:-15000}
clients=${CLIENTS:-16}
duration=${DURATION:-20s}
warmup=${WARMUP:-20s}
actors=${ACTORS:-200}
out=out
mkdir -p "$out"
go build -o bin/server ./cmd/server
go build -o bin/loadtest ./cmd/loadtest
corpus="$out/corpus-$n"
if [ ! -d "$corpus" ] || [ "$(ls "$corpus" | wc -l)" -ne "$n" ]; then
	rm -rf "$corpus"
	bin/server gen -n "$n" -seed 1 "$corpus" >&2
fi
db="$out/query-$n.db"
report="$out/bench-query.txt"
: >"$report"
log() { echo "$*" | tee -a "$report"; }
log "# $(date -u +%FT%TZ) $(uname -m) $(nproc) cores, $(go version | awk '{print $3}'), corpus: $n articles"
if [ ! -f "$db" ]; then
	log "load: $(bin/server load -db "$db" "$corpus" | tail -n 1)"
fi
facts=$(bin/server export -db "$db" -format csv | tail -n +2 | wc -l)
bytes=$(stat -c %s "$db")
log "store: $bytes bytes on disk, $facts facts (facts.csv rows): $((bytes / facts)) bytes per fact"

# a wrapper, since loadtest starts the server with its own arguments
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bench-query.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# runs: read cache, clients. One client gives each query's own latency;
# CLIENTS give throughput and latency under load.
for run in "default $clients" "default 1" "0 $clients"; do
	read -r cache c <<<"$run"
	wrapper="$tmp/server-$cache"
	extra="-timeout 120s"
	[ "$cache" = 0 ] && extra="$extra -cache-quads 0"
	printf '#!/bin/sh\nexec %s "$@" %s\n' "$PWD/bin/server" "$extra" >"$wrapper"
	chmod +x "$wrapper"
	log "## read cache: $cache, $c clients"
	bin/loadtest -serve "$wrapper" -db "$db" -workload lookup,bench -clients "$c" \
		-duration "$duration" -warmup "$warmup" -actors "$actors" -timeout 120s | tee -a "$report"
done

# the same questions asked of Cayley's own query API (Gizmo) on the same
# file, after a check that both give the same answers
log "## Cayley's Gizmo endpoint (cayley http), same store"
CLIENTS=$clients DURATION=$duration WARMUP=$warmup ACTORS=$actors scripts/bench-gizmo.sh "$db" | tee -a "$report"
