#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `postgres.sh start DIR` makes a fresh one in
# DIR (removing any left there) listening only on a Unix socket in DIR, `postgres.sh stop
# DIR` stops it and removes DIR. Tests connect as user postgres with host=DIR. Durability
# is switched off (fsync, full-page writes): the cluster lives for one test run.
# The server refuses to run as root, so as root it runs as the postgres system user.
set -euo pipefail
command=${1:?start or stop}
dir=${2:?cluster folder}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
    echo "postgres.sh: PostgreSQL server binaries not found under /usr/lib/postgresql (install postgresql)" >&2
    exit 1
fi
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
stop() {
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}
case "$command" in
start)
    stop
    mkdir -p "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=300" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "PostgreSQL on host=$dir"
    ;;
stop) stop ;;
*) echo "usage: postgres.sh start|stop DIR" >&2; exit 2 ;;
esac
