/**
 * matchDateline: a dateline standing alone or opening a paragraph.
 * Two shapes, tried in this order:
 * - `dateline/date-line`: a line that is only a date (with labels such as "Published", a weekday, a time
 *   and zone): "| 29 May 2024, Wednesday |", "Updated: 2024-06-03 09:15", "3 hours ago" (date null).
 * - `dateline/place`: an all-caps place, optionally a region, a date and an agency, then a dash (or
 *   a colon): "TOKYO -", "TOKYO (AP) —", "LONDON, June 3 (Reuters) -", "CLEVELAND, Ohio – The …",
 *   "NEW DELHI: The …".
 *   `dateline/agency`: the agency alone in parentheses opening a paragraph: "(Reuters) — The …".
 */
import type { Dateline, Source } from '../types.js';
import { type DateRef, dateLabel, findDateMentions, mayHoldDate, wordsBesideDates } from './dates.js';
import { FIELD_DEFAULTS } from './defaults.js';
import { AGENCY_ANY_PATTERN, agencyFor } from './vocab/agencies.js';
import { NOT_PLACES } from './vocab/places.js';
import { DATELINE_OUTLET_PATTERN, DATELINE_OUTLETS } from './vocab/outlets.js';
import { twoUpperFirst, upperFirst } from './chars.js';

export interface DatelineMatch {
  dateline: Dateline;
  ruleId: string;
  reason: string;
  rest: string;
  /** The wire agency named inside the dateline ("(AP)"), when one is. */
  credit: Source | null;
}

const DASH = '(?:-{1,2}|–|—|―)';
/** An all-caps place of one to four words: "TOKYO", "RIO DE JANEIRO", "ST. LOUIS", "N'DJAMENA". */
const PLACE = "(\\p{Lu}[\\p{Lu}.'’-]*(?:\\s+\\p{Lu}[\\p{Lu}.'’-]*){0,3})";
/** A region after the place: "Ohio", "Ont.", "N.Y.", "Calif.", "England" (one to three words). */
const REGION = "(?:,\\s*(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}))?";
/** A short date after the place: ", June 3", ", Nov. 19, 2019". */
const SHORT_DATE = '(?:,\\s*(\\p{L}{3,10}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+\\p{L}{3,10}\\.?(?:\\s+\\d{4})?))?';
/** An agency or an outlet in parentheses; a full stop may sit before the dash ("(EFE).-"). */
const AGENCY = `(?:\\s*\\((${AGENCY_ANY_PATTERN}|${DATELINE_OUTLET_PATTERN})\\)\\.?)?`;

/** After an all-caps place a colon serves as the dash too ("NEW DELHI: The …", the South Asian style). */
const PLACE_DATELINE = new RegExp(`^${PLACE}${REGION}${SHORT_DATE}${AGENCY}(?:\\s*${DASH}(?=\\s|$)|:(?=\\s|$))\\s*`, 'u');
/** A capitalised (not all-caps) place counts only with an agency after it: "Tokyo (Reuters) -". */
const TITLE_PLACE = "(\\p{Lu}\\p{Ll}+(?:[\\s-]\\p{Lu}\\p{Ll}+){0,2})";
export const TITLE_PLACE_DATELINE = new RegExp(`^${TITLE_PLACE}${REGION}${SHORT_DATE}\\s*\\((${AGENCY_ANY_PATTERN}|${DATELINE_OUTLET_PATTERN})\\)\\.?\\s*${DASH}(?=\\s|$)\\s*`, 'u');
export const AGENCY_DATELINE = new RegExp(`^\\((${AGENCY_ANY_PATTERN})\\)\\s*${DASH}\\s+`, 'u');

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** The credit in a dateline's parentheses: a wire agency, else an outlet credited as the publisher. */
function source(alias: string | undefined): Source | null {
  if (!alias) return null;
  const agency = agencyFor(alias);
  if (agency) return { name: agency.name, kind: 'wire' };
  return DATELINE_OUTLETS.includes(alias) ? { name: alias, kind: 'publisher' } : null;
}

/** A (trimmed) line that is nothing but a date (with its labels, weekday, time and zone). */
function matchDateLine(line: string, ref: DateRef): DatelineMatch | null {
  if (line.length > 120 || /^by\s/i.test(line) || !mayHoldDate(line)) return null;
  const mentions = findDateMentions(line, ref);
  if (mentions.length === 0) return null;
  const others = wordsBesideDates(line, mentions);
  if (others.length > FIELD_DEFAULTS.dateLineMaxOtherWords) return null;
  if (others.some((w) => /^by$/i.test(w))) return null;
  // A yearless "June 3" beside other words is too weak ("June 3 Concert"); alone it is a date line.
  if (mentions.every((m) => m.how === 'month-day' || m.how === 'ambiguous') && others.length > 0) return null;
  const published = mentions.find((m) => m.date && dateLabel(line, m) === 'published');
  const chosen = published ?? mentions.find((m) => m.date && dateLabel(line, m) !== 'updated') ?? mentions.find((m) => m.date) ?? mentions[0]!;
  const label = dateLabel(line, chosen);
  const read = chosen.date
    ? `${chosen.date} read from "${chosen.text}"${chosen.shiftedBy ? ` (UTC day of ${chosen.shiftedBy})` : ''}`
    : `no day (${chosen.how === 'relative' ? 'relative' : chosen.how === 'ambiguous' ? 'day and month ambiguous' : 'no year'}: "${chosen.text}")`;
  return {
    dateline: { text: line, place: null, date: chosen.date },
    ruleId: 'dateline/date-line',
    reason: `the line is ${label ? `a date labelled ${label}` : 'a standalone date'}, ${read}, with ${others.length} other word(s)`,
    rest: '',
    credit: null,
  };
}

function matchPlace(text: string, ref: DateRef): DatelineMatch | null {
  if (!upperFirst(text)) return null;
  // A capitalised place needs its agency in parentheses: most capitalised lines have none.
  const m = (twoUpperFirst(text) ? PLACE_DATELINE.exec(text) : null) ?? (text.includes('(') ? TITLE_PLACE_DATELINE.exec(text) : null);
  if (!m) return null;
  const [prefix, place, region, shortDate, agencyAlias] = m as unknown as [string, string, string?, string?, string?];
  if (!agencyAlias && !twoUpperFirst(place)) return null;
  const letters = place.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || place.length > FIELD_DEFAULTS.datelinePlaceMaxChars) return null;
  // "NEW" opens places ("NEW YORK", "NEW DELHI"): alone it is a label like the others.
  const words = place.split(/\s+/);
  if ((words.length > 1 && words[0] === 'NEW' ? words.slice(1) : words).some((w) => NOT_PLACES.has(w.replace(/[.'’-]/g, '')))) return null;
  const rest = text.slice(prefix.length).trim();
  // A colon dateline opens its paragraph: an all-caps line ending in a colon alone is a label ("KEY POINTS:").
  if (rest === '' && prefix.trimEnd().endsWith(':')) return null;
  const credit = source(agencyAlias);
  const restWords = wordCount(rest);
  // Without an agency or a date, only a bare "TOKYO -" or a real sentence after the dash makes a dateline.
  // A bare place needs three letters ("US - China talks" is a headline), and the text after it must read
  // as prose: enough words, ending like a sentence.
  if (!credit && !shortDate) {
    if (letters.length < 3) return null;
    if (rest !== '' && (restWords < FIELD_DEFAULTS.datelineMinRestWords || !/[.!?"”'’)…]$/u.test(rest))) return null;
  }
  if (rest !== '' && !/^[\p{Lu}\p{N}"“‘'(]/u.test(rest)) return null;
  const mention = shortDate ? findDateMentions(shortDate, ref)[0] : undefined;
  const date = mention?.date ?? null;
  const placeText = region ? `${place}, ${region}` : place;
  const parts = [`place "${placeText}"`];
  if (shortDate) parts.push(date ? `date ${date} from "${shortDate}"` : `date "${shortDate}" without a year`);
  if (credit) parts.push(`agency ${credit.name}`);
  return {
    dateline: { text: prefix.trim(), place, date },
    ruleId: 'dateline/place',
    reason: `${twoUpperFirst(place) ? 'an all-caps' : 'a capitalised'} ${parts.join(', ')} followed by a dash ${rest ? `opens ${restWords} words of text` : 'stands alone'}`,
    rest,
    credit,
  };
}

function matchAgencyOnly(text: string): DatelineMatch | null {
  const m = text.startsWith('(') ? AGENCY_DATELINE.exec(text) : null;
  if (!m) return null;
  const credit = source(m[1]);
  const rest = text.slice(m[0].length).trim();
  if (!credit || wordCount(rest) < FIELD_DEFAULTS.datelineMinRestWords) return null;
  return {
    dateline: { text: m[0].trim(), place: null, date: null },
    ruleId: 'dateline/agency',
    reason: `the paragraph opens with the agency credit "${m[0].trim()}" (${credit.name}) before ${wordCount(rest)} words of text`,
    rest,
    credit,
  };
}

/** The dateline a block is or opens with, or null. `ref.year` completes a yearless date. */
export function matchDateline(text: string, ref: DateRef = {}): DatelineMatch | null {
  if (typeof text !== 'string') return null;
  const line = text.trim();
  if (line === '') return null;
  return matchDateLine(line, ref) ?? matchPlace(line, ref) ?? matchAgencyOnly(line);
}
