#!/usr/bin/env bash
# Runs every test of the solution, after installing what they need, and ends with one line:
# "Tests: N passed, N failed, N skipped", summed from the test results.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
results="$root/artifacts/test-results"
"$root/build/install-prerequisites.sh" || exit 1
rm -rf "$results"
dotnet test "$root/Reproducible.sln" --nologo --logger trx --results-directory "$results" "$@"
status=$?
counts=$(cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*>' \
  | awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "=\""); v = kv[2]; sub(/".*/, "", v); c[kv[1]] += v } }
         END { printf "%d %d %d", c["passed"], c["failed"], c["total"] - c["passed"] - c["failed"] }')
read -r passed failed skipped <<<"${counts:-0 0 0}"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
  echo "dotnet test failed before reporting any failed test (a build or run error above)." >&2
fi
echo "Tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
