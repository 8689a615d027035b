/**
 * `npm run bench -- repair`: repairText against @photostructure/ftfy (python-ftfy's JS port),
 * configured for encoding repair only, on the same clean text and the same damaged text in the same
 * run. Texts are the dev cases of ../shared/datasets/mojibake, one paragraph per call, as an article
 * pipeline calls it. Reports MB/s (UTF-8 bytes of input, over CPU time) for both and the ratio.
 * repairText is timed in the library's built bundle (bench/built.ts), as users install it.
 */
import { TextFixerConfig, fix_text } from '@photostructure/ftfy';
import { missingData, mojibakeDir } from '../eval/datasets.js';
import { CLEAN_KINDS, readDevCases } from '../eval/mojibake.js';
import { builtLibrary, type BuiltLibrary } from './built.js';
import { cpuMs, interleave } from './interleave.js';

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

/** CPU time each library must have been measured for, per set of texts. */
const MIN_MS = 3000;
/** CPU time of warm-up passes (both libraries in turn, over every text) before anything is measured. */
const WARM_MS = 2000;

/** One pass over the texts; CPU time of this process, not wall time: the machine is shared. */
function pass(lib: BuiltLibrary, texts: string[], fn: (t: string) => unknown): number {
  // Each pass meets the texts as new ones: spans decoded in the last pass would be replays.
  lib.clearCaches();
  const start = process.cpuUsage();
  for (const t of texts) fn(t);
  return cpuMs(start);
}

/**
 * MB/s (UTF-8 bytes of input) of each function. After a warm-up over every text, the functions
 * take turns pass by pass, each round starting with the next function, until each has run MIN_MS,
 * so that load that comes and goes on the shared machine falls on both alike and neither pays for
 * the JIT's warm-up or for going first.
 */
function mbPerSecond(lib: BuiltLibrary, texts: string[], fns: ((t: string) => unknown)[]): number[] {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  const timed = interleave(
    fns.map((fn) => () => pass(lib, texts, fn)),
    { warmMs: WARM_MS, minMs: MIN_MS },
  );
  return timed.map((t) => (bytes * t.passes) / 1e6 / (t.ms / 1000));
}

export async function run(): Promise<void> {
  const missing = missingData(mojibakeDir());
  if (missing) {
    console.log(`skipped: ${missing}`);
    return;
  }
  const lib = await builtLibrary();
  const { repairText } = lib;
  const cases = readDevCases();
  const sets = {
    clean: cases.filter((c) => CLEAN_KINDS.has(c.kind)).map((c) => c.damaged),
    damaged: cases.filter((c) => !CLEAN_KINDS.has(c.kind)).map((c) => c.damaged),
  };
  const target = { clean: 3, damaged: 2 };
  console.log('| text | paragraphs | repairText MB/s | ftfy (JS) MB/s | ratio | target |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, texts] of Object.entries(sets) as [keyof typeof sets, string[]][]) {
    const [ours, ftfy] = mbPerSecond(lib, texts, [(t) => repairText(t), (t) => fix_text(t, FTFY_ENCODING_ONLY)]);
    console.log(
      `| ${name} | ${texts.length} | ${ours.toFixed(1)} | ${ftfy.toFixed(1)} | ${(ours / ftfy).toFixed(1)}× | ≥ ${target[name]}× |`,
    );
  }
}
