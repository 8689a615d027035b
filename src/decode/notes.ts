/**
 * The notes of byte decoding: one per choice worth explaining, each with its measured evidence.
 * Explanations are data on the result, never logs.
 */
import type { Note } from '../types.js';
import type { Declaration } from './declared.js';
import type { EncodingEntry } from './labels.js';
import type { LegacyChoice, Reading } from './sniff-legacy.js';
import type { MixedUtf8, Utf8Stats } from './utf8.js';

export interface Evidence {
  sample: Uint8Array;
  utf8: Utf8Stats;
  choice?: LegacyChoice;
  declaredReading?: Reading;
}

const SNIPPET = 60;
const fmt = (x: number): string => x.toFixed(2);
const count = (n: number, what: string): string => `${n.toLocaleString('en-US')} ${what}${n === 1 ? '' : 's'}`;

/** The first line of a reading that holds a non-ASCII character, cut to a readable length. */
function firstNonAsciiLine(text: string): { text: string; line: number } {
  const at = text.search(/[^\x00-\x7f]/);
  if (at < 0) return { text: '', line: 1 };
  const start = text.lastIndexOf('\n', at) + 1;
  const endAt = text.indexOf('\n', at);
  const whole = text.slice(start, endAt < 0 ? undefined : endAt);
  const from = Math.max(0, at - start - SNIPPET / 2);
  let line = 1;
  for (let i = 0; i < start; i++) if (text.charCodeAt(i) === 10) line++;
  return { text: whole.slice(from, from + SNIPPET), line };
}

function describe(d: Declaration): string {
  if (d.how === 'content-type') return `the Content-Type "${d.text}"`;
  if (d.how === 'meta-charset') return `the page's ${d.text}`;
  if (d.how === 'xml-declaration') return `the XML declaration ${d.text}`;
  return `a byte order mark (${d.text})`;
}

function placed(d: Declaration): Pick<Note, 'line'> {
  return d.line === undefined ? {} : { line: d.line };
}

export function bomNote(bom: Declaration, entry: EncodingEntry): Note {
  return {
    ruleId: 'decode/bom',
    action: 'decode',
    reason: `a byte order mark (${bom.text}) opens the input: decoded as ${entry.name}, and the ${bom.skip}-byte mark dropped`,
    text: bom.text,
    line: 1,
  };
}

export function declaredNote(d: Declaration, entry: EncodingEntry, reading: Reading): Note {
  const label = d.label.toLowerCase() === entry.name ? entry.name : `"${d.label}", read as ${entry.name} per the WHATWG label table`;
  return {
    ruleId: `decode/${d.how}`,
    action: 'decode',
    reason:
      `decoded as ${label}, as ${describe(d)} declares; ` +
      `${count(reading.highBytes, 'high byte')} sampled, reading cost ${fmt(reading.cost)} per high byte`,
    text: d.text,
    ...placed(d),
  };
}

export function declaredWrongNote(d: Declaration, declaredEntry: EncodingEntry, chosen: Reading, ev: Evidence): Note {
  const u = ev.utf8;
  let why: string;
  if (chosen.encoding.name === 'utf-8') {
    const bad = ev.declaredReading ? firstNonAsciiLine(ev.declaredReading.text).text : '';
    why =
      `but all ${count(u.multibyte, 'multi-byte sequence')} are valid UTF-8 (0 invalid)` +
      (ev.declaredReading ? `, and the ${declaredEntry.name} reading costs ${fmt(ev.declaredReading.cost)} per high byte against ${fmt(chosen.cost)}` : '') +
      (bad ? ` ("${bad}")` : '');
  } else if (declaredEntry.name === 'utf-8') {
    why =
      `but ${count(u.invalid, 'sequence')} of ${u.invalid + u.multibyte} are invalid UTF-8 (first at byte ${u.firstInvalid}), ` +
      `while ${chosen.encoding.name} reads the bytes at cost ${fmt(chosen.cost)} per high byte`;
  } else {
    why =
      `but its reading costs ${fmt(ev.declaredReading?.cost ?? NaN)} per high byte ` +
      `against ${fmt(chosen.cost)} for ${chosen.encoding.name} (${count(chosen.highBytes, 'high byte')} sampled)`;
  }
  const shown = firstNonAsciiLine(chosen.text);
  return {
    ruleId: 'decode/declared-wrong',
    action: 'decode',
    reason: `${describe(d)} declares ${declaredEntry.name}, ${why}: decoded as ${chosen.encoding.name}` + (shown.text ? ` ("${shown.text}")` : ''),
    text: d.text,
    ...placed(d),
  };
}

export function sniffLegacyNote(ev: Evidence): Note {
  const choice = ev.choice!;
  const best = choice.best;
  const u = ev.utf8;
  const shown = firstNonAsciiLine(best.text);
  const runner = choice.runnerUp ? `; next best ${choice.runnerUp.encoding.name} at ${fmt(choice.runnerUp.cost)}` : '';
  const tie = choice.tieBrokenBy
    ? `; a near tie with ${choice.tieBrokenBy.ownChoice} settled by chardet (confidence ${choice.tieBrokenBy.chardetConfidence})`
    : '';
  return {
    ruleId: 'decode/sniff-legacy',
    action: 'decode',
    reason:
      `no charset declared and not UTF-8 (${count(u.invalid, 'invalid sequence')}, ${u.multibyte} valid, first invalid at byte ${u.firstInvalid}): ` +
      `guessed ${best.encoding.name}, reading cost ${fmt(best.cost)} per high byte over ${count(best.highBytes, 'high byte')}${runner}${tie}`,
    text: shown.text,
    line: shown.line,
  };
}

/** UTF-8 kept despite a few invalid sequences, which became U+FFFD. */
export function utf8RepairedNote(how: Declaration['how'] | 'sniff', u: Utf8Stats, d: Declaration | null): Note {
  const source = d ? `as ${describe(d)} declares` : 'as sniffed';
  return {
    ruleId: d ? `decode/${how}` : 'decode/sniff-utf8',
    action: 'decode',
    reason:
      `decoded as UTF-8 ${source}: ${count(u.invalid, 'invalid sequence')} among ${count(u.multibyte, 'valid multi-byte sequence')} ` +
      `(first at byte ${u.firstInvalid}) became U+FFFD, and no legacy charset reads the bytes better`,
    text: d ? d.text : '',
    ...(d ? placed(d) : {}),
  };
}

/** UTF-8 kept, its few stray bytes read one by one in a single-byte charset. */
export function utf8StraysNote(u: Utf8Stats, mixed: MixedUtf8, fallback: EncodingEntry, d: Declaration | null): Note {
  const source = d ? `as ${describe(d)} declares` : 'as sniffed';
  const shown = mixed.strays
    .slice(0, 5)
    .map((s) => `byte ${s.at} → "${s.char}"`)
    .join(', ');
  const first = mixed.strays[0];
  const around = first ? lineAround(mixed.text, first.char, u.firstInvalid) : { text: '', line: 1 };
  return {
    ruleId: d ? `decode/${d.how}` : 'decode/sniff-utf8',
    action: 'decode',
    reason:
      `decoded as UTF-8 ${source}: ${count(u.multibyte, 'valid multi-byte sequence')}, and ${count(u.invalid, 'stray byte')} ` +
      `(${pct(u)} of the sequences, too few for a legacy charset) read alone as ${fallback.name}: ${shown}`,
    text: d ? d.text : around.text,
    ...(d ? placed(d) : { line: around.line }),
  };
}

const pct = (u: Utf8Stats): string => `${((100 * u.invalid) / Math.max(1, u.invalid + u.multibyte)).toFixed(1)} %`;

/** The line of the output holding the first stray character (found by its count of lines before it). */
function lineAround(text: string, char: string, byteOffset: number): { text: string; line: number } {
  // Byte offsets and string offsets differ; the stray's character is found from the byte offset's
  // neighbourhood, which is never after it in the string (UTF-8 takes at least as many bytes).
  const at = text.lastIndexOf(char, byteOffset);
  const index = at < 0 ? 0 : at;
  const start = text.lastIndexOf('\n', index) + 1;
  const endAt = text.indexOf('\n', index);
  const whole = text.slice(start, endAt < 0 ? undefined : endAt);
  const from = Math.max(0, index - start - SNIPPET / 2);
  let line = 1;
  for (let i = 0; i < start; i++) if (text.charCodeAt(i) === 10) line++;
  return { text: whole.slice(from, from + SNIPPET), line };
}
