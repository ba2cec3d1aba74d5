#!/usr/bin/env bash
# Measures the figures of issue 3 (hashing throughput against sha256sum and openssl, the stat cache's up-to-date
# check, the plugin's no-op build overhead) and prints them as a Markdown table. Exits 1 if a target is missed.
# Needs about 2.3 GB free under /tmp and about three minutes; deletes its data when done.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
needed_kb=$((2300 * 1024))
if [ "$(df -Pk /tmp | awk 'NR == 2 { print $4 }')" -lt "$needed_kb" ]; then
  echo "benchmark: needs 2.3 GB free under /tmp:" >&2
  df -h /tmp >&2
  exit 2
fi

start=$SECONDS
work="$(mktemp -d /tmp/repro-benchmark.XXXXXX)"
trap 'rm -rf "$work"' EXIT
# No build server outlives the script: the benchmark's own builds use none either.
quiet=(-nodeReuse:false -p:UseSharedCompilation=false)

echo "[benchmark] packing the plugin" >&2
"$root/build/pack.sh" "${quiet[@]}" >&2
dotnet build "$root/tests/Reproducible.Benchmarks" --configuration Release --nologo -v:quiet "${quiet[@]}" >&2

status=0
dotnet "$root/tests/Reproducible.Benchmarks/bin/Release/net10.0/Reproducible.Benchmarks.dll" "$work" "$root" || status=$?
echo
echo "Total run time: $((SECONDS - start)) s (packing and building included)"
exit "$status"
