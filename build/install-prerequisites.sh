#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK, from Debian's packages: scikit-learn for the
# Python sample (run by /usr/bin/python3) and a PostgreSQL server for the shared run store's tests
# (build/postgres.sh starts a private one on loopback).
set -euo pipefail
missing=()
/usr/bin/python3 -c "import sklearn" 2>/dev/null || missing+=(python3-sklearn)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing ${missing[*]} (Debian)..."
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
