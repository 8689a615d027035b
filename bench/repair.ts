/**
 * `npm run bench -- repair`: repairText against @photostructure/ftfy (python-ftfy's JS port),
 * configured for encoding repair only, on the same clean text and the same damaged text in the same
 * run. Texts are the dev cases of ../shared/datasets/mojibake, one paragraph per call, as an article
 * pipeline calls it. Reports MB/s (UTF-8 bytes of input) for both and the ratio.
 */
import { TextFixerConfig, fix_text } from '@photostructure/ftfy';
import { missingData, mojibakeDir } from '../eval/datasets.js';
import { CLEAN_KINDS, readDevCases } from '../eval/mojibake.js';
import { repairText } from '../src/repair/repair-text.js';

/** ftfy with every fixer but encoding repair switched off. */
const FTFY_ENCODING_ONLY = TextFixerConfig({
  unescape_html: false,
  remove_terminal_escapes: false,
  fix_encoding: true,
  restore_byte_a0: true,
  replace_lossy_sequences: true,
  decode_inconsistent_utf8: true,
  fix_c1_controls: true,
  fix_latin_ligatures: false,
  fix_character_width: false,
  uncurl_quotes: false,
  fix_line_breaks: false,
  fix_surrogates: false,
  remove_control_chars: false,
  normalization: null,
  explain: false,
});

/**
 * Minimum wall time per round. The machine is shared, so the two libraries take turns round by
 * round (load that comes and goes falls on both alike) and the best round of each is kept.
 */
const MIN_MS = 1000;
const ROUNDS = 4;

function roundMBps(texts: string[], bytes: number, fn: (t: string) => unknown): number {
  let done = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const t of texts) fn(t);
    done += bytes;
    elapsed = performance.now() - start;
  } while (elapsed < MIN_MS);
  return done / 1e6 / (elapsed / 1000);
}

/** Best MB/s (UTF-8 bytes of input) of each function, measured in alternating rounds. */
function mbPerSecond(texts: string[], fns: ((t: string) => unknown)[]): number[] {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  for (const fn of fns) for (const t of texts.slice(0, 200)) fn(t); // warm up
  const best = fns.map(() => 0);
  for (let r = 0; r < ROUNDS; r++) fns.forEach((fn, i) => (best[i] = Math.max(best[i], roundMBps(texts, bytes, fn))));
  return best;
}

export async function run(): Promise<void> {
  const missing = missingData(mojibakeDir());
  if (missing) {
    console.log(`skipped: ${missing}`);
    return;
  }
  const cases = readDevCases();
  const sets = {
    clean: cases.filter((c) => CLEAN_KINDS.has(c.kind)).map((c) => c.damaged),
    damaged: cases.filter((c) => !CLEAN_KINDS.has(c.kind)).map((c) => c.damaged),
  };
  const target = { clean: 3, damaged: 2 };
  console.log('| text | paragraphs | repairText MB/s | ftfy (JS) MB/s | ratio | target |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, texts] of Object.entries(sets) as [keyof typeof sets, string[]][]) {
    const [ours, ftfy] = mbPerSecond(texts, [(t) => repairText(t), (t) => fix_text(t, FTFY_ENCODING_ONLY)]);
    console.log(
      `| ${name} | ${texts.length} | ${ours.toFixed(1)} | ${ftfy.toFixed(1)} | ${(ours / ftfy).toFixed(1)}× | ≥ ${target[name]}× |`,
    );
  }
}
