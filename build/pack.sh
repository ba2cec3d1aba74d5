#!/usr/bin/env bash
# Packs every package of the repository into artifacts/packages/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rm -rf "$root/artifacts/packages" "$root"/artifacts/sample-packages/reproducible.*
dotnet pack "$root/Reproducible.sln" --configuration Release --nologo -v:quiet "$@"
ls "$root/artifacts/packages"
