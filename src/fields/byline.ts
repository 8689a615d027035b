/**
 * matchByline: the author line. Three shapes:
 * - `byline/by-line`: an opener and names: "By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press",
 *   "By Jane Doe | Reuters", "Posted by Michael David Smith on November 19, 2019";
 * - `byline/name-role`: names then a job title: "Jane Doe, Staff Reporter";
 * - `byline/name-date`: names then a date: "Chris Davies - Nov 19, 2019, 10:31 pm CST";
 * - `byline/names-by-date` (matchNamesAlone): names alone, read only beside the date line under a headline.
 * A date after the names is handed back as `rest` for the dateline parser. Prose never matches: the
 * names must be capitalised name tokens, and what follows them must be a role, an agency, a handle,
 * a date or nothing.
 */
import type { Source } from '../types.js';
import { findDateMentions } from './dates.js';
import { FIELD_DEFAULTS } from './defaults.js';
import { agencyFor, wireSource } from './vocab/agencies.js';
import { BYLINE_OPENERS, BYLINE_ROLES, NAME_JOINERS, NAME_PARTICLES, NOT_NAME_WORDS, OUTLET_WORDS } from './vocab/bylines.js';
import { WEEKDAY_SET, foldKey, monthNumber } from './vocab/months.js';
import { upperFirst } from './chars.js';
import { isSpace, trimEndOf } from './trim.js';

export interface BylineMatch {
  byline: string;
  ruleId: string;
  reason: string;
  rest: string;
  /** The wire agency named after the names ("…, Associated Press"), when one is. */
  credit: Source | null;
}

export const OPENER = new RegExp(`^(?:${[...BYLINE_OPENERS].sort((a, b) => b.length - a.length).join('|')})\\s*:?\\s+`, 'i');
/** The characters OPENER can match first: its words' first letters in either case (/i without /u
 * folds no other character to an ASCII letter). Most lines open otherwise and skip the pattern. */
export const OPENER_FIRST = new Set(BYLINE_OPENERS.flatMap((w) => [w[0]!.toLowerCase(), w[0]!.toUpperCase()]));
const ROLE = new RegExp(`(?<![\\p{L}])(?:${BYLINE_ROLES.join('|')})(?![\\p{L}])`, 'iu');
/** "for" before the outlet a writer filed for ("For Dailymail.com", "for The Washington Post"). */
const FOR_OUTLET = /^for\s+/iu;
const DATE_LABEL = /^(?:(?:last\s+)?updated|published|posted|on|am|le|el|il|op|am)\b[:\s]*/i;
const SEPARATOR = /^[\s,|•·–—/:-]+/u;
const JOINERS = new Set(NAME_JOINERS);
const OUTLET = new RegExp(`(?<![\\p{L}])(?:${OUTLET_WORDS.join('|')})(?![\\p{L}])|\\.(?:com|org|net|co\\.uk)\\b|^\\p{Lu}{2,}$`, 'iu');

/** One character of the classes trimmed from the ends of tokens (see trim.ts: linear, not `/[…]+$/`). */
const NAME_CLOSER = /^[,;|]$/u;
/** Whether a token ends with a NAME_CLOSER character (",", ";", "|"): most do not, and are not trimmed. */
const endsWithCloser = (token: string): boolean => {
  const c = token.charCodeAt(token.length - 1);
  return c === 44 || c === 59 || c === 124;
};
const DOT_OR_SPACE = /^[.\s]$/u;
const SEPARATOR_CHAR = /^[\s,|•·–—/:-]$/u;
const NON_SPACE_RUN = /\S+/gu;
const STAFF_WORD = /(?:writer|staff)$/i;
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
/** A possessive ending ("Smith's"), dropped before a word is looked up. */
const POSSESSIVE = /['’]s$/;
const NEXT_NAME = /^(?:and\s+)?\p{Lu}/u;
const TWO_CAPS_WORDS = /^\p{Lu}{2,}\s+\p{Lu}{2,}/u;
/**
 * Where each writer filed from, after an opener ("By Jane Doe in Kyiv and John Roe in Moscow", "Par
 * Jeanne Dupont, à Bruxelles"): a capitalised place of one to three words after "in" or "à", before
 * a comma, a joining word ("and", "et", "und", "y", "e") or the end. The places
 * are dropped before the names are read. Not in any line without an opener ("Climate Change in
 * Hawaii" is a headline): only after one, or beside the date line (matchNamesAlone).
 * (A match starts only after a non-space: a run of spaces is read once, not from each of its positions.)
 */
const IN_PLACE = /(?<=\S)\s+(?:in|à)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?=\s*[,;|]|\s+(?:and|&|et|und|y|e)\s|\s*$)/gu;

/** "Reuters staff" → "Reuters": a trailing "writer" or "staff" after a space is dropped. */
function withoutStaffWord(s: string): string {
  const m = STAFF_WORD.exec(s);
  if (!m) return s;
  const before = s.slice(0, m.index);
  return before !== before.trimEnd() ? before.trimEnd() : s;
}

/** Month names that are also given names or surnames ("June Smith", "Jan Jansen", "Maja Nowak", "Kasım Yılmaz",
 * "Marco Rossi": Portuguese "março" folds to "marco", "Julio Pérez", "Abril Díaz", "Avril Martin", "Mai Nguyen"). */
const GIVEN_NAMES_LIKE_MONTHS = /^(?:May|June|April|August|Jan|Maja|Nisan|Kasım|Ocak|Марта|Marco|Julio|Abril|Avril|Mai)$/u;

function isNameToken(word: string): boolean {
  if (NAME_PARTICLES.has(word)) return true;
  if (!NAME_WORD.test(word)) return false;
  const key = foldKey(POSSESSIVE.test(word) ? word.slice(0, -2) : word);
  if (NOT_NAME_WORDS.has(key) || WEEKDAY_SET.has(key)) return false;
  if (monthNumber(word) && word.length > 2 && !GIVEN_NAMES_LIKE_MONTHS.test(word)) return false;
  if (/^(?:updated|published|posted)$/i.test(word)) return false;
  return true;
}

interface NamesRead {
  names: string[];
  /** Offset in `text` just past the last name. */
  end: number;
}

/** Close the name whose tokens are `current` (emptied) into `names`; false when they are no name. */
function closeName(current: string[], names: string[]): boolean {
  if (current.length === 0) return true;
  if (current.length > FIELD_DEFAULTS.bylineNameMaxTokens || NAME_PARTICLES.has(current[0]!)) return false;
  // A name printed twice ("Sean Martin Sean Martin", a visually hidden duplicate) counts once.
  const half = current.length / 2;
  const doubled = Number.isInteger(half) && current.slice(0, half).join(' ') === current.slice(half).join(' ');
  names.push((doubled ? current.slice(0, half) : current).join(' '));
  current.length = 0;
  return true;
}

/** Read names joined by "and", "&" or commas from the start of `text`. */
function readNames(text: string): NamesRead | null {
  const names: string[] = [];
  const current: string[] = [];
  let end = 0;
  // Token by token: the reading stops at the first token that is no name, mostly within a few.
  NON_SPACE_RUN.lastIndex = 0;
  for (let word = NON_SPACE_RUN.exec(text); word; word = NON_SPACE_RUN.exec(text)) {
    const raw = word[0];
    const start = word.index;
    const bare = endsWithCloser(raw) ? trimEndOf(raw, NAME_CLOSER) : raw;
    if (JOINERS.has(bare.toLowerCase()) && current.length > 0) {
      if (!closeName(current, names)) return null;
      continue;
    }
    if (!isNameToken(bare)) break;
    current.push(bare);
    end = start + bare.length;
    if (raw !== bare) {
      // A comma closes a name; what follows is another name only when it is not a role or an agency.
      if (!closeName(current, names)) return null;
      const next = text.slice(start + raw.length).split(/[,|]/u)[0]!.trim();
      if (!raw.endsWith(',') || ROLE.test(next) || agencyFor(next) || !NEXT_NAME.test(next)) break;
      if (OUTLET.test(next) && !TWO_CAPS_WORDS.test(next)) break;
    }
  }
  if (!closeName(current, names) || names.length === 0) return null;
  return { names, end };
}

interface TailRead {
  /** Set when only an affiliation follows the names; trusted only after an opener. */
  affiliation?: string;
  /** Set when a weekday with no label stands before the date; trusted only after an opener. */
  openerOnly?: boolean;
  /** Set when the affiliation stands before a labelled date, which vouches for it without an opener. */
  dated?: boolean;
  ok: boolean;
  rest: string;
  role: string | null;
  credit: Source | null;
}

/** An outlet of one to four words, a separator, then a date's label: "CBC News · Posted:". */
const OUTLET_THEN_LABEL = /^(\S+(?: \S+){0,3}) [|•·–—-] (?:(?:last )?updated|published|posted)\s?:?$/iu;

/** Where a writer files from, after the outlet and a dash: " — Rio de Janeiro", " - São Paulo". */
const DASH_PLACE = /\s[—–-]\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|do|da|dos|das|del|di|la|el|le)\s+)?\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** A place or desk in parentheses: capitalised, no digit, at most 60 characters. */
const PARENTHESISED_DESK = /^\((\p{Lu}[^()\d]{0,60}?)\)$/u;

/** Judge what follows the names: nothing, a role, an agency, a handle or a date. */
function readTail(tail: string): TailRead {
  let t = tail.replace(SEPARATOR, '').trim();
  t = t.replace(/^(?:@\w+\s*)+/u, '').replace(SEPARATOR, '').trim();
  if (t === '') return { ok: true, rest: '', role: null, credit: null };
  const agency = wireSource(trimEndOf(t, DOT_OR_SPACE));
  if (agency) return { ok: true, rest: '', role: null, credit: agency };
  // Where the writer files from, or the desk, in parentheses ("(Bruxelles, bureau européen)",
  // "(Brussels)"): an affiliation, trusted only after an opener.
  const inParens = PARENTHESISED_DESK.exec(t);
  if (inParens) return { ok: true, rest: '', role: null, credit: null, affiliation: inParens[1]! };
  const dates = findDateMentions(t);
  const dateStart = dates.length ? dates[0]!.start : -1;
  const before = trimEndOf(dateStart >= 0 ? t.slice(0, dateStart) : t, SEPARATOR_CHAR);
  const beforeWords = before.split(/\s+/u).filter(Boolean);
  // A label, or the weekday the date reader leaves out ("on Monday, November 18th, 2019"). A
  // weekday with no label is trusted only after an opener ("By Jane Doe, Wednesday, 20 November
  // 2019"): without one, "Jane Doe, Sunday, Nov. 17, 2019, in Las Vegas" is a caption's.
  const unlabelled = before.replace(DATE_LABEL, '').trim();
  const weekday = unlabelled !== '' && WEEKDAY_SET.has(foldKey(trimEndOf(unlabelled, SEPARATOR_CHAR)));
  const labelOnly = before !== '' && (unlabelled === '' || weekday);
  if (dateStart === 0 || (dateStart > 0 && labelOnly)) return { ok: true, rest: t, role: null, credit: null, openerOnly: weekday && unlabelled === before };
  // The outlet between the names and a labelled date, each set off by a separator: "Jane Doe · CBC
  // News · Posted: Jun 03, 2024" (the date vouches for the line without an opener).
  const outletThenLabel = dateStart > 0 ? OUTLET_THEN_LABEL.exec(before) : null;
  if (outletThenLabel && outletThenLabel[1]!.split(/\s+/u).every((w) => /^[\p{Lu}\d]/u.test(w))) {
    return { ok: true, rest: t.slice(dateStart), role: null, credit: wireSource(outletThenLabel[1]!), affiliation: outletThenLabel[1]!, dated: true };
  }
  if (beforeWords.length <= 6 && !/[.!?]$/u.test(before) && ROLE.test(before)) {
    const credit = wireSource(withoutStaffWord(before.replace(ROLE, '')).trim());
    return { ok: true, rest: dateStart > 0 ? t.slice(dateStart) : '', role: before, credit };
  }
  // A short capitalised affiliation after a separator ("By Jill Disis, CNN Business"), or after
  // "for" ("By Jane Doe For Dailymail.com"): only after an opener.
  // The outlet may be followed by where the writer files from, after a dash ("g1 — Rio de Janeiro"),
  // and may be a lower-case brand with a digit or a dot ("g1", "uol.com.br").
  const forOutlet = FOR_OUTLET.exec(before);
  const named = forOutlet ? before.slice(forOutlet[0].length) : before;
  const affiliation = named.replace(DASH_PLACE, '');
  const outlet = affiliation.split(/\s+/u).filter(Boolean);
  if ((forOutlet || /^[\s]*[,|•·–—/-]/u.test(tail)) && outlet.length > 0 && outlet.length <= 4 && dateStart < 0 && outlet.every((w) => /^[\p{Lu}\d]|[\d.]/u.test(w))) {
    return { ok: true, rest: '', role: null, credit: null, affiliation };
  }
  return { ok: false, rest: t, role: null, credit: null };
}

function describe(names: string[], tail: TailRead): string {
  const parts = [`${names.length} name(s) (${names.map((n) => `"${n}"`).join(', ')})`];
  if (tail.role) parts.push(`role "${tail.role}"`);
  if (tail.affiliation) parts.push(`affiliation "${tail.affiliation}"`);
  if (tail.credit) parts.push(`agency ${tail.credit.name}`);
  if (tail.rest) parts.push(`a date left as rest`);
  return parts.join(', ');
}

/** The byline a block is, or opens with, or null. */
export function matchByline(text: string): BylineMatch | null {
  return typeof text === 'string' ? readByline(text) : null;
}

/** The marks a line may open with before its byline ("• By Jane Doe"), dropped with the spaces after. */
const LEADING_MARK = /^[•·*–—-]\s*/u;
const LEADING_MARK_CODES = new Set([...'•·*–—-'].map((c) => c.charCodeAt(0)));
/** The separators one of which a byline without an opener needs after its names (1 per code unit: a
 * table, since shapeOf looks up every unit of a line until it finds one). */
const SEPARATOR_UNIT = new Uint8Array(0x10000);
for (const c of ',|•·–—/-') SEPARATOR_UNIT[c.charCodeAt(0)] = 1;

interface LineShape {
  /** Whitespace runs plus one, as `split(/\s+/u).length` counts them. */
  words: number;
  /** Whether one of SEPARATOR_UNIT stands in the line. */
  separator: boolean;
}

/**
 * What the first tests ask of a (trimmed) line, in one scan: null when it holds a line break or
 * more than `maxWords` words, which no byline does (this rejects every paragraph the reader is
 * asked about, most after a few words), else its words and whether it holds a separator.
 * (Exported for the test that holds it to the tests it stands for.)
 */
export function shapeOf(line: string, maxWords: number): LineShape | null {
  let words = 1;
  let inSpace = false;
  let separator = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10 || (!inSpace && ++words > maxWords)) return null;
      inSpace = true;
      continue;
    }
    inSpace = false;
    if (SEPARATOR_UNIT[c] === 1) separator = true;
  }
  return { words, separator };
}

/** Words a line of names alone may hold at most ("María García Pérez and John Roe"). */
const NAMES_ALONE_MAX_WORDS = 8;

/**
 * A line that is only names ("María García", "Jane Doe and John Roe"), each of two name tokens or
 * more: a byline only where its position says so, beside the date line under the headline (the
 * caller's part, see findHead). Where each filed from is dropped ("Jane Doe in Kyiv", the Guardian's
 * style). Known false positive: a short title-case kicker there ("Climate Crisis", "Climate Change in
 * Hawaii"); the caller passes over one whose words the story writes in lower case.
 */
export function matchNamesAlone(text: string): BylineMatch | null {
  if (typeof text !== 'string') return null;
  const line = text.trim();
  if (line === '' || !upperFirst(line) || !shapeOf(line, 2 * NAMES_ALONE_MAX_WORDS)) return null;
  // An agency alone is a credit, not a name; an opener makes it the byline reader's.
  if (agencyFor(line) || (OPENER_FIRST.has(line[0]!) && OPENER.test(line))) return null;
  // Where each writer filed from goes, as after an opener ("Jane Doe in Kyiv", the Guardian's style).
  const bare = line.includes(' in ') ? line.replace(IN_PLACE, '') : line;
  if (!shapeOf(bare, NAMES_ALONE_MAX_WORDS)) return null;
  const read = readNames(bare);
  if (!read || bare.slice(read.end).trim() !== '') return null;
  // An agency after the last name, with no separator ("Tom Davies Associated Press"), credits the story.
  const last = read.names.length - 1;
  const split = agencyAtEnd(read.names[last]!);
  const names = split ? [...read.names.slice(0, last), split.name] : read.names;
  if (names.some((n) => !n.includes(' '))) return null;
  const byline = names.length === 1 ? names[0]! : split ? bare.slice(0, bare.lastIndexOf(split.name) + split.name.length) : bare;
  const credit = split ? split.credit : null;
  return { byline, ruleId: 'byline/names-by-date', reason: `the line is ${names.length} name(s) alone (${names.map((n) => `"${n}"`).join(', ')})${bare !== line ? ' with where they filed from' : ''}${credit ? ` and the agency ${credit.name}` : ''} beside the date line`, rest: '', credit };
}

/** The names a picked byline holds ("Jane Doe and John Roe" → both), read as the byline reader reads them. */
export function namesOfByline(byline: string): string[] {
  return readNames(byline)?.names ?? [];
}

/** The agency a name's last one to three words spell, and the name before them ("Tom Davies Associated Press"). */
function agencyAtEnd(name: string): { name: string; credit: Source } | null {
  const words = name.split(' ');
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    const credit = wireSource(words.slice(-k).join(' '));
    if (credit) return { name: words.slice(0, -k).join(' '), credit };
  }
  return null;
}

/** A job title's last word, singular or plural ("editor", "correspondents"): the one-word roles. */
const ROLE_LAST = new RegExp(`^(?:${BYLINE_ROLES.filter((r) => !r.includes(' ')).join('|')})s?$`, 'u');
/** Words a job title after the names holds at most ("Chief political correspondent"). */
const TITLE_MAX_WORDS = 4;
const LOWER_WORD = /^\p{Ll}/u;
/** Small words no job title holds, which a sentence does ("Become a contributor"). */
const NOT_IN_TITLE = /^(?:a|an|the|to|of|for|and|or|in|on|at|by|is|are|be|our|your)$/u;

/** Words a job title on a line of its own holds at most ("Senior political correspondent @janedoe"). */
const ROLE_LINE_MAX_WORDS = 6;

/**
 * A line that is only a writer's job title, with a handle after it maybe: "News reporter @janedoe",
 * "Political correspondent", as sites set it under the names (the names are the caller's part).
 */
export function isRoleLine(text: string): boolean {
  if (typeof text !== 'string') return false;
  const line = text.trim();
  if (line === '' || !upperFirst(line) || /[.!?]$/u.test(line) || line.includes('\n')) return false;
  const words = line.toLowerCase().split(/\s+/u);
  while (words.length > 1 && words[words.length - 1]!.startsWith('@')) words.pop();
  // "Letters to the editor" is a heading: a job title holds no article or preposition but "of" ("Head of news").
  return words.length <= ROLE_LINE_MAX_WORDS && ROLE_LAST.test(words[words.length - 1]!) && !words.some((w) => w !== 'of' && NOT_IN_TITLE.test(w));
}

/**
 * Names, then a job title in sentence case with no separator between, as the Guardian sets them:
 * "Fiona Harvey Environment editor", "Jane Doe and John Roe Political correspondents". The title
 * is its capitalised first word and the lower-case words after it, the last a role; the names
 * before it must read whole, each of two tokens or more. (Title case, "Jane Doe Staff Reporter",
 * is not read: where the names end is not told.)
 */
function namesThenTitle(line: string, words: number): BylineMatch | null {
  if (words < 4 || words > NAMES_ALONE_MAX_WORDS + TITLE_MAX_WORDS) return null;
  // The last word first, cut without splitting the line: most lines end in no role.
  let from = line.length;
  while (from > 0 && !isSpace(line.charCodeAt(from - 1))) from--;
  if (!ROLE_LAST.test(line.slice(from))) return null;
  const tokens = line.split(/\s+/u);
  let k = tokens.length - 1;
  while (k > 0 && LOWER_WORD.test(tokens[k - 1]!)) if (NOT_IN_TITLE.test(tokens[--k]!)) return null;
  const open = k - 1;
  if (open < 2 || tokens.length - open > TITLE_MAX_WORDS || !upperFirst(tokens[open]!)) return null;
  const namesText = tokens.slice(0, open).join(' ');
  const read = readNames(namesText);
  if (!read || read.end !== namesText.length || read.names.some((n) => !n.includes(' '))) return null;
  const role = tokens.slice(open).join(' ');
  const byline = read.names.length === 1 ? read.names[0]! : namesText;
  return { byline, ruleId: 'byline/name-role', reason: `${describe(read.names, { ok: true, rest: '', role, credit: null })} without an opener or a separator (a title in sentence case)`, rest: '', credit: null };
}

function readByline(text: string): BylineMatch | null {
  const trimmed = text.trim();
  const line = LEADING_MARK_CODES.has(trimmed.charCodeAt(0)) ? trimmed.replace(LEADING_MARK, '') : trimmed;
  if (line === '') return null;
  const shape = shapeOf(line, FIELD_DEFAULTS.bylineMaxWords);
  if (!shape) return null;
  const opener = OPENER_FIRST.has(line[0]!) ? OPENER.exec(line) : null;
  if (!opener && !shape.separator && upperFirst(line)) return namesThenTitle(line, shape.words);
  // Without an opener a byline needs a separator after the names and few words in all.
  if (!opener && (!shape.separator || shape.words > 14 || !upperFirst(line))) return null;
  const afterOpener = opener ? line.slice(opener[0].length) : line;
  const body = opener && (afterOpener.includes(' in ') || afterOpener.includes(' à ')) ? afterOpener.replace(IN_PLACE, '') : afterOpener;
  const read = readNames(body);
  if (!read) return null;
  const names = read.names;
  // A single bare token after "By" must be followed by something that shows it is a name.
  const tailText = body.slice(read.end);
  const tail = readTail(tailText);
  if (!tail.ok || (!opener && ((tail.affiliation && !tail.dated) || tail.openerOnly))) return null;
  const written = body.slice(0, read.end).trim();
  const byline = names.length === 1 ? names[0]! : written;
  const oneToken = names.length === 1 && !names[0]!.includes(' ');
  if (opener) {
    const agency = oneToken ? wireSource(names[0]!) : null;
    if (agency) tail.credit = agency;
    else if (oneToken && tailText.trim() === '' && !/^by\s/.test(line)) return null;
    return { byline, ruleId: 'byline/by-line', reason: `"${opener[0].trim()}" opens ${describe(names, tail)}`, rest: tail.rest, credit: tail.credit };
  }
  if (names.some((n) => !n.includes(' '))) return null;
  if (tail.role || tail.credit) return { byline, ruleId: 'byline/name-role', reason: `${describe(names, tail)} without an opener`, rest: tail.rest, credit: tail.credit };
  if (tail.rest && /^[\s]*[,|•·–—-]/u.test(tailText)) {
    return { byline, ruleId: 'byline/name-date', reason: `${describe(names, tail)}, set off by a separator`, rest: tail.rest, credit: null };
  }
  return null;
}
