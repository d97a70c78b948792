#!/usr/bin/env bash
# Runs the device check from the slim bundle built by bench/slim-bundle.sh (see that script), on a GPU machine
# without node or network, in under 5 minutes: ./device-check.sh [OUT.json]  (default device-check.json here).
# Prints nvidia-smi and vulkaninfo --summary, the adapters WebGPU sees, parity against the CPU provider on 50 images,
# images/s at batch 50/200/500 (WebGPU; CUDA when its provider libraries are present) and the decode rate per core.
set -uo pipefail
cd "$(dirname "$0")"
out="$(realpath -m "${1:-device-check.json}")"
unxz() { if command -v xz >/dev/null; then xz -dkc "$1"; else python3 -c 'import lzma,sys; sys.stdout.buffer.write(lzma.open(sys.argv[1]).read())' "$1"; fi; }
for f in node.xz $(find check/node_modules -name '*.xz'); do [ -e "${f%.xz}" ] || unxz "$f" > "${f%.xz}"; done
chmod +x node
# the machine's Vulkan loader when it has one, else the bundled one
ldconfig -p 2>/dev/null | grep -q 'libvulkan.so.1 ' || export LD_LIBRARY_PATH="$PWD/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
# NVIDIA's Vulkan driver manifest in a container's driver folder, where the loader does not look by itself
if [ -z "${VK_DRIVER_FILES:-}" ] && [ -e /usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json ] && [ ! -e /usr/share/vulkan/icd.d/nvidia_icd.json ] && [ ! -e /etc/vulkan/icd.d/nvidia_icd.json ]; then
  export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
fi
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp}"
echo "== nvidia-smi"; nvidia-smi 2>&1 | head -20
echo "== vulkaninfo --summary"; (vulkaninfo --summary 2>&1 || echo "(vulkaninfo not installed)") | sed -n '/Devices:/,$p'
echo "== check"
timeout 290 ./node check/index.js --images images --out "$out"
rc=$?
echo "== exit $rc; figures in $out"
exit $rc
