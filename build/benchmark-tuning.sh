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

dotnet build "$root/tests/Reproducible.Tuning.Benchmarks" --configuration Release --nologo -v:quiet "${quiet[@]}" >&2
dotnet run --configuration Release --no-build --project "$root/tests/Reproducible.Tuning.Benchmarks"

echo >&2
echo "[benchmark] packing the plugin and building the C# sample" >&2
"$root/build/pack.sh" "${quiet[@]}" >&2
dotnet restore "$root/samples/FraudDetection" --force -v:quiet "${quiet[@]}" >&2
tool="$root/src/Reproducible.Tool/bin/Release/net10.0/dotnet-repro.dll"
dotnet build "$root/src/Reproducible.Tool" --configuration Release --nologo -v:quiet "${quiet[@]}" >&2

# Random search without pruning: both studies of a project train exactly the same parameters, so only --parallel differs.
study_seconds() {
  dotnet "$tool" tune "$@" --trials "$trials" --sampler random --pruner none --study "benchmark-parallel-$parallel" \
    --parallel "$parallel" --store "$work/runs.db" | tee "$work/study.log" >&2
  sed -n 's/^Ran [0-9]* trials in \([0-9.]*\) s\.$/\1/p' "$work/study.log"
}
ratio() { awk "BEGIN { printf \"%.2f\", $2 / $1 }"; }

# Trials that wait (for a GPU, a cluster, a remote service) rather than compute: the study's own overhead shows.
mkdir -p "$work/waiting"
cat > "$work/waiting/train.sh" <<'SCRIPT'
sleep 2
echo '##repro {"type":"metric","name":"score","value":1}'
echo model > "$REPRO_OUTPUT_DIR/model.bin"
SCRIPT
cat > "$work/waiting/plan.json" <<PLAN
{ "schemaVersion": 1, "projectFile": "$work/waiting/Waiting.csproj", "experiment": "benchmark", "workDirectory": "$work/waiting/obj",
  "dotNetHost": "dotnet", "trainCommand": "sh train.sh", "data": [], "hyperparameters": [],
  "searchSpace": [ { "name": "x", "low": "0", "high": "1" } ], "metric": "score", "direction": "maximize" }
PLAN
parallel=1; wait_one="$(study_seconds --plan "$work/waiting/plan.json")"
parallel=2; wait_two="$(study_seconds --plan "$work/waiting/plan.json")"
rm -f "$work/runs.db"

# The C# sample's own trainings, which compute: two of them share the machine's cores with each other and the tool.
parallel=1; one="$(study_seconds "$root/samples/FraudDetection" -c Release)"
parallel=2; two="$(study_seconds "$root/samples/FraudDetection" -c Release)"
echo
echo "Studies of $trials trials on $(nproc) cores, --parallel 2 against --parallel 1 (ideal 0.50):"
echo "  trials that wait 2 s:          $wait_one s → $wait_two s = $(ratio "$wait_one" "$wait_two")"
echo "  the C# sample's trainings:     $one s → $two s = $(ratio "$one" "$two")"
