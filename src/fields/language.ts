/**
 * detectLanguage: the body's language as a BCP 47 tag, where the detector is confident, else null.
 * The detector is eld (Efficient Language Detector, its "extrasmall" n-gram set: 60 languages,
 * ISO 639-1 codes, which are valid BCP 47 primary tags). It reads a bounded sample of the text so
 * that its cost stays flat however long the article is (measured in README: the sample size barely
 * changes accuracy).
 *
 * Measured on the 151 benchmark pages that declare a language and on 281 clean multilingual texts
 * of the mojibake dev set (47 languages eld knows), 600-character samples; CPU per sample; memory a
 * worker thread gains once the detector is loaded:
 *   eld extrasmall: 146/151 pages and 271/281 texts agree (4 and 2 wrong), ~300 µs; +45 MB from JSON
 *   eld small:      147/151 and 272/281 (4 and 3 wrong), ~330 µs; +55 MB from JSON, +145 MB as eld loads it
 *   eld medium:     147/151 and 272/281, ~350 µs
 *   franc-min 6.2:  147/151 and 244/281 (30 wrong), ~1,700 µs; +26 MB
 *   franc 6.2:      145/151 and 262/281 (19 wrong), ~3,800 µs
 *   tinyld 1.3:     143/151 and 250/281 (27 wrong), ~2,900 µs
 * "extrasmall" agrees on one page and one text fewer than "small" (it leaves them undecided; it
 * gives one wrong answer fewer), and saves ~30 MB of peak RSS over a --jobs 2 CLI stream
 * (278 → 248 MB over 2,000 records).
 *
 * eld's procedure runs here over its own tables in typed arrays (language-eld*.ts), with the same
 * answers as eld's `detect` (language and isReliable(), held to eld itself in
 * test/fields/language-eld.test.ts): ~35–45 µs a 600-character sample against eld's ~300–350 µs
 * (CPU, the 181 benchmark bodies, a loaded machine). Built bundles ship the tables flattened at build
 * time: the first detection in a worker thread costs ~47 ms of CPU and +5.5 MB resident, against
 * ~100 ms and +20 MB for JSON.parse of eld's tables.
 *
 * The tables are loaded on the first detection only: HTML pages that declare their language, and
 * callers that turn detection off, never pay for them.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIELD_DEFAULTS } from './defaults.js';
import { eldDetect } from './language-eld.js';
import { unpackTables } from './language-eld-pack.js';
import { flattenTables, indexTables, type EldSources, type EldTables, type FlatTables } from './language-eld-tables.js';
import { INDONESIAN_MARKERS, MALAY_MARKERS } from './vocab/malay-indonesian.js';

/** The first `max` characters, cut back to a word boundary. */
export function languageSample(text: string, max: number = FIELD_DEFAULTS.languageSampleChars): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return space > max / 2 ? cut.slice(0, space) : cut;
}

const LETTER = /^\p{L}$/u;

/** Whether `text` holds at least `min` letters (counted by code point; stops as soon as it does). */
function hasLetters(text: string, min: number): boolean {
  let letters = 0;
  for (let i = 0; i < text.length && letters < min; ) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (code < 0x80 ? (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a : LETTER.test(text.slice(i, i + width))) letters++;
    i += width;
  }
  return letters >= min;
}

let tables: EldTables | null = null;

/** Built bundles: eld's tables flattened and packed at build time (the tsup plugin `eld-tables`). */
function fromBundle(): FlatTables {
  return unpackTables((require('copydesk:eld-tables') as { packed: string }).packed);
}

/**
 * Run from source (tsx, vitest) there is no bundle: eld's files are loaded where an import of
 * eld/extrasmall finds them (eld exports no "require" entry, and its data files are not in its
 * exports), by Node's require of an ES module (Node ≥ 20.19), so that detection stays synchronous.
 * The tsup plugin reads the same files.
 */
export function eldSources(): EldSources {
  const src = join(dirname(fileURLToPath(import.meta.resolve('eld/extrasmall'))), '..');
  const load = createRequire(import.meta.url);
  return {
    data: (load(join(src, 'ngrams', 'extrasmall.js')) as { ngramsData: EldSources['data'] }).ngramsData,
    dictionary: (load(join(src, 'dictionary.js')) as Pick<EldSources, 'dictionary'>).dictionary,
    separators: (load(join(src, 'regexPatterns.js')) as Pick<EldSources, 'separators'>).separators,
    avgScore: (load(join(src, 'avgScore.js')) as Pick<EldSources, 'avgScore'>).avgScore,
  };
}

/** The detector's tables, built on first use. */
export function eldTables(): EldTables {
  if (tables) return tables;
  let flat: FlatTables;
  try {
    flat = fromBundle();
  } catch {
    flat = flattenTables(eldSources());
  }
  tables = indexTables(flat);
  return tables;
}

const INDONESIAN = new Set(INDONESIAN_MARKERS);
const MALAY = new Set(MALAY_MARKERS);
const WORD = /\p{L}+/gu;

/**
 * Indonesian or Malay, for a text the detector calls Malay (its tables hold the two as one): `id`
 * when more of the sample's words are Indonesian's own than Malay's, else `ms`.
 */
export function malayOrIndonesian(sample: string): 'id' | 'ms' {
  let id = 0;
  let ms = 0;
  for (const word of sample.toLowerCase().match(WORD) ?? []) {
    if (INDONESIAN.has(word)) id++;
    else if (MALAY.has(word)) ms++;
  }
  return id > ms ? 'id' : 'ms';
}

export function detectLanguage(text: string): string | null {
  if (typeof text !== 'string') return null;
  const sample = languageSample(text);
  if (!hasLetters(sample, FIELD_DEFAULTS.languageMinLetters)) return null;
  try {
    const { language, reliable } = eldDetect(sample, eldTables());
    if (!language || !reliable) return null;
    return language === 'ms' ? malayOrIndonesian(sample) : language;
  } catch {
    return null;
  }
}
