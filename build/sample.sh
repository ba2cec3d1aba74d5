#!/usr/bin/env bash
# The main job: packs the plugin, then builds the C# sample, which trains the fraud model (or
# finds it up to date), locks it and checks its evaluation gates; then packs the model into
# artifacts/models/ and shows the evaluation report.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sample="$root/samples/FraudDetection"
"$root/build/pack.sh"
# --force: a repacked plugin keeps its version, and only a full restore records its new hash.
dotnet build "$sample" --configuration Release --nologo --force "$@"
# A repacked model keeps its version, so the samples' package folder must not keep the old copy.
rm -rf "$root/artifacts/models" "$root"/artifacts/sample-packages/contoso.*
dotnet pack "$sample" --configuration Release --nologo --no-build --output "$root/artifacts/models" "$@"
echo
echo "Model: $(ls "$sample"/bin/Release/net10.0/model/)  (in $sample/bin/Release/net10.0/model/)"
echo "Package: $(ls "$root/artifacts/models/")  (in $root/artifacts/models/)"
cat "$sample/bin/Release/net10.0/evaluation.md"
