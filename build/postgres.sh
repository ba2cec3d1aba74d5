#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the tests, on 127.0.0.1 only, with fsync off and trust
# authentication, and prints its connection string; installs PostgreSQL with apt-get if it is missing.
#
#   build/postgres.sh start          prints Host=127.0.0.1;Port=PORT;Username=repro;Database=repro
#   build/postgres.sh stop PORT      stops that server and deletes its data (PORT, or the connection string)
#
# The server's files are in ${TMPDIR:-/tmp}/repro-postgres-PORT. Everything but the connection string goes to stderr.
set -euo pipefail

say() { echo "[postgres] $*" >&2; }

bin_dir() {
  local initdb
  initdb="$(ls -1 /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)"
  [ -n "$initdb" ] && dirname "$initdb"
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install() {
  say "installing PostgreSQL with apt-get"
  as_root apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
}

# PostgreSQL refuses to run as root; the Debian package creates the postgres user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

directory_of() { echo "${TMPDIR:-/tmp}/repro-postgres-$1"; }

start() {
  local bin port dir attempt
  bin="$(bin_dir)" || { install; bin="$(bin_dir)"; } || { say "no initdb under /usr/lib/postgresql after installing"; exit 1; }
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    port=$((20000 + RANDOM % 40000))
    port_in_use "$port" && continue
    dir="$(directory_of "$port")"
    mkdir -p "$dir" && chmod 700 "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
    # The server's user may not be allowed into the caller's working directory.
    cd "$dir"
    as_owner "$bin/initdb" --pgdata="$dir/data" --username=repro --auth=trust --encoding=UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }
    if as_owner "$bin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --timeout=60 \
      --options="-p $port -h 127.0.0.1 -k $dir -F -c max_connections=200" start >&2; then
      as_owner "$bin/createdb" --host=127.0.0.1 --port="$port" --username=repro repro >&2
      say "started in $dir; stop it with: $0 stop $port"
      echo "Host=127.0.0.1;Port=$port;Username=repro;Database=repro"
      return
    fi
    say "could not start on port $port (attempt $attempt):"
    tail -n 5 "$dir/server.log" >&2 || true
    rm -rf "$dir"
  done
  exit 1
}

stop() {
  local port dir bin
  if [[ "${1:-}" =~ ^([0-9]+)$ || "${1:-}" =~ [Pp]ort=([0-9]+) ]]; then port="${BASH_REMATCH[1]}"; else say "no port in '${1:-}'"; exit 2; fi
  dir="$(directory_of "$port")"
  [ -d "$dir/data" ] || { say "no server of this script on port $port"; exit 1; }
  bin="$(bin_dir)"
  cd "$dir"
  as_owner "$bin/pg_ctl" --pgdata="$dir/data" --mode=fast --wait stop >&2 || true
  cd /
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop PORT" >&2; exit 2 ;;
esac
