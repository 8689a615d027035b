/**
 * Reading a page title: "Headline - Site", "Site | Headline", "Section | Headline - Site".
 * Shared by the headline picker (which looks for the title minus its site part) and the publisher
 * matcher (which looks for the site part standing alone).
 */
import { FIELD_DEFAULTS } from './defaults.js';
import { matchesOf } from './matches.js';
import { isSpace } from './trim.js';

/** The marks that separate a title's headline from its site or section parts. */
const SEPARATOR_MARKS = '-|–—·•»:';

/** The full-width bar Japanese and Chinese titles set between their parts, with or without spaces ("見出し｜毎日新聞"). */
const WIDE_BAR = '｜';

/** Separators between a title's headline and its site or section parts. */
// A match starts only where a space run starts (the lookbehind), which keeps the scan linear.
const TITLE_SEPARATOR = new RegExp(`(?<!\\s)\\s+(?:[${SEPARATOR_MARKS}]{1,2}|::)\\s+|(?<!\\s)\\s*${WIDE_BAR}\\s*`, 'gu');
/** A separator mark between spaces, or one ending the text ("Headline |"), or a full-width bar. */
const SITE_SEPARATOR = new RegExp(` [${SEPARATOR_MARKS}](?: |$)|${WIDE_BAR}`);

/** Whether splitTitle can find a separator in a title (every TITLE_SEPARATOR match holds one of these). */
const ANY_SEPARATOR = new RegExp(`\\s[${SEPARATOR_MARKS}]{1,2}\\s|${WIDE_BAR}`, 'u');
export const holdsSeparator = (title: string): boolean => ANY_SEPARATOR.test(title);

/** Whether a title names a site (or section) after a separator: "Headline - Site", "Headline |". */
export const namesSite = (title: string): boolean => SITE_SEPARATOR.test(title);

/** Whitespace runs as one space, ends trimmed. Most lines need no change, which one regex test tells cheaply. */
export const normalizeSpace = (s: string): string => (spacedOddly(s) ? s.replace(/\s+/gu, ' ').trim() : s);

/** Whitespace other than a plain space, two spaces in a row, or a space at an end. */
const ODD_SPACE = /[^\S ]| {2}|^ | $/;

/** Whether `s` has whitespace at an end, in a run, or other than a plain space. */
function spacedOddly(s: string): boolean {
  return ODD_SPACE.test(s);
}

export interface TitleParts {
  /** The title, whitespace-normalised. */
  full: string;
  /** Headline candidates, best first: the title minus its site suffix/prefix, then the longest part. */
  headlines: string[];
  /** The short end part that names the site ("WSJ", "The Guardian"), when there is one. */
  site: string | null;
}

/** A part short enough to name a site: few words (runs of non-space, as `split(/\s+/)` counts them). */
function isShortPart(part: string): boolean {
  let words = 0;
  for (let i = 0; i < part.length; i++) {
    if (!isSpace(part.charCodeAt(i)) && (i === 0 || isSpace(part.charCodeAt(i - 1))) && ++words > FIELD_DEFAULTS.publisherMaxWords) return false;
  }
  return true;
}

/** `full` from the start of part `from` to the end of part `to - 1` (parts lie between the separators `seps`). */
function cut(full: string, seps: RegExpExecArray[], from: number, to: number): string {
  const start = from === 0 ? 0 : seps[from - 1]!.index + seps[from - 1]![0].length;
  const end = to === seps.length + 1 ? full.length : seps[to - 1]!.index;
  return full.slice(start, end);
}

export function splitTitle(title: string): TitleParts {
  const full = normalizeSpace(title);
  const seps = matchesOf(TITLE_SEPARATOR, full);
  if (seps.length === 0) return { full, headlines: [full], site: null };
  const parts: string[] = [];
  let at = 0;
  for (const s of seps) {
    parts.push(full.slice(at, s.index));
    at = s.index + s[0].length;
  }
  parts.push(full.slice(at));
  const last = parts[parts.length - 1]!;
  const first = parts[0]!;
  const candidates: string[] = [];
  let site: string | null = null;
  if (isShortPart(last)) {
    site = last;
    // A section named after a bar between the headline and the site ("Headline | India News - Site",
    // "Headline | Transport | Site") goes too, first: the headline is what stands before it.
    const section = parts.length > 2 ? parts[parts.length - 2]! : null;
    if (section !== null && isShortPart(section) && seps[parts.length - 3]![0].trim() === '|') candidates.push(cut(full, seps, 0, parts.length - 2));
    candidates.push(cut(full, seps, 0, parts.length - 1));
  }
  if (isShortPart(first)) {
    site ??= first;
    candidates.push(cut(full, seps, 1, parts.length));
  }
  if (parts.length > 2) candidates.push(cut(full, seps, 1, parts.length - 1));
  candidates.push(...[...parts].sort((a, b) => b.length - a.length));
  candidates.push(full);
  return { full, headlines: [...new Set(candidates.filter((c) => c.trim()))], site };
}
