/**
 * eld's detection procedure (eld 2.1.0: src/languageDetector.js `detect`, src/LanguageResult.js
 * `isReliable`; https://github.com/nitotm/efficient-language-detector-js, Copyright 2023–2025
 * Nito T.M., Apache-2.0), run over the flat tables of language-eld-tables.ts with typed arrays
 * and no per-n-gram strings (steps 1–3 in language-eld-text.ts, 4–7 here). It returns what `eld.detect(text)` returns as `language` and
 * `isReliable()`, for every input; test/fields/language-eld.test.ts holds it to eld itself.
 *
 * The steps, each as eld does it:
 *  1. the first 1,000 UTF-16 code units;
 *  2. every run of non-letters replaced by one space, except the apostrophes (' ` ’) that end a
 *     run (eld's regex `[^letters]+(?<!['`’])`), then trim and lower case;
 *  3. UTF-8 bytes, each written as one character of eld's byte dictionary, split into words at
 *     spaces; stop at the first space after 350 bytes (spaces count one), or after any character
 *     past 380;
 *  4. each word's byte n-grams: 4 bytes every 3 (the word's first with a leading space) while the
 *     n-gram ends before byte 70, then the word's last 4 bytes (the rest of the word from byte 66 when
 *     it is longer than 70) with a trailing space (and a leading one for words of at most 4 bytes);
 *  5. every distinct n-gram adds, to each language its table lists, that score + 53;
 *  6. the language with the highest positive total (the first on a tie);
 *  7. reliable when there are at least 3 distinct n-grams, the top scaled score s = x / (x + 25)
 *     (x = total / n-grams) reaches 0.75 × the language's average score, and differs by at least
 *     0.01 from the second entry of the sorted results — eld compares it with that entry's language
 *     index, not its score, and so is this.
 */
import { ELD, PACKED_MAX, findRecord, hashOf, type EldTables } from './language-eld-tables.js';
import { BYTES, WORD_ENDS, encodeDirect, encodeExact } from './language-eld-text.js';

export interface EldAnswer {
  /** ISO 639-1 code, '' when no language scored. */
  language: string;
  reliable: boolean;
}

/** The n-grams one call has seen (at most one per byte), 4 integers a slot: stamp, lo, hi. */
const SEEN_SLOTS = 2048;

/** Step 5, with what one call has seen so far. */
class Scorer {
  readonly scores: Int32Array;
  distinct = 0;
  /** A slot of `seen` belongs to this call when it holds `stamp`. */
  private stamp = 0;
  private readonly seen = new Int32Array(SEEN_SLOTS * 4);
  private readonly longSeen = new Set<string>();

  constructor(readonly t: EldTables) {
    this.scores = new Int32Array(t.languages.length);
  }

  reset(): void {
    this.scores.fill(0);
    this.distinct = 0;
    this.longSeen.clear();
    if (++this.stamp === 0x7fffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
  }

  /** The n-gram [space] BYTES[from, to) [space]: counted once, its languages' scores added once. */
  add(lead: boolean, from: number, to: number, trail: boolean): void {
    const size = (lead ? 1 : 0) + (to - from) + (trail ? 1 : 0);
    if (size > PACKED_MAX) return this.addLong(lead, from, to, trail);
    let lo = lead ? 32 : 0;
    let hi = size << 16;
    let k = lead ? 1 : 0;
    for (let i = from; i < to; i++, k++) {
      if (k < 4) lo |= BYTES[i] << (k << 3);
      else hi |= BYTES[i] << ((k - 4) << 3);
    }
    if (trail) {
      if (k < 4) lo |= 32 << (k << 3);
      else hi |= 32 << ((k - 4) << 3);
    }
    // Seen in this call? (A small table that stays in cache: the big one is read once per distinct n-gram.)
    const seen = this.seen;
    let at = (hashOf(lo, hi) & (SEEN_SLOTS - 1)) << 2;
    while (seen[at] === this.stamp) {
      if (seen[at + 1] === lo && seen[at + 2] === hi) return;
      at = (at + 4) & (SEEN_SLOTS * 4 - 1);
    }
    seen[at] = this.stamp;
    seen[at + 1] = lo;
    seen[at + 2] = hi;
    this.distinct++;
    const records = this.t.records;
    const record = findRecord(records, lo, hi);
    if (records[record + 1] !== 0) this.score(records[record + 2], records[record + 3]);
  }

  /** An n-gram longer than 6 (the end of a word over 70 bytes), as a string. */
  private addLong(lead: boolean, from: number, to: number, trail: boolean): void {
    let gram = lead ? ' ' : '';
    for (let i = from; i < to; i++) gram += String.fromCharCode(BYTES[i]);
    if (trail) gram += ' ';
    if (this.longSeen.has(gram)) return;
    this.longSeen.add(gram);
    this.distinct++;
    const range = this.t.long.get(gram);
    if (range) this.score(range[0], range[1]);
  }

  private score(first: number, end: number): void {
    const { pairs } = this.t;
    const scores = this.scores;
    for (let p = first; p < end; p++) scores[pairs[p] & 0xff] += (pairs[p] >> 8) + ELD.baseNgramScore;
  }
}

let scorer: Scorer | null = null;

/** Step 4 over every word. */
function scoreWords(words: number, s: Scorer): void {
  let start = 0;
  for (let w = 0; w < words; w++) {
    const end = WORD_ENDS[w];
    const len = Math.min(end - start, ELD.wordMaxBytes);
    let j = 0;
    for (; j + 4 < len; j += 3) s.add(j === 0, start + j, start + j + 4, false);
    s.add(j === 0, start + Math.max(len - 4, 0), end, true);
    start = end;
  }
}
/**
 * Steps 6 and 7. The scaled score grows with the raw total (the n-gram count is the same for every
 * language), so the language with the highest total (the first on a tie) is also the first of
 * eld's results sorted by scaled score.
 */
function decide(scores: Int32Array, distinct: number, t: EldTables): EldAnswer {
  let top = -1;
  let topScaled = -1;
  let second = -1;
  let secondScaled = -1;
  for (let lang = 0; lang < scores.length; lang++) {
    const raw = scores[lang];
    if (!(raw > 0)) continue;
    const x = raw / distinct;
    const scaled = x / (x + ELD.scale);
    if (scaled > topScaled) {
      second = top;
      secondScaled = topScaled;
      top = lang;
      topScaled = scaled;
    } else if (scaled > secondScaled) {
      second = lang;
      secondScaled = scaled;
    }
  }
  if (top < 0) return { language: '', reliable: false };
  const language = t.languages[top];
  if (distinct < ELD.minNgrams) return { language, reliable: false };
  const next = second >= 0 ? second : 0;
  const reliable = !(t.avgScore[top] * ELD.thresholdRatio > topScaled || ELD.minMargin > Math.abs(topScaled - next));
  return { language, reliable };
}

export function eldDetect(text: string, t: EldTables): EldAnswer {
  const s = scorer?.t === t ? scorer : (scorer = new Scorer(t));
  let words = encodeDirect(text, t);
  if (words < 0) words = encodeExact(text, t);
  s.reset();
  scoreWords(words, s);
  return decide(s.scores, s.distinct, t);
}
