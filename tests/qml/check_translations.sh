#!/usr/bin/env bash
# Fails when a user-visible string has no translation: runs lupdate over the app's sources
# into copies of the committed .ts files and looks for unfinished or missing entries.
set -euo pipefail
lupdate=$1 source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir"/app/ui/i18n/*.ts "$work"/
"$lupdate" -silent -locations none -no-obsolete "$source_dir"/app/ui/qml "$source_dir"/app/core \
    -ts "$work"/fieldcase_zh_CN.ts "$work"/fieldcase_en.ts
status=0
for ts in "$work"/*.ts; do
    if grep -q 'type="unfinished"' "$ts"; then
        echo "untranslated in $(basename "$ts"):"
        grep -B3 'type="unfinished"' "$ts" | grep '<source>' | sed 's/^ */  /'
        status=1
    fi
done
exit $status
