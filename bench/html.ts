/**
 * `npm run bench -- html`: copydesk's HTML mode against plain Readability + jsdom (Readability on
 * an unstripped jsdom document, as most pipelines run it) on the benchmark's 181 pages, in one
 * process, in the same run, interleaved page by page so both see the same machine load.
 * Prints median and p95 ms/page for each and the ratio of medians. Target: copydesk ≤ 0.2×.
 * copydesk is timed in the library's built bundle (bench/built.ts), as users install it.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { benchmarkPages, missingData, benchmarkDir, pageHtml } from '../eval/datasets.js';
import { builtLibrary, type BuiltLibrary } from './built.js';
import { quantile } from '../eval/quantile.js';

export const TARGET_RATIO = 0.2;

function plainReadability(html: string, url: string): void {
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', () => undefined);
  try {
    const dom = new JSDOM(html, { url, virtualConsole });
    new Readability(dom.window.document).parse();
  } catch {
    // jsdom throws on one page's leftover SCSS: its time still counts, as a pipeline would spend it.
  }
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export interface HtmlBench {
  pages: number;
  copydesk: { median: number; p95: number };
  copydeskJsdom: { median: number; p95: number } | null;
  readability: { median: number; p95: number };
  ratio: number;
}

export function benchHtml(lib: BuiltLibrary, options: { withJsdom?: boolean; limit?: number } = {}): HtmlBench {
  const { cleanArticle, clearCaches } = lib;
  const pages = benchmarkPages()
    .slice(0, options.limit ?? Infinity)
    .map((p) => ({ url: p.url, html: pageHtml(p.id) }));
  // Warm-up: JIT and module caches, untimed.
  for (const p of pages.slice(0, 5)) {
    cleanArticle({ html: p.html, url: p.url });
    plainReadability(p.html, p.url);
  }
  const ours: number[] = [];
  const oursJsdom: number[] = [];
  const theirs: number[] = [];
  pages.forEach((p, i) => {
    // Each timed call meets the page as a new one (no answers kept from the warm-up or the other engine's run).
    const runOurs = (): void => {
      clearCaches();
      ours.push(time(() => cleanArticle({ html: p.html, url: p.url })));
    };
    const runTheirs = (): void => void theirs.push(time(() => plainReadability(p.html, p.url)));
    // Alternate which goes first, so neither always meets a cold cache or a collector pause.
    if (i % 2) {
      runOurs();
      runTheirs();
    } else {
      runTheirs();
      runOurs();
    }
    if (options.withJsdom) {
      clearCaches();
      oursJsdom.push(time(() => cleanArticle({ html: p.html, url: p.url }, { dom: 'jsdom' })));
    }
  });
  const stats = (xs: number[]): { median: number; p95: number } => ({ median: quantile(xs, 0.5), p95: quantile(xs, 0.95) });
  const copydesk = stats(ours);
  const readability = stats(theirs);
  return {
    pages: pages.length,
    copydesk,
    copydeskJsdom: options.withJsdom ? stats(oursJsdom) : null,
    readability,
    ratio: copydesk.median / readability.median,
  };
}

export async function run(): Promise<void> {
  const missing = missingData(benchmarkDir());
  if (missing) {
    console.log(`skipped: ${missing}`);
    return;
  }
  const r = benchHtml(await builtLibrary(), { withJsdom: !process.argv.includes('--linkedom-only') });
  const ms = (x: number): string => x.toFixed(1);
  console.log(`${r.pages} pages, one process, interleaved page by page`);
  console.log('| pipeline | median ms/page | p95 ms/page |');
  console.log('| --- | --- | --- |');
  console.log(`| copydesk HTML mode (linkedom, default) | ${ms(r.copydesk.median)} | ${ms(r.copydesk.p95)} |`);
  if (r.copydeskJsdom) console.log(`| copydesk HTML mode (jsdom) | ${ms(r.copydeskJsdom.median)} | ${ms(r.copydeskJsdom.p95)} |`);
  console.log(`| Readability + jsdom (unstripped) | ${ms(r.readability.median)} | ${ms(r.readability.p95)} |`);
  console.log(`ratio of medians copydesk / Readability+jsdom: ${r.ratio.toFixed(3)} (target ≤ ${TARGET_RATIO})`);
}
