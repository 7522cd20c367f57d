#!/usr/bin/env bash
# Installs and starts what the tests need on a Debian machine, and is safe to run again:
# Debian's Chromium for Playwright, nginx (started by the tests themselves, on loopback), and a local
# PostgreSQL cluster with the test role and database.
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=
apt_install() {
  [ -n "$apt_updated" ] || { as_root apt-get update -qq; apt_updated=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing Debian's chromium"
  apt_install chromium
fi

if [ ! -x /usr/sbin/nginx ]; then
  echo "setup: installing Debian's nginx"
  apt_install nginx-light || apt_install nginx
  # The package starts a server on port 80; the tests run their own, so the system one is stopped.
  as_root sh -c 'service nginx stop >/dev/null 2>&1 || nginx -s stop >/dev/null 2>&1 || true'
fi

if ! command -v pg_lsclusters >/dev/null; then
  echo "setup: installing PostgreSQL"
  apt_install postgresql
fi

cluster=$(pg_lsclusters --no-header | awk 'NR == 1 { print $1 " " $2 }')
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
  as_root pg_createcluster "$version" main
  cluster="$version main"
fi
# shellcheck disable=SC2086
if ! pg_lsclusters --no-header | awk '$4 == "online"' | grep -q .; then
  echo "setup: starting PostgreSQL cluster $cluster"
  as_root pg_ctlcluster $cluster start
fi
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
pg_isready -h 127.0.0.1

psql_admin() { as_root su postgres -c "psql -v ON_ERROR_STOP=1 -qAt -c \"$1\""; }
if [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = 'lumina'")" != 1 ]; then
  psql_admin "CREATE ROLE lumina LOGIN PASSWORD 'lumina' CREATEDB"
fi
if [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = 'lumina'")" != 1 ]; then
  psql_admin "CREATE DATABASE lumina OWNER lumina"
fi
echo "setup: chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'), $(/usr/sbin/nginx -v 2>&1 | cut -d' ' -f3), PostgreSQL ready at 127.0.0.1:5432"
