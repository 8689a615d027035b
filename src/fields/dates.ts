/**
 * Reading dates out of short text: every date expression in a string, with its span, the day it names
 * (ISO YYYY-MM-DD), and the time and zone next to it when given. A date with a time and a known zone is
 * read as its UTC day, the way pages' machine-readable dates state it. Pure functions; the one state
 * is a memo of the dated texts of the document being read (see READ), which never changes an answer.
 */
import { registerDocumentMemo } from '../caches.js';
import { dateOfDay, dayNumber, daysInMonth } from './calendar.js';
import { FIELD_DEFAULTS } from './defaults.js';
import { WEEKDAY_SET, foldKey, monthNumber } from './vocab/months.js';
import { holdsMonthWord } from './month-words.js';
import { ZONE_PATTERN, zoneOffset } from './vocab/timezones.js';
import { matchesAt, matchesOf } from './matches.js';
import { trimEndOf, trimStartOf } from './trim.js';
import { isAsciiAlnum } from './chars.js';

export interface DateMention {
  start: number;
  end: number;
  /** The exact text of the date expression (without the time). */
  text: string;
  /** YYYY-MM-DD (UTC day when a time and zone were given); null when relative, ambiguous or yearless. */
  date: string | null;
  /** The local day as written, before any zone shift. */
  localDate: string | null;
  /** How the date was read, for notes. */
  how: 'iso' | 'month-day-year' | 'day-month-year' | 'numeric' | 'month-day' | 'relative' | 'ambiguous';
  /** The time and zone found beside the date, as written, when the day was shifted by them. */
  shiftedBy: string | null;
}

export interface DateRef {
  year?: number;
  /** The page's language writes numeric dates day first ("04/02/2025" is 4 February): every
   * language with a stop-word list here but English, whose pages write either order. */
  dayFirst?: boolean;
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const ISO = /(?<![\d])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?![\d])/gu;
/** A year may run into the time after it, as some pages' text loses the space: "June 3, 20243:40 PM". */
export const MONTH_DAY_YEAR = /(?<![\p{L}\p{M}\d])([\p{L}\p{M}]{2,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(\d{4})(?!\d(?!\d?:\d{2}))/giu;
/** Sticky: read with matchesAt from each digit (every match starts with one), see there why. */
export const DAY_MONTH_YEAR = /(?<![\p{L}\d.])(\d{1,2})(?:st|nd|rd|th|\.|º|-(?=[\p{L}\p{M}]{2,12}-\d))?\s*(?:(?:de|of)\s+)?([\p{L}\p{M}]{2,12})(?:\.,?\s*|,?\s+|(?<=\d-[\p{L}\p{M}]{2,12})-)(?:de\s+)?(\d{4})(?!\d(?!\d?:\d{2}))/iuy;
export const DIGITS = /\d/g;
const NUMERIC = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[./-]\d)/gu;
/** Year first: "2019/11/19", "2019.11.19" (Korean and Chinese sites), "2019年11月19日", "2019년 11월 19일". */
const YEAR_MONTH_DAY_SLASH = /(?<![\d/.])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d/]|\.\d)/gu;
const YEAR_MONTH_DAY_CJK = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/gu;
export const MONTH_DAY = /(?<![\p{L}\p{M}\d])([\p{L}\p{M}]{2,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d]|\s*(?:,\s*)?\d{4})(?![\p{L}])/giu;
const RELATIVE = /(?<![\p{L}\p{N}])(?:(?:\d+|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|hour|hr|day|week|month|year)s?\s+ago|yesterday|just now|vor\s+\d+\s+(?:Minuten|Stunden|Tagen)|il y a\s+\d+\s+\p{L}+|hace\s+\d+\s+\p{L}+)(?![\p{L}])/giu;

/** A time beside a date: "4:12 p.m. ET", "10.41 BST", "11:03 PM", "1909 GMT", "9am". */
const TIME = new RegExp(
  String.raw`(?<![\d:.])(\d{1,2})(?:([:.])(\d{2})|(?=\s*[ap]\.?m\b)|(?=\d{2}\s*(?:GMT|UTC)\b)(\d{2}))(?::\d{2})?` +
    String.raw`\s*([ap])?\.?(?:m\.?)?\s*(?:\(?\b(${ZONE_PATTERN})\b\)?)?`,
  'giu',
);

/**
 * Between a date and a time after it: separators, then a word such as "at", then spaces. In two
 * steps (a separator run, then the rest anchored) so that the test stays linear: no word starts
 * with a separator character, so the longest separator run is the only split to try.
 */
const AFTER_DATE_LEAD = /^[\s,;|/•–—T-]*/iu;
const AFTER_DATE = /^(?:at|um|à|a las|às|alle|om|@)?[\s,]*$/iu;
/** The sign every month-name pattern needs (same flags as they have, so that "letter" means the same). */
const LETTER_SPACE_DIGIT = /[\p{L}\p{M}](?:[.-]|,?\s+|\.,?\s+)\d/iu;
const NOT_LETTER_OR_DIGIT = /^[^\p{L}\p{N}]$/u;
/** Between a time and the date after it: labels, a weekday or punctuation only. */
const BEFORE_DATE = /^[\s,;|/•–—-]*(?:\p{L}+\.?,?\s*)?$/u;

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO day or null when the parts are not a real date in range. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (!(year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12)) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Year, month and day of an ISO day "YYYY-MM-DD" (as isoDay writes it). */
const isoParts = (iso: string): [number, number, number] => [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];

function shiftDay(iso: string, minutes: number): string {
  const s = dateOfDay(dayNumber(...isoParts(iso)) + Math.floor(minutes / 1440));
  return `${s.year}-${pad(s.month)}-${pad(s.day)}`;
}

interface TimeFound {
  text: string;
  minutes: number;
  zone: string | null;
}

function readTime(m: RegExpExecArray): TimeFound | null {
  let hour = Number(m[1]);
  const minute = Number(m[3] ?? m[4] ?? 0);
  const meridiem = m[5]?.toLowerCase();
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return null;
  // A bare "10.41" with neither meridiem nor zone is too weak to be a time.
  if (!meridiem && !m[6] && m[2] !== ':') return null;
  return { text: m[0].trim(), minutes: hour * 60 + minute, zone: m[6] ?? null };
}

/** The time (with a zone) nearest the date, within a few characters before or after it. */
function timeNear(text: string, start: number, end: number): TimeFound | null {
  const window = 32;
  // Only the window around the date is searched, so many dates in one text stay linear.
  const offset = Math.max(0, start - window - 24);
  const near = text.slice(offset, end + window + 24);
  let best: { t: TimeFound; gap: number } | null = null;
  TIME.lastIndex = 0;
  for (let m = TIME.exec(near); m; m = TIME.exec(near)) {
    const mStart = m.index + offset;
    const mEnd = mStart + m[0].length;
    if (mEnd <= start && start - mEnd <= window) {
      // Before the date only what sits between may be labels, weekdays or punctuation.
      const between = text.slice(mEnd, start);
      if (!BEFORE_DATE.test(between)) continue;
    } else if (mStart >= end && mStart - end <= window) {
      const between = text.slice(end, mStart);
      if (!AFTER_DATE.test(between.slice(AFTER_DATE_LEAD.exec(between)![0].length))) continue;
    } else continue;
    const t = readTime(m);
    if (!t?.zone) continue;
    const gap = mStart >= end ? mStart - end : start - mEnd;
    if (!best || gap < best.gap) best = { t, gap };
  }
  return best?.t ?? null;
}

function utcDay(local: string, time: TimeFound | null): { date: string; shiftedBy: string | null } {
  if (!time?.zone) return { date: local, shiftedBy: null };
  const offset = zoneOffset(time.zone, ...isoParts(local));
  if (offset === null) return { date: local, shiftedBy: null };
  const shifted = shiftDay(local, time.minutes - offset);
  return { date: shifted, shiftedBy: shifted === local ? null : time.text };
}

function overlaps(found: DateMention[], start: number, end: number): boolean {
  return found.some((f) => start < f.end && end > f.start);
}

function push(found: DateMention[], text: string, m: RegExpExecArray, local: string | null, how: DateMention['how']): void {
  const start = m.index;
  const end = m.index + m[0].length;
  if (overlaps(found, start, end)) return;
  const base: DateMention = { start, end, text: m[0], date: local, localDate: local, how, shiftedBy: null };
  if (local && how !== 'month-day') Object.assign(base, utcDay(local, timeNear(text, start, end)));
  found.push(base);
}

/**
 * The dates of the document's texts read so far that may hold one, with the year that completed them. The
 * head's readers (headline, dateline, byline, date) ask about the same few dated lines of a page
 * again and again: on the benchmark's dumps about 11.5 readings of 4.9 distinct texts an article,
 * each costing several pattern searches. Only texts past `mayHoldDate` are kept, so the texts
 * hashed are the few that cost a reading. Emptied before each document (a document memo, see
 * caches.ts) and when full.
 */
const READ = new Map<string, { year: number | undefined; dayFirst: boolean; mentions: readonly DateMention[] }>();
const READ_MAX = 256;
registerDocumentMemo(() => READ.clear());

/**
 * Every date expression in `text`, in order. `ref.year` completes dates written without a year;
 * `ref.dayFirst` reads a numeric date of two possible orders day first.
 * The list may be shared with other callers (see READ): it is read, never changed.
 */
export function findDateMentions(input: string, ref: DateRef = {}): readonly DateMention[] {
  // Dates are read from short lines; a long text is read only as far as this bound.
  const text = input.length > FIELD_DEFAULTS.dateScanMaxChars ? input.slice(0, FIELD_DEFAULTS.dateScanMaxChars) : input;
  if (!mayHoldDate(text)) return NONE;
  const known = READ.get(text);
  const dayFirst = ref.dayFirst === true;
  if (known && known.year === ref.year && known.dayFirst === dayFirst) return known.mentions;
  const mentions = readMentions(text, ref);
  if (READ.size >= READ_MAX) READ.clear();
  READ.set(text, { year: ref.year, dayFirst, mentions });
  return mentions;
}

const NONE: readonly DateMention[] = Object.freeze([]);

/** Whether a month's name stands in `text` outside the dates `found` so far (none found: the
 * caller's holdsMonthWord has said so). */
const monthOutside = (text: string, found: readonly DateMention[]): boolean => found.length === 0 || holdsMonthWord(text, found);

/** The dates of `text` (findDateMentions after its checks). */
function readMentions(text: string, ref: DateRef): DateMention[] {
  const found: DateMention[] = [];
  // Each pattern runs only where its cheapest sign is present (this runs on many short lines).
  const hasYear = /\d{4}/.test(text);
  // The month-name patterns read a date only from a month's name, and all need a letter, then
  // spaces, then a digit ("Nov 19", "19 Nov 2019").
  const monthNamed = holdsMonthWord(text) && LETTER_SPACE_DIGIT.test(text);
  if (hasYear && text.includes('-')) for (const m of matchesOf(ISO, text)) {
    const local = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!local) continue;
    const start = m.index;
    let date = local;
    let shiftedBy: string | null = null;
    if (m[4] && m[6]) {
      const offset = m[6] === 'Z' ? 0 : (m[6][0] === '-' ? -1 : 1) * (Number(m[6].slice(1, 3)) * 60 + Number(m[6].slice(-2)));
      date = shiftDay(local, Number(m[4]) * 60 + Number(m[5]) - offset);
      if (date !== local) shiftedBy = m[0].slice(11);
    }
    found.push({ start, end: start + m[0].length, text: m[0], date, localDate: local, how: 'iso', shiftedBy });
  }
  if (hasYear && /\d{4}[/.]\d/.test(text)) for (const m of matchesOf(YEAR_MONTH_DAY_SLASH, text)) push(found, text, m, isoDay(Number(m[1]), Number(m[3]), Number(m[4])), 'iso');
  if (hasYear && /[年년]/u.test(text)) for (const m of matchesOf(YEAR_MONTH_DAY_CJK, text)) push(found, text, m, isoDay(Number(m[1]), Number(m[2]), Number(m[3])), 'iso');
  // Each month-name pattern runs only while a month's name stands outside the dates found so far
  // (a match over a found date is not kept); with none found yet, monthNamed has said so.
  if (hasYear && monthNamed && monthOutside(text, found)) for (const m of matchesOf(MONTH_DAY_YEAR, text)) {
    const month = monthNumber(m[1]!);
    if (month) push(found, text, m, isoDay(Number(m[3]), month, Number(m[2])), 'month-day-year');
  }
  if (hasYear && monthNamed && monthOutside(text, found)) for (const m of matchesAt(DAY_MONTH_YEAR, DIGITS, text)) {
    const month = monthNumber(m[2]!);
    if (month) push(found, text, m, isoDay(Number(m[3]), month, Number(m[1])), 'day-month-year');
  }
  if (/\d[./-]\d/.test(text)) for (const m of matchesOf(NUMERIC, text)) {
    const [a, sep, b] = [Number(m[1]), m[2], Number(m[3])];
    // A two-digit year ("11/18/19") is read only when the day cannot be a month, as 20YY.
    const short = m[4]!.length === 2;
    if (short && a <= 12 && b <= 12) continue;
    const year = short ? 2000 + Number(m[4]) : Number(m[4]);
    // "19.11.2019" is day-first everywhere it is written; with "/" or "-" only an impossible month decides.
    if (sep === '.' || a > 12) push(found, text, m, isoDay(year, b, a), 'numeric');
    else if (b > 12) push(found, text, m, isoDay(year, a, b), 'numeric');
    else if (a === b) push(found, text, m, isoDay(year, a, b), 'numeric');
    else if (ref.dayFirst && !short) push(found, text, m, isoDay(year, b, a), 'numeric');
    else if (!overlaps(found, m.index, m.index + m[0].length))
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0], date: null, localDate: null, how: 'ambiguous', shiftedBy: null });
  }
  if (monthNamed && monthOutside(text, found)) for (const m of matchesOf(MONTH_DAY, text)) {
    const month = monthNumber(m[1]!);
    if (!month || foldKey(m[1]!) === 'may' && m[1] === 'may') continue;
    const local = ref.year ? isoDay(ref.year, month, Number(m[2])) : null;
    if (ref.year && !local) continue;
    push(found, text, m, local, 'month-day');
  }
  if (mayHoldRelative(text)) for (const m of matchesOf(RELATIVE, text)) {
    if (!overlaps(found, m.index, m.index + m[0].length))
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0], date: null, localDate: null, how: 'relative', shiftedBy: null });
  }
  return found.sort((x, y) => x.start - y.start);
}

const ZONE_WORD = new RegExp(`^(?:${ZONE_PATTERN})$`, 'i');
/** The relative-date words RELATIVE needs one of. */
export const RELATIVE_WORD = /ago\b|yesterday|just now|\bvor\b|il y a|hace/iu;
/**
 * A piece of each of those words without "s" or "k" (the only ASCII letters that other characters
 * fold to under /iu: "ſ", "K"), case-insensitive without /u (which folds ASCII letters only): a
 * text holding none of them cannot match, and a case-insensitive Unicode alternation is slow to
 * run on every line. One scan of this pattern costs half a lower-cased copy searched six times.
 */
export const RELATIVE_PIECES = /ago|terday|t now|vor|il y a|hace/i;

function mayHoldRelative(text: string): boolean {
  return RELATIVE_PIECES.test(text) && RELATIVE_WORD.test(text);
}

const DIGIT = /\d/;

/** Whether `text` holds a digit (the regex scan is quicker than a loop over the characters). */
export function hasDigit(text: string): boolean {
  return DIGIT.test(text);
}

/** Cheap test before the date patterns run: a digit, or a relative-date word. */
export function mayHoldDate(text: string): boolean {
  return hasDigit(text) || mayHoldRelative(text);
}

/** Words that label a date line and carry no content of their own. */
const DATE_LABEL_WORDS = new Set([
  'published', 'posted', 'updated', 'update', 'modified', 'last', 'first', 'created', 'original', 'originally',
  'on', 'at', 'am', 'pm', 'a.m', 'p.m', 'date', 'time', 'and', 'uhr', 'um', 'le', 'el', 'de', 'del', 'à', 'a', 'las',
  'veröffentlicht', 'aktualisiert', 'stand', 'publié', 'mis', 'jour', 'publicado', 'actualizado', 'atualizado',
  'pubblicato', 'aggiornato', 'gepubliceerd', 'bijgewerkt', 'read', 'min', 'minute', 'minutes', 'edited',
]);

/** A word with an ASCII letter or digit at both ends has nothing to trim (most words). */
const alnumAtEnds = (w: string): boolean => isAsciiAlnum(w.charCodeAt(0)) && isAsciiAlnum(w.charCodeAt(w.length - 1));

/** The words of `text` that are neither dates, times, zones, weekdays nor date labels. */
export function wordsBesideDates(text: string, mentions: readonly DateMention[]): string[] {
  let rest = text;
  for (const m of [...mentions].reverse()) rest = rest.slice(0, m.start) + ' ' + rest.slice(m.end);
  rest = rest.replace(TIME, ' ');
  return rest
    .split(/[\s,;|/•·()[\]:–—-]+/u)
    .map((w) => (alnumAtEnds(w) ? w : trimEndOf(trimStartOf(w, NOT_LETTER_OR_DIGIT), NOT_LETTER_OR_DIGIT)))
    .filter((w) => w && !/^\d+$/.test(w))
    .filter((w) => {
      const k = w.toLowerCase();
      return !DATE_LABEL_WORDS.has(k) && !WEEKDAY_SET.has(foldKey(w)) && !ZONE_WORD.test(k);
    });
}

/** "published" or "updated" when a label stands just before the date (within 24 characters). */
export function dateLabel(text: string, mention: DateMention): 'published' | 'updated' | null {
  const before = text.slice(Math.max(0, mention.start - 24), mention.start).toLowerCase();
  if (/(updated|modified|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt)[^a-z]*$/.test(before))
    return 'updated';
  if (/(published|posted|created|original(?:ly)?|first|veröffentlicht|publié|publicado|pubblicato|gepubliceerd)[^a-z]*(?:(?:on|at)[^a-z]*)?$/.test(before))
    return 'published';
  return null;
}
