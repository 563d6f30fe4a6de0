#!/usr/bin/env bash
# pg-test.sh CMD [ARG...]: run CMD with a throwaway PostgreSQL server on
# 127.0.0.1 and its URL in ACTORGRAPH_TEST_POSTGRES, so that the graph
# store tests run against PostgreSQL too:
#
#   scripts/pg-test.sh go test -race -count=1 ./...
#
# The server lives in a temporary directory (data, unix socket, log) and is
# stopped, and the directory removed, whatever way CMD or this script ends.
# If ACTORGRAPH_TEST_POSTGRES is already set, CMD runs against that server.
# Its data is not fsynced: it is thrown away anyway, and tests run faster.
#
# Server binaries are looked for in $PG_BIN, Debian's
# /usr/lib/postgresql/*/bin, then PATH. If none is found, Debian's
# postgresql package is installed when running as root with apt-get
# (as on CI); otherwise the script fails under CI=true, and elsewhere warns
# and runs CMD without PostgreSQL (the tests then log that they skip it).
set -euo pipefail

if [ $# -eq 0 ]; then
	echo "usage: $0 CMD [ARG...]" >&2
	exit 2
fi

log() { echo "pg-test: $*" >&2; }

if [ -n "${ACTORGRAPH_TEST_POSTGRES:-}" ]; then
	log "ACTORGRAPH_TEST_POSTGRES is already set: using that server"
	exec "$@"
fi

find_bin() {
	local d
	for d in ${PG_BIN:-} $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r) \
		$(dirname "$(command -v postgres 2>/dev/null || echo /nonexistent/x)"); do
		if [ -x "$d/postgres" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
			echo "$d"
			return 0
		fi
	done
	return 1
}

bin=$(find_bin || true)
if [ -z "$bin" ]; then
	if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
		log "no PostgreSQL server binaries: installing Debian's postgresql"
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq >&2
		apt-get install -y -qq --no-install-recommends postgresql >&2
		bin=$(find_bin || true)
	fi
	if [ -z "$bin" ]; then
		msg="no PostgreSQL server binaries (postgres, initdb, pg_ctl) found; set PG_BIN, or install Debian's postgresql package (apt-get install postgresql, as root)"
		if [ "${CI:-}" = true ]; then
			log "$msg"
			exit 1
		fi
		log "$msg: running without PostgreSQL"
		exec "$@"
	fi
fi

# PostgreSQL refuses to run as root: run it as the Debian package's
# postgres user, or nobody, and let that user own the directory.
run_pg() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
	pguser=postgres
	id -u "$pguser" >/dev/null 2>&1 || pguser=nobody
	run_pg() { runuser -u "$pguser" -- "$@"; }
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/actorgraph-pg.XXXXXX")
started=
cleanup() {
	local rc=$?
	if [ -n "$started" ]; then
		run_pg "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 ||
			log "could not stop the server in $dir"
	fi
	rm -rf "$dir"
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
chmod 700 "$dir"
if [ "$(id -u)" -eq 0 ]; then chown "$pguser" "$dir"; fi

# A random password for TCP connections, so that no other local user can
# use the server while it runs, and so that the tests see a URL with a
# password in it (which the store must never show).
password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
printf '%s\n' "$password" >"$dir/pwfile"
if [ "$(id -u)" -eq 0 ]; then chown "$pguser" "$dir/pwfile"; fi
run_pg "$bin/initdb" -D "$dir/data" -U actorgraph --pwfile="$dir/pwfile" \
	--auth-local=trust --auth-host=scram-sha-256 -E UTF8 --no-locale --no-sync \
	>"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
rm -f "$dir/pwfile"

# A free port: try random ones until the server binds one; another
# process may take a port between the check and the bind, hence the retry.
port=
for attempt in 1 2 3 4 5 6 7 8; do
	p=$((20000 + RANDOM % 40000))
	if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
		continue # something listens there
	fi
	if run_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
		-o "-h 127.0.0.1 -p $p -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
		start >/dev/null; then
		port=$p
		started=1
		break
	fi
	log "server did not start on port $p (attempt $attempt)"
	tail -n 5 "$dir/server.log" >&2 || true
done
if [ -z "$port" ]; then
	log "could not start PostgreSQL; log: $(cat "$dir/server.log" 2>/dev/null)"
	exit 1
fi

# The database over the unix socket, where the superuser needs no password.
psql="$bin/psql"
[ -x "$psql" ] || psql=psql
run_pg "$psql" -q -h "$dir" -p "$port" -U actorgraph -d postgres \
	-v ON_ERROR_STOP=1 -c 'CREATE DATABASE actorgraph' >&2

export ACTORGRAPH_TEST_POSTGRES="postgres://actorgraph:$password@127.0.0.1:$port/actorgraph?sslmode=disable"
log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $dir)"
set +e
"$@"
rc=$?
set -e
exit "$rc"
