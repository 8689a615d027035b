/**
 * The statistical guess among legacy charsets, for bytes that are not UTF-8 and declare nothing
 * (or declare something the bytes contradict). Every candidate decodes the sample; each reading is
 * costed by the byte structure of its charset (CJK) and by how plausible its characters are as
 * running text. The cheapest reading per high byte wins; a small prior orders near ties.
 */
import { analyse } from 'chardet';
import { DECODE_DEFAULTS } from './settings.js';
import { cjkReadingCost, textCost } from './text-plausibility.js';
import { CJK_LAYOUTS, structureCost } from './cjk-structure.js';
import { decodeWith, encodingByName, type EncodingEntry } from './labels.js';

/** The candidates, in order of prior: the first of two equal readings wins. */
export const LEGACY_CANDIDATES: readonly { name: string; prior: number }[] = [
  { name: 'windows-1252', prior: 0 },
  { name: 'windows-1251', prior: 0.01 },
  { name: 'gbk', prior: 0.01 },
  { name: 'shift_jis', prior: 0.015 },
  { name: 'euc-kr', prior: 0.015 },
  { name: 'euc-jp', prior: 0.02 },
  { name: 'big5', prior: 0.025 },
  { name: 'windows-1250', prior: 0.02 },
  { name: 'koi8-r', prior: 0.03 },
  // KOI8-U adds Ukrainian і ї є ґ where KOI8-R has box drawing; Russian reads alike in both.
  { name: 'koi8-u', prior: 0.035 },
  { name: 'iso-8859-2', prior: 0.03 },
  { name: 'windows-1253', prior: 0.03 },
  { name: 'windows-1254', prior: 0.03 },
];

export interface Reading {
  encoding: EncodingEntry;
  text: string;
  /** Cost per high byte, prior included: 0 is flawless. */
  cost: number;
  /** The candidate's prior, already in `cost`. */
  prior: number;
  /** Bytes at or above 0x80 in the sample. */
  highBytes: number;
}

function countHigh(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) n++;
  return n;
}

/** Cost one reading of the sample. */
export function readAs(sample: Uint8Array, name: string, prior = 0, highBytes = countHigh(sample)): Reading {
  const encoding = encodingByName(name);
  const text = decodeWith(sample, encoding);
  const stats = textCost(text);
  let cost = stats.cost;
  if (CJK_LAYOUTS[name]) {
    const structure = structureCost(sample, name);
    cost += structure.cost + cjkReadingCost(text, stats, name);
    // Real Big5 text puts about two characters in five on a trail byte below 0x80; GB2312 or
    // EUC-KR bytes read as Big5 never do.
    if (name === 'big5' && structure.chars >= 3 && structure.lowTrail < structure.chars * 0.1) {
      cost += structure.chars * (structure.chars >= 15 ? 0.5 : 0.1);
    }
  }
  return { encoding, text, cost: cost / Math.max(1, highBytes) + prior, prior, highBytes };
}

/** Every candidate's reading, cheapest first. */
export function rankLegacy(sample: Uint8Array): Reading[] {
  const high = countHigh(sample);
  return LEGACY_CANDIDATES.map((c) => readAs(sample, c.name, c.prior, high)).sort((a, b) => a.cost - b.cost);
}

// chardet names its guesses its own way; these are the ones that settle a Latin near tie.
const CHARDET_NAMES: Readonly<Record<string, string>> = {
  'ISO-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
  'ISO-8859-2': 'iso-8859-2',
  'windows-1250': 'windows-1250',
  'ISO-8859-9': 'windows-1254',
  'windows-1254': 'windows-1254',
};
/** The Latin charsets whose readings differ only in which accented letters they give. */
const LATIN_FAMILY = new Set(['windows-1252', 'windows-1250', 'iso-8859-2', 'windows-1254']);

export interface LegacyChoice {
  best: Reading;
  runnerUp: Reading | null;
  /** Set when chardet's n-gram models settled a near tie among Latin readings. */
  tieBrokenBy?: { chardetConfidence: number; ownChoice: string };
}

/**
 * The sniffer's choice. Latin charsets (windows-1252, windows-1250, ISO-8859-2, windows-1254)
 * read the same bytes as different but equally well-formed accented letters; telling Czech from
 * French takes letter statistics by language, which chardet's n-gram models have. So among Latin
 * readings within `latinTieCost` of the best, chardet's confidence decides, and the cheapest
 * reading keeps a head start of `ownChoiceLead` points (measured: see eval/decode.ts).
 */
export function chooseLegacy(sample: Uint8Array, ranked: Reading[] = rankLegacy(sample)): LegacyChoice {
  const first = ranked[0]!;
  const runnerUp = ranked[1] ?? null;
  if (!LATIN_FAMILY.has(first.encoding.name)) return { best: first, runnerUp };
  const near = ranked.filter((r) => LATIN_FAMILY.has(r.encoding.name) && r.cost <= first.cost + DECODE_DEFAULTS.latinTieCost);
  if (near.length < 2) return { best: first, runnerUp };
  const confidence = new Map<string, number>();
  for (const m of analyse(sample.subarray(0, DECODE_DEFAULTS.chardetBytes))) {
    const name = CHARDET_NAMES[m.name];
    if (name && !confidence.has(name)) confidence.set(name, m.confidence);
  }
  const score = (r: Reading): number => (confidence.get(r.encoding.name) ?? 0) + (r === first ? DECODE_DEFAULTS.ownChoiceLead : 0);
  const best = near.reduce((a, b) => (score(b) > score(a) ? b : a));
  if (best === first) return { best: first, runnerUp };
  return {
    best,
    runnerUp: first,
    tieBrokenBy: { chardetConfidence: confidence.get(best.encoding.name) ?? 0, ownChoice: first.encoding.name },
  };
}
