/**
 * matchDateThenByline: a date line that goes on with the byline, opened by its word and with no
 * separator before it: "Publicado em 14/06/2024 - 15:20 Por Ana Souza - Repórter da Agência
 * Brasil", "Updated June 3, 2024 at 4:12 p.m. By Jane Doe". The part before the opener must read
 * as a whole date line (a date, no place), the part from it as a byline.
 */
import { matchByline, type BylineMatch } from './byline.js';
import { hasDigit, type DateRef } from './dates.js';
import { matchDateline, type DatelineMatch } from './dateline.js';
import { BYLINE_OPENERS } from './vocab/bylines.js';

export interface DateBylineMatch {
  date: DatelineMatch;
  byline: BylineMatch;
}

/** A line longer than this is prose, not a date and a byline. */
const MAX_CHARS = 200;

/** Openers that also join words inside a line ("14 de junho", "de São Paulo", "di Roma"). */
const JOINING = new Set(['de', 'di']);

/**
 * An opener inside the line: after a space, before one space and a capital. One space on either
 * side and no quantifier, so the search is linear on long runs of spaces.
 */
const OPENER_INSIDE = new RegExp(
  `\\s(?:${BYLINE_OPENERS.filter((w) => !JOINING.has(w) && !w.includes(':')).sort((a, b) => b.length - a.length).join('|')}):?\\s(?=\\p{Lu})`,
  'iu',
);

export function matchDateThenByline(text: string, ref: DateRef = {}): DateBylineMatch | null {
  // Every date that gives a day holds a digit: most lines have none and are not searched.
  if (typeof text !== 'string' || text.length > MAX_CHARS || !hasDigit(text)) return null;
  const line = text.trim();
  const opener = OPENER_INSIDE.exec(line);
  if (!opener || opener.index === 0) return null;
  const date = matchDateline(line.slice(0, opener.index), ref);
  if (!date || date.rest !== '' || date.dateline.place !== null || date.dateline.date === null) return null;
  const byline = matchByline(line.slice(opener.index + 1));
  if (!byline) return null;
  return { date, byline: { ...byline, reason: `${byline.reason}, after the date on a date line` } };
}
