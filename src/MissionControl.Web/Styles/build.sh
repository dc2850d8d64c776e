#!/usr/bin/env sh
# Rebuilds wwwroot/lib/govuk-frontend/govuk-frontend.min.css from govuk-frontend.scss.
# Usage: NODE_MODULES=/path/to/node_modules ./build.sh
#   (node_modules must contain govuk-frontend@6.6.0 and sass@1.108.2, e.g. from
#    `npm install --no-audit --no-fund govuk-frontend@6.6.0 sass@1.108.2` in a temp dir)
set -eu
NODE_MODULES="${NODE_MODULES:?set NODE_MODULES to the node_modules directory}"
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$HERE/../wwwroot/lib/govuk-frontend/govuk-frontend.min.css"
mkdir -p "$(dirname "$OUT")"
"$NODE_MODULES/.bin/sass" \
  --load-path="$NODE_MODULES" \
  --style=compressed \
  --no-source-map \
  --quiet-deps \
  "$HERE/govuk-frontend.scss" "$OUT"
if grep -q 'GDS Transport' "$OUT"; then echo "error: GDS Transport found in $OUT" >&2; exit 1; fi
if grep -Eq 'url\([^)]*\.(woff2?|ttf|otf|eot)' "$OUT"; then echo "error: font url( found in $OUT" >&2; exit 1; fi
echo "wrote $OUT"
