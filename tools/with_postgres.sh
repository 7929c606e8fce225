#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL server and COACH_TEST_POSTGRES_URL set, so the
# store tests run against PostgreSQL as well as SQLite:
#
#   tools/with_postgres.sh .venv/bin/python -m pytest -q
#
# - COACH_TEST_POSTGRES_URL already set: just runs the command (use that server).
# - PostgreSQL missing: installs Debian's `postgresql` when root with apt-get (as CI is).
# - Otherwise without PostgreSQL: runs the command without the URL (the PostgreSQL tests
#   skip and say why), except under CI=true, where that is a failure.
#
# The server lives in a temporary folder, listens on 127.0.0.1 on a free port with a
# random password, runs as the `postgres` user when we are root (initdb refuses root),
# and is stopped and deleted when the command ends, however it ends.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARG...]" >&2
  exit 2
fi
if [ -n "${COACH_TEST_POSTGRES_URL:-}" ]; then
  exec "$@"
fi

is_ci() { [ "${CI:-}" = "true" ] || [ "${CI:-}" = "1" ]; }

WORK=""
started=0
RUN_AS=()
cleanup() {
  if [ "$started" = 1 ]; then
    "${RUN_AS[@]}" "$BINDIR/pg_ctl" -D "$WORK/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  if [ -n "$WORK" ]; then
    rm -rf "$WORK"
  fi
}

unavailable() {  # $1: why; the rest: the command to run without PostgreSQL
  local why=$1
  shift
  cleanup
  trap - EXIT
  if is_ci; then
    echo "with_postgres: $why; CI needs PostgreSQL for the store tests" >&2
    exit 1
  fi
  echo "with_postgres: $why; the PostgreSQL store tests will be skipped" >&2
  exec "$@"
}

find_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
    echo "$dir"
  elif command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
  fi
}

BINDIR=$(find_bindir)
if [ -z "$BINDIR" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "with_postgres: installing PostgreSQL from Debian's packages" >&2
  # Only the server binaries are needed: no cluster of Debian's own, no service start.
  mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.d/coach-no-main.conf
  if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      --no-install-recommends postgresql >/dev/null; then
    BINDIR=$(find_bindir)
  fi
fi
if [ -z "$BINDIR" ]; then
  unavailable "PostgreSQL is not installed (apt-get install postgresql)" "$@"
fi

if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || unavailable "no 'postgres' user to run the server as" "$@"
  RUNUSER=$(command -v runuser || echo /usr/sbin/runuser)
  [ -x "$RUNUSER" ] || unavailable "runuser (util-linux) is missing" "$@"
  RUN_AS=("$RUNUSER" -u postgres --)
fi

PYTHON_BIN=${PYTHON:-python3}
trap cleanup EXIT
WORK=$(mktemp -d "${TMPDIR:-/tmp}/coach-pg.XXXXXX")
PORT=$("$PYTHON_BIN" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
PASSWORD=$("$PYTHON_BIN" -c 'import secrets; print(secrets.token_hex(16))')
printf '%s\n' "$PASSWORD" >"$WORK/pwfile"
chmod 600 "$WORK/pwfile"
if [ "${#RUN_AS[@]}" -gt 0 ]; then
  chown -R postgres "$WORK"
fi
trap 'exit 130' INT
trap 'exit 143' TERM

if ! "${RUN_AS[@]}" "$BINDIR/initdb" -D "$WORK/data" -U coach --pwfile="$WORK/pwfile" \
    --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1; then
  cat "$WORK/initdb.log" >&2
  unavailable "initdb failed" "$@"
fi
# A test server: durability against power loss buys nothing here, speed does.
started=1  # from here on, cleanup stops it (harmless if it never came up)
if ! "${RUN_AS[@]}" "$BINDIR/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $WORK -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
    >/dev/null; then
  cat "$WORK/server.log" >&2 || true
  unavailable "the PostgreSQL server did not start" "$@"
fi
PGPASSWORD=$PASSWORD "$BINDIR/createdb" -h 127.0.0.1 -p "$PORT" -U coach coach_test

export COACH_TEST_POSTGRES_URL="postgresql+psycopg://coach:$PASSWORD@127.0.0.1:$PORT/coach_test"
echo "with_postgres: PostgreSQL $("$BINDIR/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT" >&2
status=0
"$@" || status=$?
exit "$status"
