/**
 * eld's detection procedure (eld 2.1.0: src/languageDetector.js `detect`, src/LanguageResult.js
 * `isReliable`; https://github.com/nitotm/efficient-language-detector-js, Copyright 2023–2025
 * Nito T.M., Apache-2.0), run over the flat tables of language-eld-tables.ts with typed arrays
 * and no per-n-gram strings. It returns what `eld.detect(text)` returns as `language` and
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
import { APOSTROPHE, LETTER, PACKED_MAX, findSlot, hashOf, type EldTables } from './language-eld-tables.js';

export interface EldAnswer {
  /** ISO 639-1 code, '' when no language scored. */
  language: string;
  reliable: boolean;
}

export const ELD = {
  maxChars: 1000,
  cutAfterBytes: 350,
  enforceCutAfterBytes: 380,
  wordMaxBytes: 70,
  baseNgramScore: 53,
  scale: 25,
  thresholdRatio: 0.75,
  minNgrams: 3,
  minMargin: 0.01,
} as const;

/** Step 2: separators replaced, trimmed, lower-cased. */
function normalise(text: string, charClass: Uint8Array): string {
  const n = Math.min(text.length, ELD.maxChars);
  let out = '';
  let kept = 0;
  for (let i = 0; i < n; ) {
    if (charClass[text.charCodeAt(i)] === LETTER) {
      i++;
      continue;
    }
    const runStart = i;
    let lastSeparator = -1;
    for (; i < n; i++) {
      const cls = charClass[text.charCodeAt(i)];
      if (cls === LETTER) break;
      if (cls !== APOSTROPHE) lastSeparator = i;
    }
    if (lastSeparator >= 0) {
      out += text.slice(kept, runStart) + ' ';
      kept = lastSeparator + 1;
    }
  }
  out += text.slice(kept, n);
  return out.trim().toLowerCase();
}

// Scratch space, reused by every call (detection is synchronous).
const BYTES = new Uint8Array(ELD.enforceCutAfterBytes + 8);
const WORD_ENDS = new Int32Array(ELD.enforceCutAfterBytes + 8);
const SEEN_SIZE = 2048;
const seenStamp = new Int32Array(SEEN_SIZE);
const seenLo = new Int32Array(SEEN_SIZE);
const seenHi = new Int32Array(SEEN_SIZE);
let stamp = 0;

/** Step 3: the words' bytes (as dictionary codes) into BYTES; returns the number of words. */
function encode(str: string, byteChar: Uint8Array): number {
  let length = 0;
  let words = 0;
  let count = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (c === 32) {
        if (length > (words ? WORD_ENDS[words - 1] : 0)) WORD_ENDS[words++] = length;
        if (count > ELD.cutAfterBytes) break;
      } else {
        BYTES[length++] = c;
      }
      count++;
    } else if (c < 0x800) {
      BYTES[length++] = byteChar[0xc0 | (c >> 6)];
      BYTES[length++] = byteChar[0x80 | (c & 0x3f)];
      count += 2;
    } else if (c < 0xd800 || c >= 0xe000) {
      BYTES[length++] = byteChar[0xe0 | (c >> 12)];
      BYTES[length++] = byteChar[0x80 | ((c >> 6) & 0x3f)];
      BYTES[length++] = byteChar[0x80 | (c & 0x3f)];
      count += 3;
    } else {
      // As eld: any surrogate takes the next code unit's low 10 bits (0 past the end).
      i++;
      c = 0x10000 + (((c & 0x3ff) << 10) | (i < str.length ? str.charCodeAt(i) & 0x3ff : 0));
      BYTES[length++] = byteChar[0xf0 | (c >> 18)];
      BYTES[length++] = byteChar[0x80 | ((c >> 12) & 0x3f)];
      BYTES[length++] = byteChar[0x80 | ((c >> 6) & 0x3f)];
      BYTES[length++] = byteChar[0x80 | (c & 0x3f)];
      count += 4;
    }
    if (count > ELD.enforceCutAfterBytes) break;
  }
  if (length > (words ? WORD_ENDS[words - 1] : 0)) WORD_ENDS[words++] = length;
  return words;
}

const GRAM = new Uint8Array(PACKED_MAX);

class Scorer {
  scores: Int32Array;
  distinct = 0;
  private longSeen = new Set<string>();

  constructor(readonly t: EldTables) {
    this.scores = new Int32Array(t.languages.length);
  }

  reset(): void {
    this.scores.fill(0);
    this.distinct = 0;
    this.longSeen.clear();
    if (++stamp === 0x7fffffff) {
      seenStamp.fill(0);
      stamp = 1;
    }
  }

  /** Step 5 for the n-gram [lead space] BYTES[from, to) [trail space]. */
  add(lead: boolean, from: number, to: number, trail: boolean): void {
    const size = (lead ? 1 : 0) + (to - from) + (trail ? 1 : 0);
    let entry: number;
    if (size > PACKED_MAX) {
      let gram = lead ? ' ' : '';
      for (let i = from; i < to; i++) gram += String.fromCharCode(BYTES[i]);
      if (trail) gram += ' ';
      if (this.longSeen.has(gram)) return;
      this.longSeen.add(gram);
      this.distinct++;
      entry = this.t.long.get(gram) ?? -1;
    } else {
      let k = 0;
      if (lead) GRAM[k++] = 32;
      for (let i = from; i < to; i++) GRAM[k++] = BYTES[i];
      if (trail) GRAM[k++] = 32;
      let lo = 0;
      for (let i = 0; i < k && i < 4; i++) lo |= GRAM[i] << (8 * i);
      let hi = k << 16;
      for (let i = 4; i < k; i++) hi |= GRAM[i] << (8 * (i - 4));
      let s = hashOf(lo, hi) & (SEEN_SIZE - 1);
      while (seenStamp[s] === stamp) {
        if (seenLo[s] === lo && seenHi[s] === hi) return;
        s = (s + 1) & (SEEN_SIZE - 1);
      }
      seenStamp[s] = stamp;
      seenLo[s] = lo;
      seenHi[s] = hi;
      this.distinct++;
      entry = this.t.slots[findSlot(this.t, lo, hi)] - 1;
    }
    if (entry < 0) return;
    const { pairStart, pairLang, pairScore } = this.t;
    for (let p = pairStart[entry], end = pairStart[entry + 1]; p < end; p++) {
      this.scores[pairLang[p]] += pairScore[p] + ELD.baseNgramScore;
    }
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

/** Steps 6 and 7. */
function decide(scores: Int32Array, distinct: number, t: EldTables): EldAnswer {
  let best = -1;
  let bestRaw = 0;
  let top = -1;
  let topScaled = -1;
  let second = -1;
  let secondScaled = -1;
  for (let lang = 0; lang < scores.length; lang++) {
    const raw = scores[lang];
    if (!(raw > 0)) continue;
    if (raw > bestRaw) {
      bestRaw = raw;
      best = lang;
    }
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
  if (best < 0) return { language: '', reliable: false };
  const language = t.languages[best];
  if (distinct < ELD.minNgrams) return { language, reliable: false };
  const next = second >= 0 ? second : 0;
  const reliable = !(t.avgScore[best] * ELD.thresholdRatio > topScaled || ELD.minMargin > Math.abs(topScaled - next));
  return { language, reliable };
}

export function eldDetect(text: string, t: EldTables): EldAnswer {
  const s = scorer?.t === t ? scorer : (scorer = new Scorer(t));
  const words = encode(normalise(text, t.charClass), t.byteChar);
  s.reset();
  scoreWords(words, s);
  return decide(s.scores, s.distinct, t);
}
