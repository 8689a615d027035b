/**
 * `npm run eval -- decode`: how well byte decoding recovers text, on real bytes made from the
 * mojibake dev cases' clean texts, each encoded with iconv-lite in every legacy charset it fits.
 *
 * Printed per charset: the share of texts whose bytes come back as the same text, for the own
 * scorer alone, chardet alone, the combination decodeBytes uses, and decodeBytes end to end (no
 * declaration). Then wrong declarations caught, and right ones kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { decodeBytes } from '../src/decode/decode-bytes.js';
import { encodingForLabel } from '../src/decode/labels.js';
import { chooseLegacy, rankLegacy } from '../src/decode/sniff-legacy.js';
import { benchmarkPages, mojibakeDir, pageHtml } from './datasets.js';

export interface LegacySample {
  charset: string;
  lang: string;
  text: string;
  bytes: Uint8Array;
}

/** Charsets measured, with the languages whose texts a page in that charset would hold. */
export const DECODE_CHARSETS: readonly { charset: string; langs?: readonly string[]; notIn?: string }[] = [
  { charset: 'windows-1252' },
  // Texts that windows-1252 cannot hold: otherwise the charsets read them alike.
  { charset: 'windows-1250', notIn: 'windows-1252' },
  { charset: 'iso-8859-2', notIn: 'windows-1252' },
  { charset: 'windows-1254', notIn: 'windows-1252' },
  { charset: 'windows-1253', notIn: 'windows-1252' },
  { charset: 'windows-1251' },
  { charset: 'koi8-r' },
  { charset: 'koi8-u', notIn: 'koi8-r' },
  { charset: 'gbk', langs: ['zh'] },
  { charset: 'big5', langs: ['zh-Hant'] },
  { charset: 'shift_jis', langs: ['ja'] },
  { charset: 'euc-jp', langs: ['ja'] },
  { charset: 'euc-kr', langs: ['ko'] },
];

function encodeExactly(text: string, charset: string): Buffer | null {
  const bytes = iconv.encode(text, charset);
  return iconv.decode(bytes, charset) === text ? bytes : null;
}

/** Every clean (expected) text of the dev cases with a non-ASCII character, in each charset that holds it. */
export function legacySamples(path = join(mojibakeDir(), 'dev-cases.jsonl')): LegacySample[] {
  const byText = new Map<string, string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const c = JSON.parse(line) as { expected: string; lang: string };
    if (!c.expected.includes('\ufffd') && /[^\x00-\x7f]/.test(c.expected)) byText.set(c.expected, c.lang);
  }
  const out: LegacySample[] = [];
  for (const { charset, langs, notIn } of DECODE_CHARSETS) {
    for (const [text, lang] of byText) {
      if (langs && !langs.includes(lang)) continue;
      const bytes = encodeExactly(text, charset);
      if (!bytes || (notIn && encodeExactly(text, notIn))) continue;
      out.push({ charset, lang, text, bytes: new Uint8Array(bytes) });
    }
  }
  return out;
}

// chardet's names for the candidates it shares with copydesk.
const CHARDET_TO_WHATWG = (name: string): string => encodingForLabel(name)?.name ?? name.toLowerCase();

function chardetReads(bytes: Uint8Array, text: string): boolean {
  const guess = analyse(bytes)[0];
  const entry = guess ? encodingForLabel(CHARDET_TO_WHATWG(guess.name)) : null;
  return !!entry && iconv.decode(Buffer.from(bytes), entry.codec) === text;
}

// Rounded down, as the gate in test/decode/dataset.test.ts compares them.
const pct = (n: number, d: number): string => (d ? `${(Math.floor((1000 * n) / d) / 10).toFixed(1)} %` : 'n/a');

export async function run(): Promise<void> {
  const samples = legacySamples();
  const started = performance.now();
  console.log('| charset | texts | own scorer | chardet 2.2.0 | own + chardet tie-break | decodeBytes (undeclared) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  const totals = { n: 0, own: 0, chardet: 0, combined: 0, decode: 0 };
  for (const { charset } of DECODE_CHARSETS) {
    const group = samples.filter((s) => s.charset === charset);
    let own = 0;
    let det = 0;
    let combined = 0;
    let decoded = 0;
    for (const s of group) {
      const ranked = rankLegacy(s.bytes);
      if (ranked[0]!.text === s.text) own++;
      if (chooseLegacy(s.bytes, ranked).best.text === s.text) combined++;
      if (chardetReads(s.bytes, s.text)) det++;
      if (decodeBytes(s.bytes).text === s.text) decoded++;
    }
    totals.n += group.length;
    totals.own += own;
    totals.chardet += det;
    totals.combined += combined;
    totals.decode += decoded;
    const n = group.length;
    console.log(`| ${charset} | ${n} | ${pct(own, n)} | ${pct(det, n)} | ${pct(combined, n)} | ${pct(decoded, n)} |`);
  }
  const t = totals;
  console.log(`| all | ${t.n} | ${pct(t.own, t.n)} | ${pct(t.chardet, t.n)} | ${pct(t.combined, t.n)} | ${pct(t.decode, t.n)} |`);

  // Wrong declarations: UTF-8 bytes labelled Latin-1, and legacy bytes labelled UTF-8.
  let utf8AsLatin1 = 0;
  let utf8Cases = 0;
  const seen = new Set<string>();
  for (const s of samples) {
    if (seen.has(s.text)) continue;
    seen.add(s.text);
    utf8Cases++;
    const r = decodeBytes(new TextEncoder().encode(s.text), { contentType: 'text/html; charset=iso-8859-1' });
    if (r.text === s.text && r.notes.some((x) => x.ruleId === 'decode/declared-wrong')) utf8AsLatin1++;
  }
  let legacyAsUtf8 = 0;
  let keptRight = 0;
  for (const s of samples) {
    if (decodeBytes(s.bytes, { contentType: 'text/html; charset=utf-8' }).text === s.text) legacyAsUtf8++;
    if (decodeBytes(s.bytes, { contentType: `text/html; charset=${s.charset}` }).text === s.text) keptRight++;
  }
  console.log('');
  console.log('| declaration | cases | decoded right |');
  console.log('| --- | ---: | ---: |');
  console.log(`| UTF-8 bytes declared iso-8859-1 (caught as declared-wrong) | ${utf8Cases} | ${pct(utf8AsLatin1, utf8Cases)} |`);
  console.log(`| legacy bytes declared utf-8 (caught) | ${samples.length} | ${pct(legacyAsUtf8, samples.length)} |`);
  console.log(`| legacy bytes declared rightly (kept) | ${samples.length} | ${pct(keptRight, samples.length)} |`);
  pageChecks();
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

/**
 * Whole pages: the 181 benchmark pages (UTF-8) must come back unchanged and unremarked; those that
 * windows-1252 can hold are transcoded to it, once with their markup as served (most still say
 * utf-8: a wrong declaration) and once with every charset declaration removed (sniffed). Pages
 * holding a literal U+FFFD are left out of the transcoding: windows-1252 has no byte for it.
 */
function pageChecks(): void {
  let pages = 0;
  let utf8Same = 0;
  let utf8Quiet = 0;
  let transcoded = 0;
  let asServed = 0;
  let stripped = 0;
  let bytesIn = 0;
  let ms = 0;
  let withStray = 0;
  let strayRight = 0;
  let legacyBytes = 0;
  let legacyMs = 0;
  for (const page of benchmarkPages()) {
    const html = pageHtml(page.id);
    pages++;
    const utf8 = new TextEncoder().encode(html);
    const t0 = performance.now();
    const r = decodeBytes(utf8);
    ms += performance.now() - t0;
    bytesIn += utf8.length;
    if (r.text === html) utf8Same++;
    if (r.notes.length === 0) utf8Quiet++;
    // One curly apostrophe pasted in as a windows-1252 byte (0x92) into the UTF-8 page.
    const at = html.indexOf('’');
    if (at >= 0) {
      const pasted = new TextEncoder().encode(html.slice(0, at) + '\u0000' + html.slice(at + 1));
      const nul = pasted.indexOf(0);
      pasted[nul] = 0x92;
      withStray++;
      if (decodeBytes(pasted).text === html) strayRight++;
    }
    if (!/[^\x00-\x7f]/.test(html) || html.includes('\ufffd')) continue;
    const legacy = iconv.encode(html, 'windows-1252');
    if (iconv.decode(legacy, 'windows-1252') !== html) continue;
    transcoded++;
    const t1 = performance.now();
    if (decodeBytes(legacy).text === html) asServed++;
    legacyMs += performance.now() - t1;
    legacyBytes += legacy.length;
    const bare = html.replace(/<meta[^>]*charset[^>]*>/gi, '');
    if (decodeBytes(iconv.encode(bare, 'windows-1252')).text === bare) stripped++;
  }
  console.log('');
  console.log('| benchmark pages | pages | decoded right |');
  console.log('| --- | ---: | ---: |');
  console.log(`| UTF-8 as served: same text | ${pages} | ${pct(utf8Same, pages)} (no note on ${utf8Quiet}) |`);
  console.log(`| UTF-8 with one stray windows-1252 byte (’ as 0x92) | ${withStray} | ${pct(strayRight, withStray)} |`);
  console.log(`| transcoded to windows-1252, markup as served | ${transcoded} | ${pct(asServed, transcoded)} |`);
  console.log(`| transcoded to windows-1252, charset declarations removed | ${transcoded} | ${pct(stripped, transcoded)} |`);
  console.log(`\ndecodeBytes on UTF-8 pages: ${(bytesIn / 1e6 / (ms / 1000)).toFixed(1)} MB/s`);
  console.log(`decodeBytes on windows-1252 pages declared utf-8: ${(legacyBytes / 1e6 / (legacyMs / 1000)).toFixed(1)} MB/s`);
}
