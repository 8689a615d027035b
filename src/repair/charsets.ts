/**
 * Single-byte charsets as mojibake sees them. Every table is built from iconv-lite at load time:
 * nothing here is a hand-written codec. A "sloppy" charset (ftfy's term) is the real one with its
 * undefined bytes passed through as U+0080–U+00FF, because that is what browsers and many decoders
 * do, and the damage we repair was made by them; it also encodes U+FFFD as 0x1A, the mark of a
 * byte lost on the way.
 */
import iconv from 'iconv-lite';

export interface SingleByteCharset {
  /** The name used in plans: an iconv-lite name, or `sloppy-<iconv name>`. */
  readonly name: string;
  /** Short name used in rule ids: `cp1252`, `latin1`, `macroman`… */
  readonly short: string;
  /** byte → character, 256 entries. */
  readonly decodeTable: readonly string[];
  /** character → byte. */
  readonly encodeMap: ReadonlyMap<string, number>;
  /**
   * The same by UTF-16 code unit, for the hot paths: the byte of each code unit, 0 when it has
   * none (no character but NUL has byte 0, and ASCII is its own byte).
   */
  readonly byteOf: Uint8Array;
}

/**
 * Characters other decoders give for a byte where iconv-lite gives another (or none): Python and
 * modern Macs read MacRoman 0xDB as € (it was ¤ before Mac OS 8.5) and 0xF0 as the Apple logo.
 */
const ALIASES: Record<string, Record<string, number>> = {
  macintosh: { '\u20ac': 0xdb, '\uf8ff': 0xf0 },
};

function build(iconvName: string, short: string, sloppy: boolean): SingleByteCharset {
  const all = Buffer.alloc(256);
  for (let i = 0; i < 256; i++) all[i] = i;
  const decodeTable: string[] = [];
  const encodeMap = new Map<string, number>();
  for (let i = 0; i < 256; i++) {
    let ch = iconv.decode(all.subarray(i, i + 1), iconvName);
    if (ch === '\uFFFD' || ch.length !== 1) ch = sloppy ? String.fromCharCode(i) : '';
    decodeTable.push(ch);
    if (ch && !encodeMap.has(ch)) encodeMap.set(ch, i);
  }
  // Decoders differ on a few compatibility characters (MacRoman 0xBD is Ω U+03A9 in Python,
  // U+2126 OHM SIGN in iconv-lite): accept the canonical form of each as well.
  for (let i = 0x80; i < 256; i++) {
    const alias = decodeTable[i].normalize('NFC');
    if (alias && !encodeMap.has(alias)) encodeMap.set(alias, i);
  }
  for (const [ch, b] of Object.entries(ALIASES[iconvName] ?? {})) if (!encodeMap.has(ch)) encodeMap.set(ch, b);
  // ftfy's sloppy codecs also stand U+FFFD for a lost byte, written as 0x1A (SUBSTITUTE).
  if (sloppy) encodeMap.set('\uFFFD', 0x1a);
  const byteOf = new Uint8Array(0x10000);
  for (let c = 0; c < 0x80; c++) byteOf[c] = c;
  for (const [ch, b] of encodeMap) if (ch.length === 1 && ch.charCodeAt(0) >= 0x80) byteOf[ch.charCodeAt(0)] = b;
  return { name: sloppy ? `sloppy-${iconvName}` : iconvName, short, decodeTable, encodeMap, byteOf };
}

/**
 * The charsets UTF-8 is commonly misread as, in the order they are tried: the order settles
 * ties, so the most common damage comes first (ftfy's CHARMAP_ENCODINGS order, extended).
 */
export const UTF8_MISREADS: readonly SingleByteCharset[] = [
  build('windows-1252', 'cp1252', true),
  build('latin1', 'latin1', false),
  build('windows-1250', 'cp1250', true),
  build('windows-1251', 'cp1251', true),
  build('windows-1253', 'cp1253', true),
  build('windows-1254', 'cp1254', true),
  build('windows-1257', 'cp1257', true),
  build('iso-8859-2', 'iso-8859-2', false),
  build('macintosh', 'macroman', false),
  build('cp437', 'cp437', false),
];

export const SLOPPY_CP1252 = UTF8_MISREADS[0];
export const LATIN1 = UTF8_MISREADS[1];

const byName = new Map<string, SingleByteCharset>(UTF8_MISREADS.map((c) => [c.name, c]));

/** A table-backed charset by plan name, or undefined when iconv-lite handles it directly. */
export function tableCharset(name: string): SingleByteCharset | undefined {
  return byName.get(name);
}

/** Encode `text` in a single-byte charset; null when a character has no byte. */
export function encodeSingleByte(text: string, cs: SingleByteCharset): Uint8Array | null {
  const out = new Uint8Array(text.length);
  return encodeSingleByteInto(text, cs, out, 0) ? out : null;
}

/** encodeSingleByte into `out` from `at` on (which must have room); false when a character has no byte. */
export function encodeSingleByteInto(text: string, cs: SingleByteCharset, out: Uint8Array, at: number): boolean {
  const byteOf = cs.byteOf;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b = byteOf[c];
    if (b === 0 && c !== 0) return false;
    out[at + i] = b;
  }
  return true;
}

/** A regex character class body (no brackets) of the characters that encode to a byte range. */
export function classOf(cs: SingleByteCharset, from: number, to: number): string {
  let body = '';
  for (const [ch, b] of cs.encodeMap) if (b >= from && b <= to && ch.length === 1) body += escapeClassChar(ch);
  return body;
}

function escapeClassChar(ch: string): string {
  const code = ch.charCodeAt(0);
  return `\\u${code.toString(16).padStart(4, '0')}`;
}
