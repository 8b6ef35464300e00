#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on loopback for the storage tests and prints its URL on stdout.
# Usage: export STRIDE_TEST_DATABASE_URL=$(bash scripts/postgres.sh)
# Idempotent: installs Debian's postgresql only if missing, reuses a running cluster, and
# (re)creates nothing that exists. Everything else goes to stderr.
set -euo pipefail

BASE="${STRIDE_PG_DIR:-${TMPDIR:-/tmp}/stride-pg}"
DATA="$BASE/data"
DB="${STRIDE_PG_DB:-stride_test}"

log() { echo "postgres.sh: $*" >&2; }

find_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; fi
}

PGBIN=$(find_bin)
if [ -z "$PGBIN" ]; then
  log "installing Debian postgresql"
  if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi
  "${SUDO[@]}" apt-get update >&2
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y postgresql >&2
  PGBIN=$(find_bin)
fi
[ -n "$PGBIN" ] || { log "no initdb found after install"; exit 1; }

# As root, the server runs as the postgres user (PostgreSQL refuses to run as root).
if [ "$(id -u)" -eq 0 ]; then
  AS=(runuser -u postgres --)
  OWNER=postgres
else
  AS=()
  OWNER=$(id -un)
fi
run() { "${AS[@]}" "$@"; }

mkdir -p "$BASE"
chown "$OWNER" "$BASE"
chmod 700 "$BASE"

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close();})"
}

if [ ! -f "$DATA/PG_VERSION" ]; then
  log "initdb in $DATA"
  run "$PGBIN/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >&2
fi

if run "$PGBIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1 && [ -f "$BASE/port" ]; then
  PORT=$(cat "$BASE/port")
  log "already running on 127.0.0.1:$PORT"
else
  PORT=$(free_port)
  echo "$PORT" > "$BASE/port"
  log "starting on 127.0.0.1:$PORT"
  run "$PGBIN/pg_ctl" -D "$DATA" -l "$BASE/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $BASE -c fsync=on -c max_connections=200" start >&2
fi

PSQL=("$PGBIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qtA)
if [ "$(run "${PSQL[@]}" -d postgres -c "select 1 from pg_database where datname = '$DB'")" != "1" ]; then
  log "creating database $DB"
  run "${PSQL[@]}" -d postgres -c "create database \"$DB\"" >&2
fi

echo "postgres://postgres@127.0.0.1:$PORT/$DB"
