/**
 * Flattened page text: a converter that joins the whole page into one line ("get_text(' ')") leaves
 * no line break to tell a menu from a paragraph. Such a line is cut into paragraph-sized blocks:
 * runs of capitalised words (menus, link lists, titles) come apart from the prose they were glued
 * to, and the sentences between them are grouped again into paragraphs of a few hundred characters,
 * so that the block stage judges each part as it would judge a line of a line-broken dump.
 */

/** A line at least this long (characters) and holding at least this share of the text is flattened page text. */
export const FLAT_LINE_MIN_CHARS = 2000;
export const FLAT_LINE_MIN_SHARE = 0.5;
/** A run of at least this many capitalised tokens (lower-case words alone between them) is cut out. */
export const FLAT_CAPS_RUN_MIN = 6;
/** Capitalised words at the end of a run that prose follows, left to open the prose (at most). */
export const FLAT_OPENER_MAX = 3;
/** Sentences are grouped into a paragraph until it holds at least this many characters. */
export const FLAT_PARAGRAPH_CHARS = 400;

/**
 * A sentence end followed by white space and the start of the next sentence; not after an
 * abbreviation (one to three letters after a space or a capital: "Mr.", "U.S.", "Nov.").
 */
const SENTENCE_BREAK = /(?<![\s.][\p{L}]{1,3}\.|^[\p{L}]{1,3}\.|\p{Lu}\.)(?<=[.!?…]["”’»)\]]?)\s+(?=["“‘«(\[]?[\p{Lu}\p{N}])|(?<=[。！？])\s*/gu;
/** A token that reads as part of a title, a menu or a link list: a capital, or no letter at all. */
const CAPS_LIKE = /^[^\p{L}]*\p{Lu}|^[^\p{L}]*$/u;

export function isFlat(line: string, textLength: number): boolean {
  return line.length >= FLAT_LINE_MIN_CHARS && line.length >= textLength * FLAT_LINE_MIN_SHARE;
}

interface Piece {
  text: string;
  /** Stands as a block of its own (a run of capitalised words, the repeat of the title). */
  alone: boolean;
}

/** A sentence cut into pieces: each run of capitalised tokens apart from the prose around it. */
function cutCapsRuns(sentence: string, out: Piece[]): void {
  const tokens = sentence.split(' ');
  const caps = tokens.map((t) => CAPS_LIKE.test(t));
  let from = 0;
  let i = 0;
  while (i < tokens.length) {
    if (!caps[i]) {
      i++;
      continue;
    }
    // A run: capitalised tokens, a lone lower-case word allowed between two of them.
    let j = i + 1;
    while (j < tokens.length && (caps[j] || (j + 1 < tokens.length && caps[j + 1]))) j++;
    // Ended by prose (two lower-case words): its last capitalised words may open that sentence (a
    // name, "Taylor Swift's …"), so up to FLAT_OPENER_MAX of them stay with the prose.
    let end = j;
    if (j < tokens.length) end -= Math.max(0, Math.min(FLAT_OPENER_MAX, end - i - FLAT_CAPS_RUN_MIN));
    if (end - i >= FLAT_CAPS_RUN_MIN) {
      if (i > from) out.push({ text: tokens.slice(from, i).join(' '), alone: false });
      out.push({ text: tokens.slice(i, end).join(' '), alone: true });
      from = end;
    }
    i = j;
  }
  if (from < tokens.length) out.push({ text: tokens.slice(from).join(' '), alone: false });
}

/** The page title's separators from the site name ("Headline - Site", "Headline | Site"). */
const TITLE_SEPARATOR = / [-|–—:] /;
/** A title shorter than this (characters) is too common a string to look for. */
const TITLE_MIN_CHARS = 20;
/** The title's separator is looked for only this far into the line (characters). */
const TITLE_MAX_CHARS = 300;

/**
 * The page title that opens the line ("Headline - Site …"): where the separator after its headline
 * part ends, and where that headline stands again further on (the page's <h1>), if it does.
 */
function pageTitle(line: string): { sepEnd: number; repeat: { at: number; end: number } | null } | null {
  const sep = TITLE_SEPARATOR.exec(line.slice(0, TITLE_MAX_CHARS));
  if (!sep || sep.index < TITLE_MIN_CHARS) return null;
  const headline = line.slice(0, sep.index);
  const at = line.indexOf(headline, sep.index);
  return { sepEnd: sep.index + sep[0].length, repeat: at < 0 ? null : { at, end: at + headline.length } };
}

/** The blocks of a flattened line, in order, each trimmed and non-empty. */
export function splitFlat(line: string): string[] {
  const pieces: Piece[] = [];
  const title = pageTitle(line);
  const from = title ? title.sepEnd : 0;
  // The repeat of the title's headline stands alone, as it would on its own line.
  const repeat = title?.repeat ?? null;
  const prose = (span: string): void => {
    for (const sentence of span.split(SENTENCE_BREAK)) {
      const s = sentence.trim();
      if (s) cutCapsRuns(s, pieces);
    }
  };
  if (repeat) {
    prose(line.slice(from, repeat.at));
    pieces.push({ text: line.slice(repeat.at, repeat.end), alone: true });
    prose(line.slice(repeat.end));
  } else prose(line.slice(from));
  // The title keeps its separator and what follows it up to the prose (the site's name, its menu),
  // so that it still reads as a page title ("Headline - Site").
  if (title) {
    const head = line.slice(0, title.sepEnd);
    if (pieces[0]?.alone) pieces[0] = { text: head + pieces[0].text, alone: true };
    else pieces.unshift({ text: head, alone: true });
  }
  const blocks: string[] = [];
  let paragraph = '';
  const flush = (): void => {
    if (paragraph) blocks.push(paragraph);
    paragraph = '';
  };
  for (const p of pieces) {
    const text = p.text.trim();
    if (!text) continue;
    if (p.alone) {
      flush();
      blocks.push(text);
      continue;
    }
    paragraph = paragraph ? `${paragraph} ${text}` : text;
    if (paragraph.length >= FLAT_PARAGRAPH_CHARS) flush();
  }
  flush();
  return blocks;
}
