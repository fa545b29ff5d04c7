#!/usr/bin/env bash
# Refreshes the front-end libraries vendored under src/main/resources/static/vendor/ from the npm registry: the
# distribution bundles only (no Node toolchain, no build step), each checked against the registry's sha512 integrity
# pinned below. To move to a new version, change VERSION and INTEGRITY (from
# `curl -s https://registry.npmjs.org/maplibre-gl/<version> | grep -o '"integrity":"[^"]*"'`), run this script,
# delete the old version's folder, update the version in src/main/resources/static/console/ (lib.js) and NOTICE.md.
# ECharts is not vendored: it comes from the WebJar org.webjars.npm:echarts in pom.xml.
#
#   scripts/refresh-vendor.sh
#
# Needs bash, curl, tar, openssl (or base64 + sha512sum).
set -euo pipefail
cd "$(dirname "$0")/.."

registry=${NPM_REGISTRY:-https://registry.npmjs.org}
vendor=src/main/resources/static/vendor

# name version sha512-integrity files-from-the-package(relative to package/)
libraries=(
  "maplibre-gl 5.24.1 sha512-HyiYBwtsbk3L1n1EPLJHWqdoyMiF80n7tEYXFZyu2m1TjvaNx6KMLiFeDdmszt1/mq2zvsR1TJuX/NMu5BonXQ== dist/maplibre-gl.js dist/maplibre-gl.css LICENSE.txt"
)

integrity_of() {
  printf 'sha512-%s' "$(openssl dgst -sha512 -binary "$1" | base64 -w0)"
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for entry in "${libraries[@]}"; do
  read -r name version integrity files <<<"$entry"
  tarball="$work/$name-$version.tgz"
  curl -fsSL "$registry/$name/-/$name-$version.tgz" -o "$tarball"
  actual=$(integrity_of "$tarball")
  if [ "$actual" != "$integrity" ]; then
    echo "$name $version: integrity $actual does not match the pinned $integrity" >&2
    exit 1
  fi
  tar -xzf "$tarball" -C "$work"
  target="$vendor/$name/$version"
  rm -rf "$target"
  mkdir -p "$target"
  for file in $files; do
    cp "$work/package/$file" "$target/$(basename "$file")"
  done
  rm -rf "$work/package"
  echo "$name $version -> $target ($(du -sh "$target" | cut -f1))"
done
