#!/usr/bin/env bash
# Packs every package of the repository into artifacts/packages/, byte for byte the same on every
# machine for the same sources: a model's lock records the SHA-512 of the packages it was built
# with, so a package whose bytes changed with the clock or the clone's path would retrain it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rm -rf "$root/artifacts/packages" "$root"/artifacts/sample-packages/reproducible.*
export SOURCE_DATE_EPOCH=1767225600 # 2026-01-01: the time stamp of every entry in our packages
rm -rf "$root"/src/*/bin/Release "$root"/src/*/obj/Release
for project in Reproducible.Build Reproducible.Training Reproducible.Tool; do
  dotnet pack "$root/src/$project" --configuration Release --nologo -v:quiet -p:ContinuousIntegrationBuild=true "$@"
done
ls "$root/artifacts/packages"
