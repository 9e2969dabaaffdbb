#!/usr/bin/env bash
# Builds the Teams app package: package.sh APP_ID [VERSION] [DOMAIN] -> manifests/teams/build/actiontracker-teams.zip
# APP_ID is the bot's Microsoft App ID (Teams:AppId); DOMAIN is the host the bot is served from.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
APP_ID="${1:?usage: package.sh APP_ID [VERSION] [DOMAIN]}"
VERSION="${2:-1.0.0}"
DOMAIN="${3:-actiontracker.example}"
if ! [[ "$APP_ID" =~ ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$ ]]; then
  echo "APP_ID must be a GUID (the bot's Microsoft App ID)" >&2; exit 2
fi
if ! [[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "VERSION must be semver MAJOR.MINOR.PATCH" >&2; exit 2
fi

OUT="$HERE/build"
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
mkdir -p "$OUT"
python3 - "$HERE/manifest.json" "$STAGE/manifest.json" "$APP_ID" "$VERSION" "$DOMAIN" <<'PY'
import json, sys
src, dst, app_id, version, domain = sys.argv[1:]
placeholder = "00000000-0000-0000-0000-000000000000"
text = open(src, encoding="utf-8").read().replace(placeholder, app_id).replace("actiontracker.example", domain)
manifest = json.loads(text)
manifest["version"] = version
open(dst, "w", encoding="utf-8").write(json.dumps(manifest, indent=2, ensure_ascii=False))
PY
cp "$HERE/color.png" "$HERE/outline.png" "$STAGE/"
rm -f "$OUT/actiontracker-teams.zip"
(cd "$STAGE" && python3 -m zipfile -c "$OUT/actiontracker-teams.zip" manifest.json color.png outline.png)
echo "$OUT/actiontracker-teams.zip"
