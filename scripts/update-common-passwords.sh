#!/usr/bin/env bash
# Rebuilds the embedded list of common passwords from the npm package named below (MIT licence).
# Needs npm and node. Usage: scripts/update-common-passwords.sh
# See src/Oldenburg.Integration.Web/Infrastructure/Identity/CommonPasswords/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
package="@zxcvbn-ts/language-common@4.1.3"
target=src/Oldenburg.Integration.Web/Infrastructure/Identity/CommonPasswords/common-passwords.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$package" >/dev/null && tar xzf ./*.tgz)
node -e '
const list = require(process.argv[1]);
const seen = new Set();
for (const p of list) { const l = p.trim().toLowerCase(); if (l) seen.add(l); }
process.stdout.write([...seen].join("\n") + "\n");
' "$work/package/src/passwords.json" > "$target"
echo "Wrote $(wc -l < "$target") passwords to $target"
