/**
 * The flat tables (language-eld-tables.ts) as one string, so that a built bundle ships them ready:
 * the tsup plugin `eld-tables` flattens eld's data at build time and embeds `packTables`' output;
 * at run time `unpackTables` copies the typed arrays out of base64 (a few milliseconds, no
 * JSON.parse of eld's 50,000 n-gram objects, none of them held in memory).
 */
import { endianness } from 'node:os';
import type { FlatTables } from './language-eld-tables.js';

type ArrayField = 'byteChar' | 'charClass' | 'gramLo' | 'gramHi' | 'pairStart' | 'pairLang' | 'pairScore';

const ARRAYS: Record<ArrayField, Uint8ArrayConstructor | Int32ArrayConstructor> = {
  byteChar: Uint8Array,
  charClass: Uint8Array,
  gramLo: Int32Array,
  gramHi: Int32Array,
  pairStart: Int32Array,
  pairLang: Uint8Array,
  pairScore: Int32Array,
};

interface Packed {
  endianness: string;
  languages: string[];
  /** null for NaN (JSON has none). */
  avgScore: (number | null)[];
  long: [string, number][];
  arrays: Record<ArrayField, string>;
}

export function packTables(flat: FlatTables): string {
  const arrays = {} as Record<ArrayField, string>;
  for (const name of Object.keys(ARRAYS) as ArrayField[]) {
    const a = flat[name];
    arrays[name] = Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
  }
  const avgScore = flat.avgScore.map((x) => (Number.isNaN(x) ? null : x));
  return JSON.stringify({ endianness: endianness(), languages: flat.languages, avgScore, long: flat.long, arrays } satisfies Packed);
}

export function unpackTables(text: string): FlatTables {
  const packed = JSON.parse(text) as Packed;
  if (packed.endianness !== endianness()) throw new Error('eld tables packed on a machine of another byte order');
  const out = {
    languages: packed.languages,
    avgScore: packed.avgScore.map((x) => x ?? Number.NaN),
    long: packed.long,
  } as FlatTables;
  for (const name of Object.keys(ARRAYS) as ArrayField[]) {
    const bytes = Buffer.from(packed.arrays[name], 'base64');
    const Typed = ARRAYS[name];
    // A copy: Buffer.from may hand back a slice of a shared pool, not aligned for Int32Array.
    const copy = new Uint8Array(bytes.byteLength);
    copy.set(bytes);
    (out as unknown as Record<ArrayField, Uint8Array | Int32Array>)[name] = new Typed(copy.buffer, 0, bytes.byteLength / Typed.BYTES_PER_ELEMENT);
  }
  return out;
}
