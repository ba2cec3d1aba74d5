#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK: scikit-learn for the Python sample, from
# Debian's packages, run by /usr/bin/python3.
set -euo pipefail
if /usr/bin/python3 -c "import sklearn" 2>/dev/null; then
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing python3-sklearn (Debian) for the Python sample..."
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-sklearn >/dev/null
