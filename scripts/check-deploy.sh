#!/usr/bin/env bash
# Checks deploy/: compiles and lints the Bicep with the Bicep CLI (restored from NuGet into .tools/), keeps
# deploy/main.json (the compiled ARM template the tests check) in step, lints the Dockerfile with dockerfile-utils
# (npm, into .tools/), and with --docker builds the image (needs a Docker daemon and registry access).
# Usage: scripts/check-deploy.sh [--check] [--docker]
#   --check: fail when deploy/main.json is stale instead of rewriting it; --docker: also build the image.
set -euo pipefail
cd "$(dirname "$0")/.."

BICEP_VERSION="0.49.2"
DOCKERFILE_UTILS_VERSION="0.16.3"
BICEP=".tools/nuget/azure.bicep.commandline.linux-x64/$BICEP_VERSION/tools/bicep"
DOCKERFILE_UTILS=".tools/dockerfile-utils-$DOCKERFILE_UTILS_VERSION/node_modules/.bin/dockerfile-utils"
check_only=false
build_image=false
for arg in "$@"; do
  case "$arg" in
    --check) check_only=true ;;
    --docker) build_image=true ;;
    *) echo "usage: scripts/check-deploy.sh [--check] [--docker]" >&2; exit 2 ;;
  esac
done

if [ ! -x "$BICEP" ]; then
  echo "Restoring the Bicep CLI $BICEP_VERSION from NuGet into .tools/ (first run only)..." >&2
  restore_dir="$(mktemp -d)"
  trap 'rm -rf "$restore_dir"' EXIT
  cat > "$restore_dir/bicep.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup><PackageDownload Include="Azure.Bicep.CommandLine.linux-x64" Version="[$BICEP_VERSION]" /></ItemGroup>
</Project>
PROJECT
  dotnet restore "$restore_dir/bicep.csproj" --packages "$PWD/.tools/nuget" -v quiet >&2
  chmod +x "$BICEP"
fi

if [ ! -x "$DOCKERFILE_UTILS" ]; then
  echo "Installing dockerfile-utils $DOCKERFILE_UTILS_VERSION into .tools/ (first run only)..." >&2
  npm install --prefix ".tools/dockerfile-utils-$DOCKERFILE_UTILS_VERSION" "dockerfile-utils@$DOCKERFILE_UTILS_VERSION" \
    --no-audit --no-fund --loglevel=error >&2
fi

compiled="$(mktemp)"
"$BICEP" lint deploy/main.bicep
"$BICEP" build deploy/main.bicep --outfile "$compiled"
"$BICEP" build-params deploy/main.example.bicepparam --stdout > /dev/null
if ! cmp -s "$compiled" deploy/main.json; then
  if $check_only; then
    echo "deploy/main.json is stale: run scripts/check-deploy.sh and commit it." >&2
    rm -f "$compiled"
    exit 1
  fi
  cat "$compiled" > deploy/main.json
  echo "deploy/main.json updated" >&2
fi
rm -f "$compiled"
echo "Bicep: deploy/main.bicep compiles and lints clean (Bicep CLI $BICEP_VERSION)"

"$DOCKERFILE_UTILS" lint deploy/Dockerfile
echo "Dockerfile: lint clean (dockerfile-utils $DOCKERFILE_UTILS_VERSION)"

if ! $build_image; then
  echo "Docker: image not built (pass --docker to build it)"
elif docker info > /dev/null 2>&1; then
  docker build -f deploy/Dockerfile -t actiontracker-bot:check .
  echo "Docker: image built (actiontracker-bot:check)"
else
  echo "Docker: no daemon answers, so the image was not built (the Dockerfile is linted above)" >&2
  exit 1
fi
