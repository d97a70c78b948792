// What a WebGPU session would run on, found before asking onnxruntime for one. onnxruntime-node's WebGPU execution
// provider is Dawn over Vulkan on Linux; it does not report which adapter Dawn took. Dawn asks for a high-performance
// adapter (ORT's default power preference), so it takes a discrete GPU before an integrated one before a CPU
// (software) one. We list the Vulkan adapters with `vulkaninfo --summary` when that tool is installed, and otherwise
// read the Vulkan loader's driver manifests (the ICD JSON files) and, for NVIDIA, the kernel driver's GPU list.
//
// Software adapters (Mesa's lavapipe, whose Vulkan device name is "llvmpipe (LLVM …)", and Google's SwiftShader) run
// the network on the CPU cores, much slower than the CPU provider; `--device auto` never uses them. It hides their
// drivers from the Vulkan loader with VK_LOADER_DRIVERS_DISABLE (Vulkan loader ≥ 1.3.234) while the session is made.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type AdapterType = 'discrete' | 'integrated' | 'virtual' | 'cpu' | 'other';

export interface GpuAdapter {
  /** The Vulkan device name (vulkaninfo), or a name made from the driver manifest. */
  name: string;
  type: AdapterType;
  /** Driver name or manifest file. */
  driver?: string;
  software: boolean;
}

export interface AdapterProbe {
  /** Where the list came from. */
  source: 'vulkaninfo' | 'driver-manifests' | 'none';
  adapters: GpuAdapter[];
  /** File names of the software drivers' manifests (for VK_LOADER_DRIVERS_DISABLE). */
  softwareManifests: string[];
}

const SOFTWARE_NAME = /llvmpipe|lavapipe|swiftshader|softpipe/i;

export function isSoftwareAdapter(a: Pick<GpuAdapter, 'name' | 'type' | 'driver'>): boolean {
  return a.type === 'cpu' || SOFTWARE_NAME.test(a.name) || SOFTWARE_NAME.test(a.driver ?? '');
}

const TYPES: Record<string, AdapterType> = {
  PHYSICAL_DEVICE_TYPE_DISCRETE_GPU: 'discrete',
  PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU: 'integrated',
  PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU: 'virtual',
  PHYSICAL_DEVICE_TYPE_CPU: 'cpu',
};

/** The "Devices:" part of `vulkaninfo --summary`: one adapter per `GPUn:` block. */
export function parseVulkaninfoSummary(text: string): GpuAdapter[] {
  const at = text.search(/^Devices:\s*$/m);
  if (at < 0) return [];
  const out: GpuAdapter[] = [];
  let cur: Record<string, string> | undefined;
  const push = () => {
    if (!cur?.deviceName) return;
    const type = TYPES[cur.deviceType ?? ''] ?? 'other';
    const a = { name: cur.deviceName, type, driver: cur.driverName ?? cur.driverInfo };
    out.push({ ...a, software: isSoftwareAdapter(a) });
  };
  for (const line of text.slice(at).split('\n')) {
    if (/^GPU\d+:\s*$/.test(line.trim())) {
      push();
      cur = {};
      continue;
    }
    const m = /^\s*(\w+)\s*=\s*(.*?)\s*$/.exec(line);
    if (m && cur) cur[m[1]] = m[2];
  }
  push();
  return out;
}

/** The folders the Vulkan loader reads driver manifests from on Linux (or the files VK_DRIVER_FILES / VK_ICD_FILENAMES
 * name). */
export function driverManifests(env: NodeJS.ProcessEnv = process.env): string[] {
  const named = env.VK_DRIVER_FILES ?? env.VK_ICD_FILENAMES;
  if (named) return named.split(':').filter((f) => f && existsSync(f));
  const dataDirs = (env.XDG_DATA_DIRS || '/usr/local/share:/usr/share').split(':');
  const dirs = [
    '/etc/vulkan/icd.d',
    ...dataDirs.map((d) => path.join(d, 'vulkan/icd.d')),
    path.join(env.HOME ?? os.homedir(), '.local/share/vulkan/icd.d'),
  ];
  const files: string[] = [];
  for (const d of dirs) {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      continue;
    }
    for (const n of names.sort()) if (n.endsWith('.json')) files.push(path.join(d, n));
  }
  return files;
}

/** The NVIDIA kernel driver's GPU models (/proc/driver/nvidia/gpus/<bus>/information "Model:" lines). */
function nvidiaModels(): string[] {
  const dir = '/proc/driver/nvidia/gpus';
  try {
    return readdirSync(dir)
      .map((b) => /^Model:\s*(.+)$/m.exec(readFileSync(path.join(dir, b, 'information'), 'utf8'))?.[1]?.trim())
      .filter((m): m is string => !!m);
  } catch {
    return [];
  }
}

/** An adapter per driver manifest; a software driver's is type 'cpu', the others' type is unknown ('other'). */
export function adaptersFromManifests(
  files: readonly string[],
  nvidia: readonly string[] = nvidiaModels(),
): GpuAdapter[] {
  const out: GpuAdapter[] = [];
  for (const f of files) {
    const base = path.basename(f);
    if (/^lvp_icd/i.test(base) || SOFTWARE_NAME.test(base)) {
      out.push({
        name: /swiftshader/i.test(base) ? 'SwiftShader' : 'llvmpipe (Mesa lavapipe)',
        type: 'cpu',
        driver: base,
        software: true,
      });
    } else if (/^nvidia/i.test(base)) {
      for (const m of nvidia.length ? nvidia : ['NVIDIA GPU'])
        out.push({ name: m, type: 'other', driver: base, software: false });
    } else {
      out.push({
        name: `${base.replace(/(_icd)?(\.[\w]+)*\.json$/i, '')} driver`,
        type: 'other',
        driver: base,
        software: false,
      });
    }
  }
  return out;
}

export interface ProbeOptions {
  env?: NodeJS.ProcessEnv;
  /** Runs `vulkaninfo --summary`; returns its stdout, or undefined when it is missing or fails. */
  vulkaninfo?: () => string | undefined;
}

function runVulkaninfo(): string | undefined {
  try {
    const r = spawnSync('vulkaninfo', ['--summary'], {
      encoding: 'utf8',
      timeout: 20_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return r.status === 0 ? r.stdout : undefined;
  } catch {
    return undefined;
  }
}

/** The Vulkan adapters of this machine, best first (discrete, integrated, virtual, other, software). */
export function probeAdapters(opts: ProbeOptions = {}): AdapterProbe {
  const env = opts.env ?? process.env;
  const manifests = driverManifests(env);
  const softwareManifests = manifests
    .map((f) => path.basename(f))
    .filter((b) => /^lvp_icd/i.test(b) || SOFTWARE_NAME.test(b));
  const text = (opts.vulkaninfo ?? runVulkaninfo)();
  const listed = text ? parseVulkaninfoSummary(text) : [];
  const rank: Record<AdapterType, number> = { discrete: 0, integrated: 1, virtual: 2, other: 3, cpu: 4 };
  const order = (a: GpuAdapter[]) =>
    a
      .map((x, i) => [x, i] as const)
      .sort((p, q) => rank[p[0].type] - rank[q[0].type] || p[1] - q[1])
      .map((p) => p[0]);
  if (listed.length) return { source: 'vulkaninfo', adapters: order(listed), softwareManifests };
  if (manifests.length)
    return { source: 'driver-manifests', adapters: order(adaptersFromManifests(manifests)), softwareManifests };
  return { source: 'none', adapters: [], softwareManifests };
}

/** "NVIDIA H200 (discrete)", "llvmpipe (LLVM 15.0.6, 256 bits) (cpu, software)". */
export function describeAdapter(a: GpuAdapter): string {
  return `${a.name} (${a.software ? 'cpu, software' : a.type === 'other' ? 'hardware' : a.type})`;
}

/**
 * Runs `fn` with the software Vulkan drivers hidden from the loader (VK_LOADER_DRIVERS_DISABLE, comma-separated
 * globs of manifest file names), restoring the variable afterwards. The Vulkan loader reads it when Dawn first
 * enumerates adapters, so it only has an effect on the first WebGPU session of a process.
 */
export async function withoutSoftwareDrivers<T>(manifests: readonly string[], fn: () => Promise<T>): Promise<T> {
  const globs = [...new Set([...manifests, 'lvp_icd*', '*swiftshader*'])];
  const before = process.env.VK_LOADER_DRIVERS_DISABLE;
  process.env.VK_LOADER_DRIVERS_DISABLE = [before, ...globs].filter(Boolean).join(',');
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.VK_LOADER_DRIVERS_DISABLE;
    else process.env.VK_LOADER_DRIVERS_DISABLE = before;
  }
}
