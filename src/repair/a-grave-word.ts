/**
 * "à" as a word of its own, when its flattened no-break space and the word space after it were
 * merged into one space. UTF-8 "à" is C3 A0; read as cp1252 (or cp1251) it shows as "Ã" (or "Г")
 * and a no-break space. Once that no-break space is flattened, "Ã x" reads two ways:
 * - "àx": the à inside a word, its A0 byte become the space (Yoruba "pàtàkì", Vietnamese "thành",
 *   Sardinian "àteros"): the reading restore-byte-a0 gives;
 * - "à x": the à ending a word, its A0 byte lost and the space the word space (French "à", "voilà",
 *   Italian "città"): the reading ftfy's A_GRAVE_WORD_RE gives, always.
 * The bytes do not tell which; the line around them sometimes does. Each rule below names the
 * evidence it takes for the second reading; without any, the first stands.
 */
import type { SingleByteCharset } from './charsets.js';

export const A_GRAVE_DEFAULTS = {
  /**
   * Standalone "Ã " (after a space, the line's start or an apostrophe) this many times in one line,
   * and never after a letter: à is the line's word, not a letter of its words. One alone may be a
   * word-initial à ("in Ã teros").
   */
  minStandalone: 2,
} as const;

/** The byte of "à"'s UTF-8 lead: "Ã" in cp1252 and Latin-1, "Г" in cp1251. */
const A_GRAVE_LEAD = 0xc3;

const LETTER = /\p{L}/u;
const ASCII_LETTER = /[A-Za-z]/;
const APOSTROPHES = "'\u2019\u02bc";

/**
 * Portuguese joins "a" to a following word into "às", "àquele", "àquilo": after these the space
 * is the no-break space of an à inside the word (ftfy's exceptions to A_GRAVE_WORD_RE).
 */
const JOINED_AFTER = /^(?:s |quel|quil)/;

/** "Ã" then one space then something other than a space: where the two readings part. */
function occurrences(line: string, cs: SingleByteCharset): number[] {
  const at: number[] = [];
  for (let i = line.indexOf(' ', 1); i >= 0 && i + 1 < line.length; i = line.indexOf(' ', i + 1))
    if (cs.byteOf[line.charCodeAt(i - 1)] === A_GRAVE_LEAD && line[i + 1] !== ' ' && !JOINED_AFTER.test(line.slice(i + 1, i + 5)))
      at.push(i - 1);
  return at;
}

/** The apostrophe that "’" (E2 80 99) shows as in `cs`: "â€™" in cp1252, "вЂ™" in cp1251. */
function misreadApostrophe(cs: SingleByteCharset): string {
  return cs.decodeTable[0xe2] + cs.decodeTable[0x80] + cs.decodeTable[0x99];
}

/**
 * An elided article after the space ("Ã l’ouest", "Ã s'Ã©loigner"): one letter, an apostrophe,
 * then a word. A letter and an apostrophe begin a word (l’, d’, s’, n’, qu’) and never continue
 * one that "à" began.
 */
function elisionAfter(line: string, i: number, cs: SingleByteCharset): boolean {
  const j = i + 2;
  if (!ASCII_LETTER.test(line[j] ?? '') || ASCII_LETTER.test(line[j + 1] ?? '')) return false;
  let k = j + 1;
  if (APOSTROPHES.includes(line[k] ?? '')) k++;
  else {
    const mis = misreadApostrophe(cs);
    if (!line.startsWith(mis, k)) return false;
    k += mis.length;
  }
  const next = line.charCodeAt(k);
  return LETTER.test(line[k] ?? '') || (next >= 0x80 && cs.byteOf[next] >= 0xc2);
}

/**
 * Whether the words on both sides of "Ã " at `i` are written in capitals: there "Ã" is the capital
 * letter itself (Portuguese, Guarani), not a misread "à".
 */
function inCapitals(line: string, i: number): boolean {
  let lower = false;
  let upper = false;
  const look = (k: number, step: number): void => {
    while (k >= 0 && k < line.length && !LETTER.test(line[k])) {
      if (line[k] !== ' ' && !APOSTROPHES.includes(line[k])) return;
      k += step;
    }
    for (; k >= 0 && k < line.length && LETTER.test(line[k]); k += step) {
      if (LOWER.test(line[k])) lower = true;
      else upper = true;
    }
  };
  look(i - 1, -1);
  look(i + 2, 1);
  return upper && !lower;
}

const LOWER = /\p{Ll}/u;

/** Whether the character before "Ã" at `i` is a letter: "Ã" ends or continues a word. */
function afterLetter(line: string, i: number): boolean {
  return i > 0 && LETTER.test(line[i - 1]);
}

/** Whether the line holds any non-ASCII character but the one at `i`. */
function onlyHighChar(line: string, i: number): boolean {
  for (let k = 0; k < line.length; k++) if (k !== i && line.charCodeAt(k) > 0x7f) return false;
  return true;
}

/**
 * The positions of "Ã" (as `cs` shows it) whose following space is the word space after a whole
 * "à", its no-break space lost. Evidence, any of:
 * - an elided article follows (see elisionAfter);
 * - the line holds nothing else but ASCII and this one "Ã", after a letter ("voilÃ le"): scripts
 *   that write à inside words write other accents too, and a lone one ends a word;
 * - "Ã " stands alone at least minStandalone times, never after a letter, and no "Ã" in the line
 *   keeps its own two spaces: the line's spaces were merged and its à is a word.
 */
export function wordSpaceKept(line: string, cs: SingleByteCharset): Set<number> {
  const kept = new Set<number>();
  const all = occurrences(line, cs);
  const at = all.filter((i) => !inCapitals(line, i));
  if (!at.length) return kept;
  for (const i of at) if (elisionAfter(line, i, cs)) kept.add(i);
  if (at.length === 1 && LOWER.test(line[at[0] - 1] ?? '') && onlyHighChar(line, at[0])) kept.add(at[0]);
  if (at.length >= A_GRAVE_DEFAULTS.minStandalone && all.every((i) => !afterLetter(line, i)) && !keepsOwnSpaces(line, cs))
    for (const i of at) kept.add(i);
  return kept;
}

/** Whether some "Ã" in the line is followed by two spaces: its no-break space flattened, the word space kept. */
function keepsOwnSpaces(line: string, cs: SingleByteCharset): boolean {
  for (let i = line.indexOf('  '); i > 0; i = line.indexOf('  ', i + 1))
    if (cs.byteOf[line.charCodeAt(i - 1)] === A_GRAVE_LEAD) return true;
  return false;
}
