#!/usr/bin/env bash
# Checks the golden Adaptive Cards with the official renderer library (adaptivecards 3.0.6 on jsdom), offline after the
# first run. Usage: tests/ActionTracker.Teams.Tests/validate-cards.sh [CARD.json...]   (default: every golden card)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
TOOLS="$ROOT/.tools/cards"

if [[ ! -f "$TOOLS/.installed" ]]; then
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" adaptivecards@3.0.6 jsdom@29.1.1 --no-audit --no-fund --loglevel=error >&2
  touch "$TOOLS/.installed"
fi

if [[ $# -eq 0 ]]; then
  set -- "$HERE"/Golden/*.json
fi

cat > "$TOOLS/check.js" <<'JS'
// Parses and validates each card the way a client would; also requires a verb on every Action.Execute,
// which the library itself does not check.
const fs = require('fs');
const { JSDOM } = require('jsdom');
const { window } = new JSDOM('<!doctype html><body></body>');
global.window = window;
global.document = window.document;
for (const name of Object.getOwnPropertyNames(window)) {
  if (/^(HTML|SVG|Node|Element|Event)/.test(name) && !(name in global)) global[name] = window[name];
}
const AC = require('adaptivecards/dist/adaptivecards.js');

function executesWithoutVerb(node, found = []) {
  if (Array.isArray(node)) node.forEach(n => executesWithoutVerb(n, found));
  else if (node && typeof node === 'object') {
    if (node.type === 'Action.Execute' && !node.verb) found.push(node.title || '(untitled)');
    Object.values(node).forEach(v => executesWithoutVerb(v, found));
  }
  return found;
}

let failed = 0;
for (const file of process.argv.slice(2)) {
  if (file.endsWith('.received.json')) continue;
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  const context = new AC.SerializationContext();
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  const problems = [];
  for (let i = 0; i < context.eventCount; i++) problems.push('parse: ' + context.getEventAt(i).message);
  for (const e of card.validateProperties().validationEvents) problems.push('validate: ' + e.message);
  for (const title of executesWithoutVerb(json)) problems.push(`Action.Execute "${title}" has no verb`);
  if (!card.render()) problems.push('render: no output');
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${file}`);
  problems.forEach(p => console.log('     ' + p));
  if (problems.length) failed++;
}
process.exit(failed ? 1 : 0);
JS

NODE_PATH="$TOOLS/node_modules" node "$TOOLS/check.js" "$@"
