#!/usr/bin/env bash
# The main job: packs the plugin, then builds the C# sample, which trains the fraud model (or
# finds it up to date), locks it, checks its evaluation gates, and shows the evaluation report.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sample="$root/samples/FraudDetection"
"$root/build/pack.sh"
dotnet build "$sample" --configuration Release --nologo "$@"
echo
echo "Model: $(ls "$sample"/bin/Release/net10.0/model/)  (in $sample/bin/Release/net10.0/model/)"
cat "$sample/bin/Release/net10.0/evaluation.md"
