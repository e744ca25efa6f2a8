#!/usr/bin/env bash
# A private PostgreSQL cluster on loopback for the tests and for development:
#   tools/postgres.sh start   initialises (once) and starts it, then prints its connection string
#   tools/postgres.sh stop    stops it and deletes its data directory
# HYBRIDCHAT_POSTGRES_DIR (default: $TMPDIR/hybridchat-postgres) holds the data, the socket and the
# log; HYBRIDCHAT_POSTGRES_PORT (default 55432) is its port on 127.0.0.1. Anyone on this machine may
# connect to it as "postgres" without a password (trust on 127.0.0.1 only): it is for throw-away data.
# The server refuses to run as root, so under root it runs as the "postgres" OS user.
set -euo pipefail

root=${HYBRIDCHAT_POSTGRES_DIR:-${TMPDIR:-/tmp}/hybridchat-postgres}
port=${HYBRIDCHAT_POSTGRES_PORT:-55432}
data=$root/data

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || bin=$(dirname "$(command -v pg_ctl || command -v initdb || echo /none/pg_ctl)")
[ -x "$bin/pg_ctl" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)." >&2; exit 1; }

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  as_owner=(runuser -u postgres --)
fi

start() {
  if [ ! -s "$data/PG_VERSION" ]; then
    mkdir -p "$root"
    [ ${#as_owner[@]} -eq 0 ] || chown postgres: "$root"
    # UTF-8 with a real character-type locale, so upper() folds letters beyond ASCII (É, Ø, Д).
    "${as_owner[@]}" "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$root/initdb.log"
    printf 'host all all 127.0.0.1/32 trust\n' >"$data/pg_hba.conf"
  fi
  if "${as_owner[@]}" "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    echo "PostgreSQL is already running in $data" >&2
  else
    # Throw-away data: durability settings off, which makes the test suite much faster.
    "${as_owner[@]}" "$bin/pg_ctl" -D "$data" -l "$root/server.log" -w -t 60 start -o \
      "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$root -c max_connections=500 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null
  fi
  echo "Host=127.0.0.1;Port=$port;Username=postgres"
}

stop() {
  if [ -s "$data/PG_VERSION" ]; then
    "${as_owner[@]}" "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$root"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
