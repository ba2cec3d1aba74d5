#!/usr/bin/env bash
# Measures issue 7's figures: our samplers against Optuna's on four objectives, the time TPE takes to suggest
# a trial, and how much faster a study of the C# sample's real trainings runs with --parallel 2 than with 1.
# Needs python3-optuna for /usr/bin/python3 for the Optuna columns; takes about five minutes.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d /tmp/repro-tuning-benchmark.XXXXXX)"
trap 'rm -rf "$work"' EXIT
quiet=(-nodeReuse:false -p:UseSharedCompilation=false)
trials="${TRIALS:-8}"

dotnet run --configuration Release --project "$root/tests/Reproducible.Tuning.Benchmarks" "${quiet[@]}"

echo >&2
echo "[benchmark] packing the plugin and building the C# sample" >&2
"$root/build/pack.sh" "${quiet[@]}" >&2
dotnet restore "$root/samples/FraudDetection" --force -v:quiet "${quiet[@]}" >&2
tool="$root/src/Reproducible.Tool/bin/Release/net10.0/dotnet-repro.dll"
dotnet build "$root/src/Reproducible.Tool" --configuration Release --nologo -v:quiet "${quiet[@]}" >&2

# Random search without pruning: both studies train exactly the same parameters, so only --parallel differs.
study_seconds() {
  dotnet "$tool" tune "$root/samples/FraudDetection" -c Release --trials "$trials" --sampler random --pruner none \
    --parallel "$1" --study "benchmark-parallel-$1" --store "$work/runs.db" | tee "$work/parallel-$1.log" >&2
  sed -n 's/^Ran [0-9]* trials in \([0-9.]*\) s\.$/\1/p' "$work/parallel-$1.log"
}
one="$(study_seconds 1)"
two="$(study_seconds 2)"
echo
echo "Study of $trials trainings of the C# sample on $(nproc) cores: --parallel 1 took $one s, --parallel 2 took $two s: $(awk "BEGIN { printf \"%.2f\", $two / $one }") of the time (ideal 0.50)."
