/**
 * `npm run bench -- text`: plain-text cleaning throughput over the benchmark's text dumps, on one
 * core (this process, synchronously): MB/s of UTF-8 input and articles/s. Variants measured in the
 * same run show what encoding repair and language detection cost.
 *
 * The variants are measured in interleaved rounds (one pass over the corpus each, in turn, each
 * round starting with the next variant so that every variant goes first equally often) after a
 * warm-up, so that none pays for the JIT's compilation and tiering of code the others reuse, and a
 * drift in the machine's load touches all of them alike. Measured one after the other, the first
 * variant read up to 45 % slow.
 *
 * Each pass starts with the library's caches cleared (src/caches.ts): they keep answers per line
 * and per damaged span across calls, and a pass over pages the last pass saw would otherwise be
 * answered from memory (about a fifth faster than a corpus of new pages can be cleaned).
 */
import { cleanArticle } from '../src/index.js';
import type { CleanOptions } from '../src/types.js';
import { clearCaches } from '../src/caches.js';
import { benchmarkDir, dumpInputs, missingData } from '../eval/datasets.js';
import { cpuMs, interleave } from './interleave.js';

const TARGET_MB_S = 10;
/** CPU time each variant must have been measured for. */
const MIN_MS = 3000;
/** CPU time of warm-up passes (all variants in turn) before anything is measured. */
const WARM_MS = 4000;

interface Variant {
  name: string;
  options: CleanOptions;
}

function pass(inputs: { text: string; url: string }[], options: CleanOptions): number {
  // Each pass meets the pages as new ones: answers kept from the last pass would be replays.
  clearCaches();
  // CPU time of this process, not wall time: the machine is shared, and one core is what we measure.
  const start = process.cpuUsage();
  for (const input of inputs) cleanArticle(input, options);
  return cpuMs(start);
}

export async function run(): Promise<void> {
  const missing = missingData(benchmarkDir());
  if (missing) {
    console.log(`skipped: ${missing}`);
    return;
  }
  const inputs = dumpInputs();
  const bytes = inputs.reduce((n, i) => n + Buffer.byteLength(i.text, 'utf8'), 0);
  console.log(`plain-text cleaning over ${inputs.length} text dumps (${(bytes / 1e6).toFixed(2)} MB), one core, CPU time\n`);
  const variants: Variant[] = [
    { name: 'copydesk, defaults', options: {} },
    { name: 'copydesk, no language detection', options: { detectLanguage: false } },
    { name: 'copydesk, no repair, no language detection', options: { repair: false, detectLanguage: false } },
  ];
  const timed = interleave(
    variants.map((v) => () => pass(inputs, v.options)),
    { warmMs: WARM_MS, minMs: MIN_MS },
  );
  const figures = variants.map((v, i) => ({
    name: v.name,
    mbPerS: (bytes * timed[i].passes) / 1e6 / (timed[i].ms / 1000),
    articlesPerS: (inputs.length * timed[i].passes) / (timed[i].ms / 1000),
  }));
  console.log('| variant | MB/s | articles/s | vs defaults |');
  console.log('| --- | --- | --- | --- |');
  for (const f of figures) {
    console.log(`| ${f.name} | ${f.mbPerS.toFixed(1)} | ${f.articlesPerS.toFixed(0)} | ×${(f.mbPerS / figures[0].mbPerS).toFixed(2)} |`);
  }
  console.log(`\ntarget: ≥ ${TARGET_MB_S} MB/s with defaults: ${figures[0].mbPerS >= TARGET_MB_S ? 'met' : 'NOT met'}`);
}
