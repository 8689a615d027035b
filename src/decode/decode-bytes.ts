/**
 * decodeBytes: bytes → text, once, with a note for every choice that is not the ordinary one.
 *
 * Order (why): a BOM is the bytes' own statement and outranks everything (as the WHATWG standard
 * has it); then what the server said (Content-Type), then what the document says of itself
 * (`<meta>`, XML declaration). A declaration is checked against the bytes before it is obeyed:
 * valid multi-byte UTF-8 under a legacy label, or invalid UTF-8 under a UTF-8 label that a legacy
 * charset reads cleanly, is a wrong declaration. With nothing declared, strict UTF-8 comes first
 * (valid multi-byte runs are overwhelming evidence), then the statistical legacy guess.
 */
import { badness } from '../repair/badness.js';
import type { DecodeHints, DecodeResult, Note } from '../types.js';
import { findBom, fromContentType, fromMeta, fromXmlDeclaration, type Declaration } from './declared.js';
import { decodeWith, encodingByName, encodingForLabel, type EncodingEntry } from './labels.js';
import { declaredWrongNote, declaredNote, bomNote, sniffLegacyNote, utf8RepairedNote, utf8StraysNote, type Evidence } from './notes.js';
import { evidenceSample } from './sample.js';
import { DECODE_DEFAULTS } from './settings.js';
import { chooseLegacy, rankLegacy, readAs, type Reading } from './sniff-legacy.js';
import { textCost } from './text-plausibility.js';
import { decodeUtf8WithFallback, utf8Stats, type Utf8Stats } from './utf8.js';

const UTF8 = encodingByName('utf-8');
const STRAY_BYTES = encodingByName('windows-1252');

/** Internal options: the rule ids (or the whole `decode` family) a caller switched off. */
export interface DecodeOptions {
  disable?: readonly string[];
}

/** What the switched-off rules leave of the decision. */
interface Switches {
  /** `decode/declared-wrong` off: a usable declaration is always obeyed. */
  checkDeclarations: boolean;
  /** `decode/sniff-legacy` off: undeclared bytes are read as UTF-8. */
  sniffLegacy: boolean;
}

function switches(options: DecodeOptions): Switches {
  const off = new Set(options.disable ?? []);
  const family = off.has('decode');
  return {
    checkDeclarations: !family && !off.has('decode/declared-wrong'),
    sniffLegacy: !family && !off.has('decode/sniff-legacy'),
  };
}

function asBytes(input: unknown): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(0);
}

/** The first declaration, in order of authority, whose label names an encoding we can decode. */
function firstDeclaration(bytes: Uint8Array, hints: DecodeHints): { declared: Declaration; entry: EncodingEntry } | null {
  const found = [fromContentType(hints.contentType), fromMeta(bytes), fromXmlDeclaration(bytes)];
  for (const declared of found) {
    if (!declared) continue;
    let entry = encodingForLabel(declared.label);
    if (!entry) continue;
    // A document cannot declare itself UTF-16 from inside ASCII-compatible bytes: the HTML
    // standard reads such a `<meta>` as UTF-8.
    if (declared.how !== 'content-type' && entry.name.startsWith('utf-16')) entry = UTF8;
    return { declared, entry };
  }
  return null;
}

function result(bytes: Uint8Array, skip: number, entry: EncodingEntry, notes: Note[]): DecodeResult {
  return { text: decodeWith(skip ? bytes.subarray(skip) : bytes, entry), encoding: entry.name, notes };
}

/** A stray byte's character, read alone in windows-1252 (the commonest source of strays). */
const strayChar = (b: number): string => decodeWith(new Uint8Array([b]), STRAY_BYTES);

/**
 * Mostly-UTF-8 bytes: is a legacy charset the better reading? The UTF-8 reading (stray bytes read
 * alone in windows-1252) and the best legacy reading are costed alike on the sample; the legacy one
 * must be trusted on its own and cheaper. Legacy text with a few byte pairs that happen to be valid
 * UTF-8 reads nearly the same both ways; UTF-8 text read as legacy turns every sequence into `Ã©`.
 */
function legacyBeatsUtf8(sample: Uint8Array, legacy: Reading): boolean {
  if (legacy.cost > DECODE_DEFAULTS.sniffMaxCost) return false;
  const text = decodeUtf8WithFallback(sample, strayChar).text;
  const mixedCost = textCost(text).cost / Math.max(1, legacy.highBytes);
  return legacy.cost <= mixedCost;
}

function decodeDeclared(
  bytes: Uint8Array,
  sample: Uint8Array,
  declared: Declaration,
  entry: EncodingEntry,
  on: Switches,
): DecodeResult {
  const u = utf8Stats(bytes);
  if (u.highBytes === 0) return result(bytes, 0, entry, []);
  if (!on.checkDeclarations) {
    if (entry.name === 'utf-8' && u.invalid === 0) return result(bytes, 0, entry, []);
    return result(bytes, 0, entry, [declaredNote(declared, entry, readAs(sample, entry.name))]);
  }
  const evidence: Evidence = { sample, utf8: u };

  if (entry.name === 'utf-8') {
    if (u.invalid === 0) return result(bytes, 0, entry, []);
    const choice = chooseLegacy(sample);
    // Not one valid multi-byte sequence: whatever this is, it is not UTF-8.
    if ((u.multibyte === 0 && choice.best.cost <= DECODE_DEFAULTS.sniffMaxCost) || legacyBeatsUtf8(sample, choice.best)) {
      return result(bytes, 0, choice.best.encoding, [declaredWrongNote(declared, entry, choice.best, { ...evidence, choice })]);
    }
    return mixedUtf8(bytes, u, declared);
  }

  // A legacy label over bytes that are valid multi-byte UTF-8.
  if (u.invalid === 0 && u.multibyte > 0) {
    const declaredReading = readAs(sample, entry.name);
    const utf8Reading = readUtf8(sample);
    // Fewer sequences than the override count: the declared reading must also look damaged,
    // by the repair engine's mojibake score or by the plausibility cost.
    const damaged = badness(declaredReading.text) > badness(utf8Reading.text) || declaredReading.cost > utf8Reading.cost;
    if (u.multibyte >= DECODE_DEFAULTS.utf8OverrideSequences || damaged) {
      return result(bytes, 0, UTF8, [declaredWrongNote(declared, entry, utf8Reading, { ...evidence, declaredReading })]);
    }
  }

  // A legacy label that another legacy charset reads far better (cp1251 bytes labelled latin1).
  const ranked = rankLegacy(sample);
  const declaredReading = ranked.find((r) => r.encoding.name === entry.name) ?? readAs(sample, entry.name);
  const declaredCost = declaredReading.cost - declaredReading.prior;
  const choice = chooseLegacy(sample, ranked);
  if (
    choice.best.encoding.name !== entry.name &&
    choice.best.highBytes >= DECODE_DEFAULTS.declaredWrongMinHighBytes &&
    choice.best.cost <= DECODE_DEFAULTS.sniffMaxCost &&
    declaredCost - choice.best.cost >= DECODE_DEFAULTS.declaredWrongMargin
  ) {
    return result(bytes, 0, choice.best.encoding, [
      declaredWrongNote(declared, entry, choice.best, { ...evidence, declaredReading: { ...declaredReading, cost: declaredCost } }),
    ]);
  }
  return result(bytes, 0, entry, [declaredNote(declared, entry, { ...declaredReading, cost: declaredCost })]);
}

/** The UTF-8 reading of valid UTF-8, costed like a legacy reading. */
function readUtf8(sample: Uint8Array): Reading {
  const text = decodeWith(sample, UTF8);
  const highBytes = utf8Stats(sample).highBytes;
  return { encoding: UTF8, text, cost: textCost(text).cost / Math.max(1, highBytes), prior: 0, highBytes };
}

/** UTF-8 with a few stray bytes: each read alone as windows-1252, the commonest source of them. */
function mixedUtf8(bytes: Uint8Array, u: Utf8Stats, declared: Declaration | null): DecodeResult {
  const mixed = decodeUtf8WithFallback(bytes, strayChar);
  return { text: mixed.text, encoding: 'utf-8', notes: [utf8StraysNote(u, mixed, STRAY_BYTES, declared)] };
}

function decodeUndeclared(bytes: Uint8Array, sample: Uint8Array, on: Switches): DecodeResult {
  const u = utf8Stats(bytes);
  if (u.highBytes === 0 || u.invalid === 0) return result(bytes, 0, UTF8, []);
  if (!on.sniffLegacy) return result(bytes, 0, UTF8, [utf8RepairedNote('sniff', u, null)]);
  const choice = chooseLegacy(sample);
  if (u.multibyte > 0 && !legacyBeatsUtf8(sample, choice.best)) return mixedUtf8(bytes, u, null);
  return result(bytes, 0, choice.best.encoding, [sniffLegacyNote({ sample, utf8: u, choice })]);
}

function decide(bytes: Uint8Array, hints: DecodeHints, on: Switches): DecodeResult {
  const bom = findBom(bytes);
  if (bom) {
    const entry = encodingForLabel(bom.label) ?? UTF8;
    return result(bytes, bom.skip, entry, [bomNote(bom, entry)]);
  }
  const sample = evidenceSample(bytes);
  const declaration = firstDeclaration(bytes, hints);
  return declaration
    ? decodeDeclared(bytes, sample, declaration.declared, declaration.entry, on)
    : decodeUndeclared(bytes, sample, on);
}

/**
 * Decode bytes to text, for cleanArticle. `options.disable` takes the rule ids of `CleanOptions.disable`:
 * `decode/declared-wrong` off obeys every usable declaration, `decode/sniff-legacy` off reads
 * undeclared bytes as UTF-8, and `decode` switches off both. Never throws: whatever goes wrong, the bytes come back read as UTF-8 with
 * U+FFFD for what is not, and an `internal/error` note.
 */
export function decodeBytesWith(bytes: Uint8Array, hints: DecodeHints = {}, options: DecodeOptions = {}): DecodeResult {
  const input = asBytes(bytes);
  try {
    return decide(input, hints ?? {}, switches(options ?? {}));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    let text = '';
    try {
      text = new TextDecoder('utf-8').decode(input);
    } catch {
      text = '';
    }
    return {
      text,
      encoding: 'utf-8',
      notes: [{ ruleId: 'internal/error', action: 'decode', reason: `decoding failed (${message}); the bytes were read as UTF-8`, text: '' }],
    };
  }
}

/** The public entry (its signature is part of the fixed contract): every decode rule on. */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): DecodeResult {
  return decodeBytesWith(bytes, hints);
}
