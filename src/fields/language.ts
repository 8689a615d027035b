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
 * The tables are loaded on the first detection only: HTML pages that declare their language, and
 * callers that turn detection off, never pay for them.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { FIELD_DEFAULTS } from './defaults.js';

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

type Eld = (typeof import('eld/extrasmall'))['eld'];
type CreateEld = () => { instance: Eld; loadData: (data: unknown) => void };
let detector: Eld | null = null;

/** Built bundles: eld's `createEld` and its tables as a JSON string (the tsup plugin `eld-tables`). */
function fromBundle(): Eld {
  const { createEld, tables } = require('copydesk:eld-tables') as { createEld: CreateEld; tables: string };
  const { instance, loadData } = createEld();
  loadData(JSON.parse(tables));
  return instance;
}

/**
 * Run from source (tsx, vitest) there is no bundle: eld/extrasmall's own entry is loaded (its
 * tables built from the object literal: the same detector, at a higher memory cost). It is resolved as an
 * import would resolve it (eld exports no "require" entry) and loaded by Node's require of an ES
 * module (Node ≥ 20.19), so detection stays synchronous.
 */
function fromSource(): Eld {
  const entry = fileURLToPath(import.meta.resolve('eld/extrasmall'));
  const mod = createRequire(import.meta.url)(entry) as typeof import('eld/extrasmall');
  return mod.eld;
}

/** The detector, built on first use. */
function loadDetector(): Eld {
  if (detector) return detector;
  try {
    detector = fromBundle();
  } catch {
    detector = fromSource();
  }
  return detector;
}

export function detectLanguage(text: string): string | null {
  if (typeof text !== 'string') return null;
  const sample = languageSample(text);
  if (!hasLetters(sample, FIELD_DEFAULTS.languageMinLetters)) return null;
  try {
    const result = loadDetector().detect(sample);
    return result.language && result.isReliable() ? result.language : null;
  } catch {
    return null;
  }
}
