/**
 * `npm run bench -- cold`: what a fresh process pays before cleaning runs at speed. Every CLI
 * worker thread pays it once, and so does a script that cleans a few pages and exits.
 *
 * Each of PROCESSES fresh Node processes loads the library's built bundle, cleans the benchmark's
 * text dumps once in order (the first call timed apart), then PASSES more times. Reported per
 * process, as medians: the first call, the rest of the first pass per article, and a late pass per
 * article (CPU time of the whole process, every thread counted: V8 compiles on helper threads).
 * The late pass is read with the library's caches kept (the bundle does not expose them), so it is
 * a little faster than new pages would be (`bench text` clears them: about 1.2×); the warm-up is
 * the first pass's excess over it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchmarkDir, dumpInputs, missingData } from '../eval/datasets.js';
import { quantile } from '../eval/quantile.js';
import { buildLibrary } from '../test/cli/helpers.js';

const PROCESSES = Number(process.env.COPYDESK_BENCH_COLD_PROCESSES ?? 5);
const PASSES = 4;
/** A built index.js to measure instead of building src/ (to compare two builds on the same machine). */
const LIBRARY = process.env.COPYDESK_BENCH_LIBRARY;

/** The child: prints one JSON line of CPU milliseconds. */
const CHILD = `
const [lib, pagesFile, passes] = process.argv.slice(2);
const cpu = (since) => { const u = process.cpuUsage(since); return (u.user + u.system) / 1000; };
const t0 = process.cpuUsage();
const { cleanArticle } = await import(lib);
const loadMs = cpu(t0);
const pages = JSON.parse((await import('node:fs')).readFileSync(pagesFile, 'utf8'));
let t = process.cpuUsage();
cleanArticle(pages[0]);
const firstMs = cpu(t);
t = process.cpuUsage();
for (const p of pages.slice(1)) cleanArticle(p);
const restMs = cpu(t);
let lateMs = 0;
for (let i = 0; i < Number(passes); i++) { t = process.cpuUsage(); for (const p of pages) cleanArticle(p); lateMs = cpu(t); }
console.log(JSON.stringify({ loadMs, firstMs, restMs, lateMs }));
`;

interface Run {
  loadMs: number;
  firstMs: number;
  restMs: number;
  lateMs: number;
}

export async function run(): Promise<void> {
  const missing = missingData(benchmarkDir());
  if (missing) {
    console.log(`skipped: ${missing}`);
    return;
  }
  const pages = dumpInputs();
  const lib = LIBRARY ?? (await buildLibrary());
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-cold-'));
  try {
    const pagesFile = join(dir, 'pages.json');
    const childFile = join(dir, 'child.mjs');
    writeFileSync(pagesFile, JSON.stringify(pages));
    writeFileSync(childFile, CHILD);
    const runs: Run[] = [];
    for (let k = 0; k < PROCESSES; k++) {
      const r = spawnSync(process.execPath, [childFile, pathToFileURL(lib).href, pagesFile, String(PASSES)], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`cold child failed (${r.status ?? r.signal}): ${r.error?.message ?? r.stderr}`);
      runs.push(JSON.parse(r.stdout.trim()) as Run);
    }
    const med = (f: (r: Run) => number): number => quantile(runs.map(f), 0.5);
    const n = pages.length;
    const rest = med((r) => r.restMs / (n - 1));
    const late = med((r) => r.lateMs / n);
    console.log(`library: ${LIBRARY ?? 'built from src/'}; ${PROCESSES} fresh processes, ${n} text dumps; CPU time, medians\n`);
    console.log('| loading the bundle | first call | rest of the first pass | pass ' + (PASSES + 1) + ' (caches kept) | warm-up (first pass over pass ' + (PASSES + 1) + ') |');
    console.log('| --- | --- | --- | --- | --- |');
    const warm = med((r) => r.firstMs + r.restMs - r.lateMs);
    console.log(`| ${med((r) => r.loadMs).toFixed(0)} ms | ${med((r) => r.firstMs).toFixed(0)} ms | ${rest.toFixed(2)} ms/article | ${late.toFixed(2)} ms/article | ${warm.toFixed(0)} ms |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
