#!/usr/bin/env bash
# bench-ingest.sh [N] [N_PG]: measure bulk ingest end to end, files to
# store, against Cayley's own batch writer loading the same quads.
#
#   scripts/bench-ingest.sh 10000 1000                    # memory and bolt
#   scripts/pg-test.sh scripts/bench-ingest.sh 10000 1000 # and PostgreSQL
#
# It builds bin/server, generates N articles (seed 1; `server gen`, cached
# in out/corpus-N), then for each backend:
#   load    `server load` of the corpus into a fresh store (extraction on
#           every core, batched transactions, people resolved);
#   import  `server import` of the N-Quads the load stored into another
#           fresh store: Cayley's batch writer, no extraction, the ceiling;
#   resume  a second `server load` of the same corpus, every article
#           skipped by content hash.
# PostgreSQL (when ACTORGRAPH_TEST_POSTGRES is set, as scripts/pg-test.sh
# does) loads the first N_PG articles only (default 1000): at its ~5k
# quads/s, 10k articles take about half an hour per run.
# BACKENDS (default "bolt memory postgres") picks the backends to run.
# Results go to stdout as one line per run, and to out/bench-ingest.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:-10000}
npg=${2:-1000}
out=out
mkdir -p "$out"
go build -o bin/server ./cmd/server
server=bin/server
corpus="$out/corpus-$n"
if [ ! -d "$corpus" ] || [ "$(ls "$corpus" | wc -l)" -ne "$n" ]; then
	rm -rf "$corpus"
	$server gen -n "$n" -seed 1 "$corpus" >&2
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bench-ingest.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
report="$out/bench-ingest.txt"
: >"$report"
log() { echo "$*" | tee -a "$report"; }

log "# $(date -u +%FT%TZ) $(uname -m) $(nproc) cores, $(go version | awk '{print $3}'), corpus: $n articles, $(du -sh "$corpus" | cut -f1)"

run() { # name cmd...: time a command, print its last line
	local name=$1
	shift
	local start end line
	start=$(date +%s.%N)
	line=$("$@" | tail -n 1)
	end=$(date +%s.%N)
	log "$name: $(echo "$end - $start" | bc)s: $line"
}

backends=" ${BACKENDS:-bolt memory postgres} "
if [[ $backends == *" bolt "* || $backends == *" memory "* ]]; then
	# the bolt load's N-Quads export is the dump the raw imports read
	run "bolt load $n" $server load -db "$tmp/load.db" "$corpus"
	size=$(stat -c %s "$tmp/load.db")
	log "bolt file: $size bytes, $((size / n)) bytes an article (bbolt grows a file in steps of up to 16 MB: small corpora overstate it)"
	run "bolt resume $n" $server load -db "$tmp/load.db" "$corpus"
	$server export -db "$tmp/load.db" -format nquads >"$tmp/dump.nq"
	log "dump: $(wc -l <"$tmp/dump.nq") quads"
fi
if [[ $backends == *" bolt "* ]]; then
	run "bolt import $n" $server import -db "$tmp/import.db" "$tmp/dump.nq"
fi
if [[ $backends == *" memory "* ]]; then
	run "memory load $n" $server load -db memory "$corpus"
	run "memory import $n" $server import -db memory "$tmp/dump.nq"
fi

if [[ $backends == *" postgres "* && -n "${ACTORGRAPH_TEST_POSTGRES:-}" ]]; then
	mkdir -p "$tmp/pg"
	# sed, not head: head would end ls early, a failure under pipefail
	for f in $(ls "$corpus" | sed -n "1,${npg}p"); do ln -s "$PWD/$corpus/$f" "$tmp/pg/$f"; done
	$server load -db "$tmp/pgsub.db" "$tmp/pg" >/dev/null
	$server export -db "$tmp/pgsub.db" -format nquads >"$tmp/pgdump.nq"
	url() { # the server's URL with search_path set to schema $1
		case "$ACTORGRAPH_TEST_POSTGRES" in
		*\?*) echo "$ACTORGRAPH_TEST_POSTGRES&search_path=$1" ;;
		*) echo "$ACTORGRAPH_TEST_POSTGRES?search_path=$1" ;;
		esac
	}
	for s in bench_load bench_import; do
		psql -q "$ACTORGRAPH_TEST_POSTGRES" -c "DROP SCHEMA IF EXISTS $s CASCADE; CREATE SCHEMA $s"
	done
	run "postgres load $npg" $server load -db "$(url bench_load)" "$tmp/pg"
	run "postgres resume $npg" $server load -db "$(url bench_load)" "$tmp/pg"
	run "postgres import $npg" $server import -db "$(url bench_import)" "$tmp/pgdump.nq"
	for s in bench_load bench_import; do
		psql -q "$ACTORGRAPH_TEST_POSTGRES" -c "DROP SCHEMA $s CASCADE"
	done
fi
