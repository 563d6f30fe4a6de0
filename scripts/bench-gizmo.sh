#!/usr/bin/env bash
# bench-gizmo.sh STORE [loadtest gizmo flags...]
#
# The query benchmark's questions (actor, neighborhood, paths, timeline)
# asked of Cayley's own HTTP query API on the same bolt store: builds
# Cayley's server from the pinned module (tools/cayley, a module of its own
# so that Cayley's many backends stay out of ours) into bin/cayley, our
# server into bin/server and the load driver into bin/loadtest, checks that
# Gizmo and GraphQL give the same answers about CHECK (default 20) sampled
# people, then drives `cayley http` with the settings of bench-query.sh:
# CLIENTS (default 16) clients for DURATION (default 20s) per question
# after a WARMUP (default 20s, reported apart), about ACTORS (default 200)
# people sampled with seed 1, the same people the GraphQL run asks about.
# Cayley holds no article text (the documents store is a bucket of ours):
# the Gizmo answers name their evidence sentences, the check fills in the
# text from our server, and the timed Gizmo runs read no text.
#
#   scripts/bench-gizmo.sh /tmp/big/gizmo.db
#   scripts/bench-gizmo.sh /tmp/big/gizmo.db -workload actor -duration 5s
#   BUILD_ONLY=1 scripts/bench-gizmo.sh      # just build bin/cayley
#
# STORE is opened read-only but locked: bolt admits one process at a time,
# so give a copy that no server holds. Lines go to stdout and to
# out/bench-gizmo.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

mkdir -p bin out
# tools/cayley's go.mod pins cayley v0.7.7 and its go.sum the whole
# dependency graph; -trimpath so that the binary does not depend on where
# the tree is checked out
(cd tools/cayley && go build -trimpath -o ../../bin/cayley github.com/cayleygraph/cayley/cmd/cayley)
# `cayley version` says v0.7.x-dev (its release sets the version by
# -ldflags); the module version is in the binary's build info
echo "built bin/cayley: $(go version -m bin/cayley | awk '$2 == "github.com/cayleygraph/cayley" {print $2, $3}')"
if [[ -n "${BUILD_ONLY:-}" ]]; then
	exit 0
fi

if [[ $# -lt 1 ]]; then
	echo "usage: $0 STORE [loadtest gizmo flags...]" >&2
	exit 2
fi
store=$1
shift
go build -o bin/server ./cmd/server
go build -o bin/loadtest ./cmd/loadtest

{
	echo "# $(date -u +%FT%TZ) $(git rev-parse --short HEAD) $store"
	bin/loadtest gizmo -db "$store" -cayley bin/cayley -server bin/server -workload bench \
		-clients "${CLIENTS:-16}" -duration "${DURATION:-20s}" -warmup "${WARMUP:-20s}" \
		-actors "${ACTORS:-200}" -check "${CHECK:-20}" "$@"
} 2>&1 | tee -a out/bench-gizmo.txt
