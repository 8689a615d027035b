/**
 * Plain-text segmentation: lines become Blocks. Text dumps of web pages put each HTML block on its
 * own line with blank lines between groups, so one line is one block. A group of lines that is
 * hard-wrapped prose (lines of a wrapped length, most breaking mid-sentence, none a line of its own
 * such as a list item or a byline) is one block instead.
 */
import type { Block } from '../blocks/types.js';
import { matchByline } from '../fields/byline.js';
import { matchDateline } from '../fields/dateline.js';
import { isFlat, splitFlat } from './flat.js';

/** Hard-wrapped lines fall in this length range (characters). */
const WRAP_MIN = 45;
const WRAP_MAX = 110;
/**
 * The lines a wrapper filled (all but the last) differ in length by at most the word that did not
 * fit on each: a wider spread is lines of their own (a headline, a byline with its date, a deck).
 */
const WRAP_SPREAD_MAX = 30;
/** Lines ending like this end a sentence or a heading; a wrapped line usually does not. */
const LINE_END = /[.!?:;"”’)\]。！？」』…।॥؟۔]$/u;
/** A list item's marker opens the line: a bullet or dash, or a number ("1.", "2)"). Items are lines of their own. */
const LIST_ITEM = /^(?:[-*•·▪‣◦–—]\s|\d{1,3}[.)]\s)/u;
/** A run of spaces inside a line: columns of a table. */
const COLUMNS = / {3}/;
/** A bar between spaces: a page title's or a byline's separator ("Headline | Site"), not prose's. */
const BAR = ' | ';
/** The line opens with a lower-case letter: it goes on with a sentence begun above. */
const LOWER_START = /^\p{Ll}/u;

/** A byline, or a dateline or date line with nothing after it: a line of its own, never a wrapped one. */
const standsAlone = (line: string): boolean => matchByline(line) !== null || matchDateline(line)?.rest === '';

/**
 * A group of lines (the first `size` trimmed texts of `group`) is hard-wrapped prose: every line is
 * of a wrapped length (the last may be shorter), the filled ones about as long as each other, and
 * most lines but the last break mid-sentence.
 * Lines of their own are not wrapped prose: list items (bullets, numbers), table rows (runs of
 * spaces), lines with a bar between spaces (titles, bylines), bylines and date lines. Two lines
 * are wrapped prose only when the second opens in lower case: two lines cannot show a wrapped
 * width, and a headline over a teaser or a byline over a date line has the lengths of wrapped ones.
 */
function isHardWrapped(group: readonly string[], size: number): boolean {
  if (size < 2) return false;
  if (size === 2 && !LOWER_START.test(group[1])) return false;
  const body = size - 1;
  let midSentence = 0;
  let shortest = WRAP_MAX;
  let longest = 0;
  for (let k = 0; k < size; k++) {
    const t = group[k];
    if (t.length > WRAP_MAX || LIST_ITEM.test(t) || COLUMNS.test(t) || t.includes(BAR)) return false;
    if (k === body) continue;
    if (t.length < WRAP_MIN) return false;
    shortest = Math.min(shortest, t.length);
    longest = Math.max(longest, t.length);
    if (!LINE_END.test(t)) midSentence++;
  }
  if (midSentence * 2 < body || longest - shortest > WRAP_SPREAD_MAX) return false;
  // Read last: few groups get this far.
  for (let k = 0; k < size; k++) if (standsAlone(group[k])) return false;
  return true;
}

export function makeTextBlock(index: number, text: string, line: number, lineCount: number): Block {
  return { index, text, line, lineCount, tag: null, headingLevel: null, linkDensity: null, inReadability: null, containerHints: [] };
}

export function segmentText(text: string): Block[] {
  // Lines are cut at line feeds by indexOf (an array of every line, blank ones included, was a
  // good share of this stage's time); \r\n and \r end lines too.
  const src = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const blocks: Block[] = [];
  // The current group of non-blank lines: their trimmed texts (the first `size` of `group`, one
  // array reused: emptying an array by its length is a slow runtime call) and the (0-based) index
  // of the first.
  const group: string[] = [];
  let size = 0;
  let first = 0;
  const flush = (): void => {
    if (isHardWrapped(group, size)) {
      blocks.push(makeTextBlock(blocks.length, group.slice(0, size).join('\n'), first + 1, size));
    } else {
      for (let k = 0; k < size; k++) blocks.push(makeTextBlock(blocks.length, group[k], first + k + 1, 1));
    }
    size = 0;
  };
  for (let i = 0, start = 0; start <= src.length; i++) {
    let end = src.indexOf('\n', start);
    if (end < 0) end = src.length;
    const trimmed = end > start ? src.slice(start, end).trim() : '';
    start = end + 1;
    if (trimmed === '') {
      if (size) flush();
      continue;
    }
    if (isFlat(trimmed, text.length)) {
      if (size) flush();
      for (const part of splitFlat(trimmed)) blocks.push(makeTextBlock(blocks.length, part, i + 1, 1));
      continue;
    }
    if (!size) first = i;
    group[size++] = trimmed;
  }
  if (size) flush();
  return blocks;
}

/** The text a block contributes as a paragraph: wrapped lines joined by single spaces. */
export const paragraphText = (block: Block): string =>
  block.lineCount > 1 ? block.text.split('\n').map((s) => s.trim()).join(' ') : block.text;

/** A sentence end: . ! or ? and the run of white space after it. */
const SENTENCE_END = /[.!?]\s+/g;

/**
 * The sentences of a text at least `min` characters long: the text cut at every run of white
 * space that follows . ! or ? (as `split(/(?<=[.!?])\s+/)`), found by a native scan.
 */
export function sentencesOf(text: string, min: number): string[] {
  const out: string[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const cut = m.index + 1;
    if (cut - start >= min) out.push(text.slice(start, cut));
    start = SENTENCE_END.lastIndex;
  }
  if (text.length - start >= min) out.push(text.slice(start));
  return out;
}

/** U+00A0 no-break space, U+2007 figure space, U+202F narrow no-break space ("&nbsp;" turned into text). */
export const NO_BREAK_CODES: readonly number[] = [0xa0, 0x2007, 0x202f];
const NO_BREAK_CLASS = `[${NO_BREAK_CODES.map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`;
const NO_BREAK_SPACE = new RegExp(NO_BREAK_CLASS, 'u');
const NO_BREAK_SPACES = new RegExp(NO_BREAK_CLASS, 'gu');

/**
 * The text as the rules read it: no-break spaces as plain ones (every rule spells a space as one,
 * and a skip link or a headline held together by them was missed). The article keeps them: only
 * the reading changes.
 */
export const spacedText = (text: string): string => (NO_BREAK_SPACE.test(text) ? text.replace(NO_BREAK_SPACES, ' ') : text);
