/**
 * `npm run bench -- text`: plain-text cleaning throughput over the benchmark's text dumps, on one
 * core (this process, synchronously): MB/s of UTF-8 input and articles/s. Variants measured in the
 * same run show what encoding repair and language detection cost.
 */
import { cleanArticle } from '../src/index.js';
import type { CleanOptions } from '../src/types.js';
import { benchmarkDir, benchmarkPages, missingData, textDumps } from '../eval/datasets.js';

const TARGET_MB_S = 10;
/** Repeat the corpus until at least this many milliseconds of CPU time have been measured. */
const MIN_MS = 3000;

interface Figure {
  name: string;
  mbPerS: number;
  articlesPerS: number;
}

function measure(name: string, inputs: { text: string; url: string }[], bytes: number, options: CleanOptions): Figure {
  for (const input of inputs.slice(0, 20)) cleanArticle(input, options); // warm-up
  // CPU time of this process, not wall time: the machine is shared, and one core is what we measure.
  let passes = 0;
  const start = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < MIN_MS) {
    for (const input of inputs) cleanArticle(input, options);
    passes++;
    const used = process.cpuUsage(start);
    elapsed = (used.user + used.system) / 1000;
  }
  const seconds = elapsed / 1000;
  return { name, mbPerS: (bytes * passes) / 1e6 / seconds, articlesPerS: (inputs.length * passes) / seconds };
}

export async function run(): Promise<void> {
  const missing = missingData(benchmarkDir());
  if (missing) {
    console.log(`skipped: ${missing}`);
    return;
  }
  const dumps = textDumps();
  const inputs = benchmarkPages().map((p) => ({ text: dumps[p.id] ?? '', url: p.url }));
  const bytes = inputs.reduce((n, i) => n + Buffer.byteLength(i.text, 'utf8'), 0);
  console.log(`plain-text cleaning over ${inputs.length} text dumps (${(bytes / 1e6).toFixed(2)} MB), one core, CPU time\n`);
  const figures = [
    measure('copydesk, defaults', inputs, bytes, {}),
    measure('copydesk, no language detection', inputs, bytes, { detectLanguage: false }),
    measure('copydesk, no repair, no language detection', inputs, bytes, { repair: false, detectLanguage: false }),
  ];
  console.log('| variant | MB/s | articles/s | vs defaults |');
  console.log('| --- | --- | --- | --- |');
  for (const f of figures) {
    console.log(`| ${f.name} | ${f.mbPerS.toFixed(1)} | ${f.articlesPerS.toFixed(0)} | ×${(f.mbPerS / figures[0].mbPerS).toFixed(2)} |`);
  }
  console.log(`\ntarget: ≥ ${TARGET_MB_S} MB/s with defaults: ${figures[0].mbPerS >= TARGET_MB_S ? 'met' : 'NOT met'}`);
}
