/**
 * Test helpers: build the CLI exactly as tsup builds dist/cli.js and dist/worker.js (ESM, node20,
 * dependencies external), into a private folder keyed by the state of the sources and the build's options, and spawn it.
 * A private build keeps these tests independent of whatever another `npm run build` does to dist/.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_OPTIONS } from '../../tsup.config.js';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** How the build is made, hashed with the sources: its options and the build step they run. */
const BUILD_FILES = ['tsup.config.ts', 'scripts/top-level-const.ts'].map((f) => join(projectRoot, f));

function sourceStamp(entries: string[]): string {
  const h = createHash('sha1');
  for (const file of [...entries, ...BUILD_FILES]) {
    const s = statSync(file);
    h.update(`${file}:${s.size}:${s.mtimeMs}\n`);
  }
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const s = statSync(full);
      if (s.isDirectory()) walk(full);
      else h.update(`${full}:${s.size}:${s.mtimeMs}\n`);
    }
  };
  walk(join(projectRoot, 'src'));
  return h.digest('hex').slice(0, 16);
}

/** Builds `entry` (name → source) as tsup builds dist/, once per state of src/ and of the entry files, into a private folder; returns the folder. */
async function buildOnce(kind: string, entry: Record<string, string>): Promise<string> {
  const base = join(projectRoot, 'node_modules', '.cache', `copydesk-${kind}-test`);
  const dir = join(base, sourceStamp(Object.values(entry)));
  if (existsSync(dir)) return dir;
  mkdirSync(base, { recursive: true });
  const tmp = mkdtempSync(join(base, 'build-'));
  const { build } = await import('tsup');
  await build({
    entry,
    format: ['esm'],
    outDir: tmp,
    platform: 'node',
    target: 'node20',
    sourcemap: false,
    dts: false,
    silent: true,
    ...BUNDLE_OPTIONS,
    config: false,
  });
  try {
    renameSync(tmp, dir);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another test file built it first
  }
  return dir;
}

/** Builds the CLI (once per state of src/) and returns the path of its cli.js. */
export async function buildCli(): Promise<string> {
  const dir = await buildOnce('cli', { cli: join(projectRoot, 'src/cli/main.ts'), worker: join(projectRoot, 'src/cli/worker.ts') });
  return join(dir, 'cli.js');
}

/** Builds the library's ESM bundle (once per state of src/) and returns the path of its index.js. */
export async function buildLibrary(): Promise<string> {
  return join(await buildOnce('library', { index: join(projectRoot, 'src/index.ts') }), 'index.js');
}

/**
 * Builds the library as dist/index.js is built, from an entry that also exports `clearCaches` (the
 * benches empty the caches before each pass; the published bundle does not expose them), and
 * returns the path of its index.js. The benches time this build: the code users install.
 */
export async function buildBenchLibrary(): Promise<string> {
  return join(await buildOnce('bench', { index: join(projectRoot, 'bench/library.ts') }), 'index.js');
}

export interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI to completion. */
/** `stdin`: a file descriptor the CLI reads as standard input (redirected, not piped), instead of `input`. */
export function runCli(cli: string, args: string[], opts: { input?: string | Buffer; stdin?: number; cwd?: string; timeoutMs?: number } = {}): Ran {
  const r = spawnSync(process.execPath, [cli, ...args], {
    // `input` would override stdio[0], so it is left out when a descriptor is given.
    ...(opts.stdin === undefined ? { input: opts.input ?? '' } : { stdio: [opts.stdin, 'pipe', 'pipe'] as const }),
    cwd: opts.cwd,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: opts.timeoutMs ?? 120_000,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

export function spawnCli(cli: string, args: string[], cwd?: string): ChildProcess {
  return spawn(process.execPath, [cli, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
}

export function tempDir(prefix = 'copydesk-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Parses JSONL output, failing on any line that is not a whole JSON record. */
export function jsonl(s: string): Record<string, unknown>[] {
  if (!s) return [];
  expectNewlineEnd(s);
  return s
    .slice(0, -1)
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function expectNewlineEnd(s: string): void {
  if (!s.endsWith('\n')) throw new Error(`output does not end with a newline: …${JSON.stringify(s.slice(-80))}`);
}
