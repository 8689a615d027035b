/**
 * Letters by script: which writing system a code unit belongs to, looked up in a table filled on
 * first use, and the per-script letter counts of a text.
 */
export type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'indic' | 'thai' | 'cjk' | 'other';

export function scriptOf(code: number): Script | null {
  if (code < 0x41) return null;
  if (code < 0x250) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7) ? 'latin' : null;
  if (code < 0x370) return null;
  if (code < 0x400) return 'greek';
  if (code < 0x530) return 'cyrillic';
  if (code >= 0x590 && code < 0x600) return 'hebrew';
  if (code >= 0x600 && code < 0x700) return 'arabic';
  if (code >= 0x900 && code < 0xe00) return 'indic';
  if (code >= 0xe00 && code < 0xe80) return 'thai';
  if (code >= 0x1e00 && code < 0x1f00) return 'latin';
  if (code >= 0x2000 && code < 0x3040) return null; // punctuation, symbols, CJK punctuation
  if ((code >= 0x3040 && code < 0x3100) || (code >= 0x3400 && code < 0xa000) || (code >= 0xac00 && code < 0xd7b0) || (code >= 0xf900 && code < 0xfb00)) return 'cjk';
  if (code >= 0xd800 && code < 0xe000) return null; // surrogate halves: rare scripts, not counted
  if (code >= 0xfe00) return null; // forms, specials
  return LETTER.test(String.fromCharCode(code)) ? 'other' : null;
}

const LETTER = /\p{L}/u;

/** The scripts in counter order (index 0, Latin, is counted apart: it is by far the commonest). */
export const SCRIPTS: readonly Script[] = ['latin', 'cyrillic', 'greek', 'arabic', 'hebrew', 'indic', 'thai', 'cjk', 'other'];
const SCRIPT_INDEX = new Map(SCRIPTS.map((s, i) => [s, i] as const));

/** No script (punctuation, digits, symbols). */
export const NO_SCRIPT = 0xff;
const UNKNOWN = 0;
/** Per code unit: 1 + index in SCRIPTS, NO_SCRIPT, or UNKNOWN until first looked up. */
const TABLE = new Uint8Array(0x10000);

/** 1 + the index in SCRIPTS of the code unit's script, or NO_SCRIPT. */
export function scriptCode(code: number): number {
  const t = TABLE[code];
  if (t !== UNKNOWN) return t;
  const s = scriptOf(code);
  return (TABLE[code] = s ? 1 + SCRIPT_INDEX.get(s)! : NO_SCRIPT);
}

/** Letters per script from counters by script index (`latin` apart, `rest[k]` for SCRIPTS[k]). */
export function scriptCounts(latin: number, rest: Int32Array | null): Partial<Record<Script, number>> {
  const counts: Partial<Record<Script, number>> = {};
  if (latin) counts.latin = latin;
  if (rest) for (let k = 1; k < SCRIPTS.length; k++) if (rest[k]) counts[SCRIPTS[k]] = rest[k];
  return counts;
}

export function countScripts(text: string): Partial<Record<Script, number>> {
  // Plain integer counters in the loop (an object with optional keys is slow to update).
  let latin = 0;
  let rest: Int32Array | null = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      // ASCII fast path: most text is mostly ASCII.
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) latin++;
      continue;
    }
    const s = scriptCode(code);
    if (s === 1) latin++;
    else if (s !== NO_SCRIPT) (rest ??= new Int32Array(SCRIPTS.length))[s - 1]++;
  }
  return scriptCounts(latin, rest);
}
