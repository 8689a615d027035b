/**
 * fixUtf8Mojibake: UTF-8 bytes that were read in a single-byte charset (cp1252, Latin-1, cp1250,
 * cp1251, cp1253, cp1254, cp1257, ISO-8859-2, MacRoman, cp437), once or several times over.
 *
 * For each charset, the spans of a line that look like UTF-8 sequences in that charset's
 * characters are re-encoded and decoded as strict UTF-8, layer after layer while that keeps
 * lowering the damage score. A charset's repair of the line is kept only when it lowers the
 * line's badness; among charsets the lowest badness wins, ties going to the earlier (commoner)
 * one. Lossy damage is undone on the way: a lost byte (U+FFFD, 0x1A, or under the lossy readings
 * one plain `?`) inside a sequence makes the sequence one U+FFFD, and a space where a continuation
 * byte must stand is the NBSP it was, or, where the line tells so, "Ã " is "à" and its word space
 * (see a-grave-word).
 */
import type { RepairStep } from '../types.js';
import { registerCache } from '../caches.js';
import { badness, badnessAfterEdit } from './badness.js';
import { SLOPPY_CP1252, UTF8_MISREADS, encodeSingleByte, encodeSingleByteInto, type SingleByteCharset } from './charsets.js';
import { IS_LETTER, LETTER_PROPS, utf8LeadCharsets, utf8PairCharsets } from './char-table.js';
import { TRANSCODERS } from './plan.js';
import type { LineFixer, SpanFix } from './types.js';
import { lineSignals } from './suspect.js';
import { continuations, decodeUtf8Strict, sequenceSpans, type SequenceReading } from './utf8-spans.js';
import { wordSpaceKept } from './a-grave-word.js';

export const UTF8_DEFAULTS = {
  /** ASCII runs up to this long join two damaged sequences into one span. */
  maxAsciiGap: 40,
  /** Layers of encoding undone at most (double and triple encoding are seen in the wild). */
  maxLayers: 4,
  /**
   * A repair must leave at most this share of the line's badness: real UTF-8 damage undone
   * leaves little behind, while a chance sequence inside other damage leaves most of it.
   */
  maxBadnessLeft: 0.5,
  /**
   * Without a fall in badness, a line's repair needs this many decoded non-ASCII characters: that
   * many valid UTF-8 sequences, none a fragment of a longer run, do not happen by chance.
   */
  minDecodedChars: 3,
  /** …and must cover this share of the line's characters from the charset's high half. */
  minCoverage: 0.5,
  /** Restoring flattened no-break spaces must cover this share of them, badness fall or not… */
  minNbspCoverage: 0.6,
  /**
   * …and decode this many characters, unless each restored space still has the word space after
   * it: one lead and a space ("voilÃ le") may be "à" with its no-break space flattened, or with
   * the space after it lost too; only the line around it can tell (see a-grave-word), and where it
   * does, the "Ã " is read as "à" and its word space.
   */
  minNbspDecoded: 2,
} as const;

interface Matcher {
  cs: SingleByteCharset;
  reading: SequenceReading;
  /** The same reading with no ASCII gaps: a span's runs of glued sequences. */
  runReading: SequenceReading;
  ruleId: string;
  restoreNbsp: boolean;
}

function matcher(cs: SingleByteCharset, restoreNbsp: boolean): Matcher {
  const reading = { cs, lossy: cs.name.startsWith('sloppy-'), restoreNbsp, maxAsciiGap: UTF8_DEFAULTS.maxAsciiGap };
  return { cs, reading, runReading: { ...reading, maxAsciiGap: 0 }, ruleId: `mojibake/utf8-as-${cs.short}`, restoreNbsp };
}

const MATCHERS: readonly Matcher[] = UTF8_MISREADS.map((cs) => matcher(cs, false));

/**
 * The same, reading a space where a continuation byte must stand as a flattened no-break space.
 * Clean text puts a space after an accented letter all the time, so these repairs must lower the
 * line's badness: valid sequences alone are no evidence.
 */
const NBSP_MATCHERS: readonly (Matcher | null)[] = UTF8_MISREADS.map((cs) =>
  cs.decodeTable[0xa0] === '\u00a0' ? matcher(cs, true) : null,
);

/** Decode one layer: the span's bytes in `cs` as UTF-8, with lost bytes and flattened NBSPs restored. */
function decodeLayer(
  text: string,
  cs: SingleByteCharset,
  restoreNbsp = false,
): { text: string; steps: RepairStep[] } | null {
  const bytes = encodeSingleByte(text, cs);
  if (!bytes) return null;
  const rest = decodeBytes(bytes, restoreNbsp, text.includes('\x1a'));
  if (!rest || rest.text === text) return null;
  return { text: rest.text, steps: [{ encode: cs.name }, ...rest.steps] };
}

/** The steps after the encoding: restore NBSPs, mark lost bytes, decode as strict UTF-8. */
function decodeBytes(
  encoded: Uint8Array,
  restoreNbsp: boolean,
  hasSub: boolean,
  lostQuestionMarks = false,
): { text: string; steps: RepairStep[] } | null {
  let bytes = encoded;
  const steps: RepairStep[] = [];
  // Before the no-break spaces: "â€ " is a closing quote that lost its last byte, not "†".
  if (bytes.includes(0xe2)) {
    const restored = TRANSCODERS['restore-right-quote'](bytes);
    if (restored !== bytes) {
      bytes = restored;
      steps.push({ transcode: 'restore-right-quote' });
    }
  }
  if (restoreNbsp && bytes.includes(0x20) && decodeUtf8Strict(bytes) === null) {
    const restored = TRANSCODERS['restore-byte-a0'](bytes);
    if (restored !== bytes) {
      bytes = restored;
      steps.push({ transcode: 'restore-byte-a0' });
    }
  }
  if (lostQuestionMarks) {
    const replaced = TRANSCODERS['replace-lost-question-marks'](bytes);
    if (replaced !== bytes) {
      bytes = replaced;
      steps.push({ transcode: 'replace-lost-question-marks' });
    }
  }
  if (bytes.includes(0x1a)) {
    const replaced = TRANSCODERS['replace-lossy-bytes'](bytes);
    if (replaced !== bytes) {
      bytes = replaced;
      steps.push({ transcode: 'replace-lossy-bytes' });
    }
  }
  // A lost-byte mark outside any sequence stays what it is.
  if (bytes.includes(0x1a) && !hasSub) return null;
  let out = decodeUtf8Strict(bytes);
  if (out === null && bytes.includes(0xed)) {
    // Surrogate pairs written one by one (CESU-8): emoji from Java and old MySQL.
    const utf8 = TRANSCODERS['cesu8-to-utf8'](bytes);
    if (utf8 !== bytes && (out = decodeUtf8Strict(utf8)) !== null) steps.push({ transcode: 'cesu8-to-utf8' });
  }
  if (out === null) return null;
  steps.push({ decode: 'utf-8' });
  return { text: out, steps };
}

/**
 * Undo further layers of the whole span while each decodes as strict UTF-8 without raising its
 * badness: valid UTF-8 across a span's every high character is itself strong evidence, and the
 * badness patterns do not see every layer (`É›` is one layer short of `ɛ`).
 */
function peelLayers(first: { text: string; steps: RepairStep[] }): { text: string; steps: RepairStep[] } {
  let cur = first;
  let layers = 1;
  while (layers < UTF8_DEFAULTS.maxLayers) {
    // Only charsets whose lead and continuation characters meet can hide another layer; with
    // lost-byte marks about, any charset with a lead character in the text (without one, every
    // high byte fails to decode), or, with a literal SUB about, all of them.
    const pairs = cur.text.includes('\x1a') ? -1 : cur.text.includes('\ufffd') ? utf8LeadCharsets(cur.text) : utf8PairCharsets(cur.text);
    if (!pairs) break;
    const b = badness(cur.text);
    let next: { text: string; steps: RepairStep[] } | null = null;
    for (let k = 0; k < MATCHERS.length; k++) {
      if (!(pairs & (1 << k))) continue;
      const d = decodeLayer(cur.text, MATCHERS[k].cs);
      // A layer that turns every decoded letter into a lost-byte mark is no evidence of one.
      if (d && badness(d.text) <= b && !(DECODED_CHAR.test(cur.text) && !DECODED_CHAR.test(d.text))) {
        next = d;
        break;
      }
    }
    if (!next) break;
    cur = { text: next.text, steps: [...cur.steps, ...next.steps] };
    layers++;
  }
  return cur;
}

/**
 * Decoding and peeling depend only on a span's bytes (and whether it holds a literal SUB), not on
 * the charset that gave them: charsets that share the span's characters share the work. Keyed by
 * the bytes; bounded, and cleared when full.
 */
const DECODED = new Map<string, { text: string; steps: RepairStep[] } | null>();
const DECODED_MAX = 4096;
registerCache(() => DECODED.clear());

function decodeSpan(text: string, cs: SingleByteCharset, restoreNbsp: boolean): { text: string; steps: RepairStep[] } | null {
  const n = text.length;
  const hasSub = text.includes('\x1a');
  // A `?` may be a lost byte only under the sloppy readings that mark lost bytes at all.
  const lostQuestionMarks = cs.name.startsWith('sloppy-') && text.includes('?');
  // The key: the reading's mode, then the bytes, read natively as Latin-1 (one code unit per byte).
  if (KEY_BYTES.length < n + 1) KEY_BYTES = Buffer.alloc(2 * n + 1);
  if (!encodeSingleByteInto(text, cs, KEY_BYTES, 1)) return null;
  KEY_BYTES[0] = 0x30 + (hasSub ? 1 : 0) + (restoreNbsp ? 2 : 0) + (lostQuestionMarks ? 4 : 0);
  const key = KEY_BYTES.toString('latin1', 0, n + 1);
  let done = DECODED.get(key);
  if (done === undefined) {
    const first = decodeBytes(new Uint8Array(KEY_BYTES.subarray(1, n + 1)), restoreNbsp, hasSub, lostQuestionMarks);
    done = first && peelLayers(first);
    if (DECODED.size >= DECODED_MAX) DECODED.clear();
    DECODED.set(key, done);
  }
  // A span that decodes to itself (its bytes were ASCII all along) is no repair.
  if (!done || done.text === text) return null;
  // The steps after the encoding, shared: the chosen repair's plans get their encode step last.
  return done;
}

/** Room for a span's key, reused from call to call (grown when a span needs more). */
let KEY_BYTES = Buffer.alloc(1024);

/**
 * A span glued to another character of the same charset's high half is a fragment of a longer
 * run that does not decode (legacy CJK bytes, clean text in that charset's script): not UTF-8.
 * No-break spaces and general punctuation (curly quotes, dashes) do not count: clean text puts
 * them next to damaged words.
 */
function isFragment(line: string, start: number, end: number, cs: SingleByteCharset): boolean {
  return (start > 0 && isGlueChar(line.charCodeAt(start - 1), cs)) || (end < line.length && isGlueChar(line.charCodeAt(end), cs) && !loneC1Run(line, end));
}

/** A high character of `cs` (or cp1252) that glues onto a span (see isFragment). */
function isGlueChar(c: number, cs: SingleByteCharset): boolean {
  if (c <= 0x7f || c === 0xa0 || (c >= 0x2000 && c <= 0x206f)) return false;
  return c <= 0xff || cs.byteOf[c] !== 0 || SLOPPY_CP1252.byteOf[c] !== 0;
}

/** A run of C1 controls at `at` that no other high character follows: cp1252 punctuation read as Latin-1 ("…" as \x85), not a longer run. */
function loneC1Run(line: string, at: number): boolean {
  let i = at;
  while (i < line.length && line.charCodeAt(i) >= 0x80 && line.charCodeAt(i) <= 0x9f) i++;
  return i > at && (i === line.length || line.charCodeAt(i) <= 0x7f);
}

/**
 * Drop spans glued to further high characters (see isFragment). A span that joined several
 * sequences over ASCII gaps is split back into its runs first, so that one fragment at its edge
 * ("pressureâ\x80\x99\x85") does not take the other sequences down with it.
 */
function unfragmented(line: string, spans: readonly [number, number][], m: Matcher): readonly [number, number][] {
  let out: [number, number][] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const [start, end] = spans[i];
    if (!isFragment(line, start, end, m.cs)) {
      out?.push(spans[i]);
      continue;
    }
    out ??= spans.slice(0, i);
    // A span that joined nothing is its only run.
    if (end - start <= 4 && !/[\x20-\x7e]/.test(line.slice(start, end))) continue;
    // The span's runs: a span is whole runs joined over ASCII gaps, so its own range holds them.
    for (const run of sequenceSpans(line, m.runReading, start, end)) if (!isFragment(line, run[0], run[1], m.cs)) out.push(run);
  }
  return out ?? spans;
}

function spansFor(line: string, spans: readonly [number, number][], m: Matcher): SpanFix[] {
  const fixes: SpanFix[] = [];
  // Where "Ã " is a whole "à" and its word space (see a-grave-word): a span of its own.
  const kept = m.restoreNbsp ? wordSpaceKept(line, m.cs) : null;
  for (const [start, end] of unfragmented(line, spans, m)) {
    for (const [s, e, aGrave] of kept?.size ? splitAt(start, end, kept) : [[start, end, false] as const]) {
      const text = line.slice(s, e);
      const done = aGrave ? A_GRAVE_WORD : decodeSpan(text, m.cs, m.restoreNbsp);
      if (!done) continue;
      fixes.push({ start: s, end: e, text, replacement: done.text, ruleId: m.ruleId, reason: '', plan: done.steps });
    }
  }
  return fixes;
}

/** "Ã " (C3 and a space) read as "à" and the word space after it. */
const A_GRAVE_WORD = {
  text: '\u00e0 ',
  steps: [{ transcode: 'restore-a-grave-word' }, { decode: 'utf-8' }] as RepairStep[],
};

/** The span cut around each kept "Ã " in it: the pieces between, and each "Ã " (flagged) alone. */
function splitAt(start: number, end: number, kept: ReadonlySet<number>): (readonly [number, number, boolean])[] {
  const out: (readonly [number, number, boolean])[] = [];
  let from = start;
  for (let i = start; i + 1 < end; i++) {
    if (!kept.has(i)) continue;
    if (i > from) out.push([from, i, false]);
    out.push([i, i + 2, true]);
    from = i + 2;
  }
  if (from < end) out.push([from, end, false]);
  return out;
}

function applySpans(line: string, fixes: SpanFix[]): string {
  let out = '';
  let pos = 0;
  for (const f of fixes) {
    out += line.slice(pos, f.start) + f.replacement;
    pos = f.end;
  }
  return out + line.slice(pos);
}

/** Characters a real text is made of: letters, marks, numbers, punctuation, symbols, spaces. */
/** A decoded character: non-ASCII, and not a lost-byte mark. */
const DECODED_CHAR = /[^\x00-\x7f\ufffd]/;
/** Readings whose undefined bytes leave U+FFFD behind: the lossy kind ftfy repairs. */
const LOSSY_READINGS = new Set(['cp1252', 'latin1']);
const IMPLAUSIBLE_CHAR = /[\p{Cc}\p{Cs}\p{Co}\p{Cn}]/u;
/**
 * Blocks that everyday text rarely uses: the Cyrillic supplement and extensions (old and minority
 * letters), Glagolitic, Coptic, and the historic scripts of the supplementary planes (Adlam, which
 * Fula writes today, and the symbol and emoji blocks stay out of it).
 */
const UNCOMMON_CHAR = /[\u0500-\u052f\u1c80-\u1c8f\u2c00-\u2c5f\u2c80-\u2cff\u2de0-\u2dff\ua640-\ua69f\u{10000}-\u{1e8ff}]/u;

/** High-half characters (no-break spaces aside) of `line` between `start` and `end`; with `cs`, only those it encodes. */
function highCount(line: string, start: number, end: number, cs?: SingleByteCharset): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = line.charCodeAt(i);
    if (c > 0x7f && c !== 0xa0 && (!cs || cs.byteOf[c] !== 0)) n++;
  }
  return n;
}

/** Whether every high character of the line outside the spans is punctuation (General Punctuation, Latin-1's). */
function othersArePunctuation(line: string, spans: readonly { start: number; end: number }[]): boolean {
  let k = 0;
  for (let i = 0; i < line.length; i++) {
    while (k < spans.length && spans[k].end <= i) k++;
    if (k < spans.length && spans[k].start <= i) continue;
    const c = line.charCodeAt(i);
    if (c <= 0x7f || c === 0xa0 || (c >= 0x2000 && c <= 0x206f)) continue;
    if (c >= 0xa1 && c <= 0xbf && !(LETTER_PROPS[c] & IS_LETTER)) continue;
    return false;
  }
  return true;
}

/** Share of the line's high-half characters (no-break spaces aside) that the spans cover. */
function coverage(
  line: string,
  spans: readonly ({ start: number; end: number } | readonly [number, number])[],
  cs?: SingleByteCharset,
  lineHigh = highCount(line, 0, line.length, cs),
): number {
  let covered = 0;
  for (const f of spans) covered += 'start' in f ? highCount(line, f.start, f.end) : highCount(line, f[0], f[1]);
  return lineHigh ? covered / lineHigh : 0;
}

function nonAsciiCount(fixes: SpanFix[]): number {
  let n = 0;
  // A lost byte's U+FFFD is no evidence: any lead byte next to a lost one makes it.
  for (const f of fixes)
    for (let i = 0; i < f.replacement.length; i++) {
      const c = f.replacement.charCodeAt(i);
      if (c > 0x7f && c !== 0xfffd) n++;
    }
  return n;
}

/**
 * Whether an earlier matcher reads the line exactly as `m` does (the same byte for every
 * non-ASCII character, lost-byte marks alike) and its repair is judged by the same tests: then
 * it found the same spans and the same repair, with the same verdict.
 */
function readAlready(line: string, tried: readonly Matcher[], m: Matcher): boolean {
  for (const t of tried) {
    if (t.restoreNbsp !== m.restoreNbsp || (t.cs.short === 'cp437') !== (m.cs.short === 'cp437')) continue;
    if (LOSSY_READINGS.has(t.cs.short) !== LOSSY_READINGS.has(m.cs.short)) continue;
    if (t.reading.lossy !== m.reading.lossy && line.includes('\x1a')) continue;
    if (sameBytes(line, t.cs, m.cs)) return true;
  }
  return false;
}

function sameBytes(line: string, a: SingleByteCharset, b: SingleByteCharset): boolean {
  const x = a.byteOf;
  const y = b.byteOf;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0x80 && x[c] !== y[c]) return false;
  }
  return true;
}

/**
 * The most characters a repair of `line` read in `cs` can decode: each needs a lead character,
 * and one lead gives two UTF-16 code units at most (a 4-byte sequence). Peeling further layers
 * only lowers the count.
 */
function decodedAtMost(line: string, cs: SingleByteCharset): number {
  const byteOf = cs.byteOf;
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 0x80) continue;
    const need = continuations(byteOf[c]);
    if (need) n += need === 3 ? 2 : 1;
  }
  return n;
}

/** Replacement characters the repairs write for lost bytes (beyond any already in their text). */
function lostMarks(fixes: readonly SpanFix[]): number {
  let n = 0;
  for (const f of fixes) n += countFffd(f.replacement) - countFffd(f.text);
  return Math.max(0, n);
}

function countFffd(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\ufffd'); i >= 0; i = s.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/**
 * The badness of a repair with the lost bytes it marked counted as lost, not as misread: a U+FFFD
 * a repair writes scores as a letter would. A line of mojibake whose every sequence decodes, some
 * to lost bytes, is text with holes, not implausible text ("It�¢��s" from "ItÃ?Â¢â?¬â?¢s").
 */
function lostBytesJudged(line: string, fixes: readonly SpanFix[], after: number): number {
  if (!lostMarks(fixes)) return after;
  return badness(applySpans(line, fixes.map((f) => ({ ...f, replacement: f.replacement.replaceAll('\ufffd', LOST_STAND_IN) }))));
}

/** What a lost byte's mark scores as: a plain letter, which no badness pattern reads as damage. */
const LOST_STAND_IN = 'x';

/** Whether the spans of `a` hold every span of `b` and cover more of the line. */
function widens(a: readonly SpanFix[], b: readonly SpanFix[]): boolean {
  let more = false;
  for (const f of b) {
    const g = a.find((x) => x.start <= f.start && x.end >= f.end);
    if (!g) return false;
    if (g.end - g.start > f.end - f.start) more = true;
  }
  return more;
}

/** The line as the last repair left it, and its badness. */
let LAST_REPAIR = { text: '', after: 0 };

/** Whether two repairs of one line change the same spans into the same text. */
function sameRepair(a: readonly SpanFix[], b: readonly SpanFix[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++)
    if (a[i].start !== b[i].start || a[i].end !== b[i].end || a[i].replacement !== b[i].replacement) return false;
  return true;
}

export const fixUtf8Mojibake: LineFixer = (line, isEnabled, signals) => {
  if (!signals.utf8Pairs && !signals.utf8LeadSpace) return [];
  // Too few sequences to be evidence on their own, and nothing implausible to lower: no repair
  // could be accepted, so do not look for one.
  // The next pass over a repaired line sees the text this fixer scored last: its badness is known.
  // …and a first look at a line counted it with the signals.
  const before = signals.badness ?? (line === LAST_REPAIR.text ? LAST_REPAIR.after : badness(line));
  if (signals.utf8PairCount < UTF8_DEFAULTS.minDecodedChars && before === 0) return [];
  // Repairs already scored: charsets that share the spans' characters give the same repair, so
  // an accepted one cannot be beaten by its twin (ties go to the earlier), and a rejected one's
  // badness is known.
  const scored: { fixes: SpanFix[]; text: string; after: number; judged: number; accepted: boolean }[] = [];
  const highInCharset: (number | undefined)[] = [];
  const tried: Matcher[] = [];
  let best: { fixes: SpanFix[]; text: string; after: number; judged: number; decoded: number; cover: number; m: Matcher } | null =
    null;
  for (let i = 0; i < MATCHERS.length * 2; i++) {
    const nbsp = i >= MATCHERS.length;
    const k = i % MATCHERS.length;
    // Flattened no-break spaces are looked for only when no plain reading repairs the whole line.
    if (nbsp && best && best.after === 0 && best.cover === 1) break;
    // Only charsets whose lead and continuation characters meet in the line can have made it.
    if (!(signals.utf8Pairs & (1 << k)) && !(nbsp && signals.utf8LeadSpace & (1 << k))) continue;
    const m = nbsp ? NBSP_MATCHERS[k] : MATCHERS[k];
    if (!m || !isEnabled(m.ruleId)) continue;
    // Flattened no-break spaces and cp437 need a fall in badness (see below): none without any.
    if (before === 0 && (m.restoreNbsp || m.cs.short === 'cp437')) continue;
    // A charset that reads every character of the line as an earlier one did gives its repair,
    // judged the same way: nothing new to learn.
    if (readAlready(line, tried, m)) continue;
    tried.push(m);
    // When the best repair is judged to leave nothing implausible, another wins only by decoding
    // more characters, or as many with wider spans (see the tie-break below): a reading with fewer
    // lead characters than that cannot. (Judged, not `after`: the winner is chosen on that.)
    if (best && best.judged === 0 && decodedAtMost(line, m.cs) < best.decoded) continue;
    const spans = sequenceSpans(line, m.reading);
    if (!spans.length) continue;
    // With nothing implausible in the line, only a repair by many sequences over most of its
    // high characters can be accepted (see below): when the spans cannot cover that many, stop.
    // The line's high characters in this charset, counted once per charset.
    if (before === 0 && coverage(line, spans, m.cs, (highInCharset[k] ??= highCount(line, 0, line.length, m.cs))) < UTF8_DEFAULTS.minCoverage)
      continue;
    const fixes = spansFor(line, spans, m);
    if (!fixes.length) continue;
    let twin = scored.find((t) => sameRepair(t.fixes, fixes));
    if (twin?.accepted) continue;
    if (!twin) {
      const text = applySpans(line, fixes);
      const after = badnessAfterEdit(line, before, text, fixes[0].start, fixes[fixes.length - 1].end);
      scored.push((twin = { fixes, text, after, judged: lostBytesJudged(line, fixes, after), accepted: false }));
    }
    // The repair is judged on its badness with the lost bytes it marks counted as lost, not misread.
    const after = twin.judged;
    const decoded = nonAsciiCount(fixes);
    // Bytes lost to U+FFFD are cp1252's damage (its five undefined bytes), as in ftfy: under any
    // other reading, a repair that decodes nothing but replacement characters turns real
    // letters ("иІ�") into lost data on no evidence.
    if (decoded === 0 && !LOSSY_READINGS.has(m.cs.short)) continue;
    // A repair of a sequence or two is weak evidence: it must not decode to letters of a rarely
    // written block (the Cyrillic Supplement's Komi letters, say): that is a chance byte pair.
    if (decoded < UTF8_DEFAULTS.minDecodedChars && fixes.some((f) => UNCOMMON_CHAR.test(f.replacement))) continue;
    const cover = coverage(line, fixes, m.cs, (highInCharset[k] ??= highCount(line, 0, line.length, m.cs)));
    // Inconsistent damage (ftfy's decode_inconsistent_utf8): when the line's other high
    // characters are punctuation that stays as it is (a dash, curly quotes), the line may be
    // meant as it stands, and a sequence or two is repaired only if it is implausible on its own,
    // not merely beside its neighbours ("Mccoy – DrÃ¥ber"). Letters left outside the spans
    // ("urođenog … zaÅ¡titu") show a line of clean text with a damaged word pasted in.
    const inconsistent =
      decoded < UTF8_DEFAULTS.minDecodedChars &&
      coverage(line, fixes) < 1 &&
      othersArePunctuation(line, fixes) &&
      !fixes.every((f) => badness(f.text) > 0);
    const lowersBadness =
      !inconsistent &&
      before > 0 &&
      after <= before * UTF8_DEFAULTS.maxBadnessLeft &&
      (!m.restoreNbsp ||
        (cover >= UTF8_DEFAULTS.minNbspCoverage &&
          (decoded >= UTF8_DEFAULTS.minNbspDecoded ||
            fixes.every((f) => !f.text.endsWith(' ') || f.replacement.endsWith(' ') || line[f.end] === ' '))));
    // cp437's box-drawing characters are clean text's line art: they need a fall in badness.
    const manySequences =
      !lowersBadness &&
      !m.restoreNbsp &&
      m.cs.short !== 'cp437' &&
      after <= before &&
      decoded >= UTF8_DEFAULTS.minDecodedChars &&
      cover >= UTF8_DEFAULTS.minCoverage &&
      !fixes.some((f) => IMPLAUSIBLE_CHAR.test(f.replacement));
    if (!lowersBadness && !manySequences) continue;
    twin.accepted = true;
    // Ties in badness go to the reading that decodes more, then to one whose spans hold the other's
    // and more ("‚Ä¶" is MacRoman's "…" whole, not cp1252's "Ķ" after a stray "‚").
    if (
      !best ||
      after < best.judged ||
      (after === best.judged && (decoded > best.decoded || (decoded === best.decoded && widens(fixes, best.fixes))))
    )
      best = { fixes, text: twin.text, after: twin.after, judged: after, decoded, cover, m };
    // A repair that leaves nothing implausible, covers every high character the charset shows,
    // and leaves no UTF-8 look-alike pair in any charset cannot be beaten: stop looking.
    if (best.after === 0 && best.cover === 1 && !lineSignals(best.text).utf8Pairs) break;
  }
  if (!best) return [];
  LAST_REPAIR = { text: best.text, after: best.after };
  const { fixes, after, judged, decoded, m } = best;
  const lost = lostMarks(fixes);
  const label = m.cs.short;
  for (const f of fixes) {
    f.plan = [{ encode: m.cs.name }, ...f.plan];
    const layers = f.plan.filter((s) => 'decode' in s).length;
    f.reason =
      `${f.text.length} characters read as ${label} re-encode to valid UTF-8` +
      (layers > 1 ? ` through ${layers} layers` : '') +
      `; over the line, ${decoded} characters decode and the badness goes from ${before} to ${after}` +
      (lost && judged !== after ? ` (${judged} with the ${lost} lost bytes marked U+FFFD counted as lost)` : '');
  }
  return fixes;
};
