/**
 * matchCredit: a wire agency's credit, standing alone or closing the last paragraph. Each form has
 * its own rule id:
 * - `source/wire-line`: "• Reuters", "— The Associated Press", "-AFP", "(AP)", "Source: Reuters";
 * - `source/files-from`: "With files from The Canadian Press", "Additional reporting by Reuters";
 * - `source/reporting-credit`: "(Reporting by …; Editing by …)" — Reuters' house form, so it names Reuters;
 * - `source/copyright`: "© 2024 Reuters", "Copyright 2024 The Associated Press. All rights reserved.";
 * - `source/contributed`: "The Associated Press contributed to this report.";
 * - `source/trailing-credit`: a credit closing a paragraph ("… said. — Reuters"); `rest` keeps the paragraph;
 * - `source/originally-published`: a republication credit naming the first publisher ("This article
 *   was originally published on The Conversation."): kind `publisher`, or `wire` for an agency.
 * Short agency forms that are ambiguous in prose ("AP", "CP") count only in a credit's position.
 */
import type { Source } from '../types.js';
import { FIELD_DEFAULTS } from './defaults.js';
import { AGENCY_ALIAS_PATTERN, AGENCY_ALIAS_WORDS, AGENCY_ANY_PATTERN, AGENCY_ANY_WORDS, sourceNamed, wireSource } from './vocab/agencies.js';
import { isSpace } from './trim.js';

export interface CreditMatch {
  source: Source;
  ruleId: string;
  reason: string;
  rest: string;
}

/** The marks before a credit (a bullet, a dash), as characters and as a class. */
const MARK_CHARS = '•·*–—―-';
const MARK = `[${MARK_CHARS}]`;
const ANY = AGENCY_ANY_PATTERN;
const ALIAS = AGENCY_ALIAS_PATTERN;

/** A rights notice before a copyright line, in the languages of the agencies' sites. */
const RIGHTS_FIRST = '(?:(?:riproduzione riservata|all rights reserved|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten)\\.? ?)?';

/** A writer's initials in a credit line (lower case, two to four letters: "mes", "lkw"). */
const INITIAL_LETTERS = 'abcdefghijklmnopqrstuvwxyzäöüß';
const INITIALS = `[${INITIAL_LETTERS}]{2,4}`;

/** The first characters of an agency alias, with the "T" and "t" of an optional leading "The". */
const ALIAS_FIRST = `Tt${AGENCY_ALIAS_WORDS.map((w) => w[0]!).join('')}`;

/**
 * Each entry: a rule id, the pattern over the whole (trimmed) block, how to name the agency, and
 * `opens`: every character the pattern can match first (a mark, "(", "©", the "T" of "The", an
 * alias's first letter, or a word of its own: "Source", "With", "Copyright"…; under /iu "s" also
 * matches "ſ"). A line opening otherwise is not tried against the pattern: most lines open with
 * a letter that only one or two of the patterns can. `gate`, where given, is a cheap test every
 * line the pattern matches passes (its fixed words), run first: the patterns hold every agency name,
 * and a line opening with "c", "s" or "w" reaches one of them far more often than it is a credit.
 * (Exported for the tests that check `opens` and `gate`.)
 */
export const WHOLE_LINE: { ruleId: string; pattern: RegExp; what: string; opens: string; gate?: RegExp }[] = [
  { ruleId: 'source/wire-line', what: 'a marked agency credit', opens: MARK_CHARS, pattern: new RegExp(`^${MARK}+\\s*(${ANY})\\s*\\.?$`, 'u') },
  { ruleId: 'source/wire-line', what: 'an agency credit in parentheses', opens: '(', pattern: new RegExp(`^\\(\\s*(${ANY})\\s*\\)\\.?$`, 'u') },
  { ruleId: 'source/wire-line', what: 'an agency name alone on its line', opens: ALIAS_FIRST, pattern: new RegExp(`^(${ALIAS})\\.?$`, 'u') },
  { ruleId: 'source/wire-line', what: 'a "Source:" credit', opens: 'sSſqQfF', gate: /^(?:Source|Quelle|Fuente|Fonte)/iu, pattern: new RegExp(`^(?:Source|Quelle|Fuente|Fonte)\\s*(?::\\s*)?(${ANY})\\.?$`, 'iu') },
  {
    ruleId: 'source/files-from', what: 'a "with files from" credit', opens: '-–—(wWaAiI',
    gate: /^(?:[-–—]\s*)?\(?(?:With|Additional|Includes)\s/iu,
    // The lookahead first checks what the credit's end allows (no ";", "(" or ")" but a closing
    // one): without it, a line with many agency-like words before a ";" was tried word by word,
    // each time to its end (quadratic; the ReDoS test found such a line). The spaces before it end
    // at a non-space, so they are never given back one by one to run the lookahead again.
    pattern: new RegExp(`^(?:[-–—]\\s*)?\\(?(?:With|Additional|Includes)\\s+(?:files|reporting|contributions?|material|information)\\s+(?:from|by)\\s+(?=\\S)(?=[^;()]*\\)?\\.?$)(?:[^.;()]*?\\b)?(${ANY})\\b[^;()]*?\\)?\\.?$`, 'iu'),
  },
  {
    // German and Swiss papers' credit: the writer's initials and the agencies, between slashes
    // ("mes/dpa/AFP", "dpa/afp/epd", "(AFP/lkw)"). It names its first agency.
    ruleId: 'source/wire-line', what: 'a credit of initials and agencies between slashes', opens: `(${INITIAL_LETTERS}${AGENCY_ANY_WORDS.map((w) => w[0]!).join('')}`,
    // The gate: a slash anywhere (a literal search, several times cheaper than any anchored test of
    // the line's first word, and this rule's first characters are those of most lines).
    gate: /\//,
    pattern: new RegExp(`^\\(?(?:${INITIALS} ?\\/ ?){0,3}?(${ANY})(?: ?\\/ ?(?:${ANY}|${INITIALS})){0,4}\\)?\\.?$`, 'u'),
  },
  {
    // A rights notice may stand first ("Riproduzione riservata © Copyright ANSA", Italian agencies' form).
    ruleId: 'source/copyright', what: 'a copyright line', opens: '©(cCrRaAtT', gate: new RegExp(`^${RIGHTS_FIRST}(?:©|\\(c\\)|Copyright)`, 'iu'),
    pattern: new RegExp(`^${RIGHTS_FIRST}(?:©|\\(c\\)|Copyright)\\s*(?:(?:©|Copyright)\\s*)?(?:\\d{4}\\s*(?:,\\s*)?)?(${ANY})(?:\\s*(?:,\\s*)?\\d{4})?\\.?(?:\\s+All rights reserved\\.?)?(?:\\s+This material may not be [^]*)?$`, 'iu'),
  },
  {
    ruleId: 'source/contributed', what: 'a "contributed to this report" credit', opens: ALIAS_FIRST, gate: /\scontributed\s/u,
    pattern: new RegExp(`^(${ALIAS})(?:\\s+(?:writers?|reporters?|correspondents?|staff)\\b(?:[^.]*?\\S)?)?\\s+contributed(?:\\s+reporting)?\\s+to\\s+this\\s+(?:report|story|article)\\.?$`, 'u'),
  },
];

/** The whole-line patterns a line may match, by its first character (code unit). */
const WHOLE_LINE_BY_FIRST = new Map<number, typeof WHOLE_LINE>();
for (const entry of WHOLE_LINE) {
  for (const c of new Set(entry.opens)) {
    const code = c.charCodeAt(0);
    WHOLE_LINE_BY_FIRST.set(code, [...(WHOLE_LINE_BY_FIRST.get(code) ?? []), entry]);
  }
}

const NO_ENTRIES: typeof WHOLE_LINE = [];

/** A republication credit: "This story was originally published by ProPublica.", "Originally appeared in Vox". */
// The name: up to seven capitalised words (small joining words between them) or a domain name.
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{N}'’.&-]*";
/** (Exported for the test that holds `mayRepublish` to it.) */
export const REPUBLISHED = new RegExp(
  `^(?:[Tt]h(?:is|e) (?:article|story|post|piece)(?: was| is| has been)? )?(?:[Oo]riginally|[Ff]irst) (?:published|appeared|ran) (?:on|in|by|at) (?:the )?` +
    `(${NAME_WORD}(?: (?:of|the|and|for|on|&|${NAME_WORD})){0,6}|[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+)(?: (?:website|site|web site))?\\.?$`,
  'u',
);
/** A "Source:" credit naming the publisher beside unnamed agencies, Al Jazeera's house form: "Source: Al Jazeera and news agencies". */
export const SOURCE_AND_AGENCIES = new RegExp(`^Sources?\\s?: (${NAME_WORD}(?: ${NAME_WORD}){0,4}) (?:and|with) (?:news )?agencies\\.?$`, 'u');
/** What REPUBLISHED can open with: the "T", "O" or "F" of "This", "The", "Originally", "First", in either case. */
export const mayRepublish = (c: number): boolean => c === 84 || c === 116 || c === 79 || c === 111 || c === 70 || c === 102;
const HAS_DIGIT = /\d/;

/** Reuters' "(Reporting by …; Editing by …)" credit, whole or closing a paragraph. */
// Spans bounded (a credit is a sentence, not a page): unbounded, each "Reporting by" start rescanned the rest.
const REPORTING = /\(?\b(?:Reporting|Additional reporting|Writing) by [^()]{0,300}?(?:;|\band\b)\s{0,20}(?:(?:Additional reporting|Writing|Editing)(?: by)?)\b[^()]{0,300}\)?\.?$/u;
const TRAILING = new RegExp(`(?<=[.!?"”’)])\\s*(?:${MARK}+\\s*|\\(\\s*)(${ANY})\\s*\\)?\\.?$`, 'u');

/** How REPORTING's match opens, after its optional "(". */
const REPORTING_OPENERS = ['Reporting by ', 'Additional reporting by ', 'Writing by '];
function opensReport(text: string, at: number): boolean {
  const c = text.charCodeAt(at); // "R", "A", "W": the openers' first letters, checked before the words
  if (c !== 82 && c !== 65 && c !== 87) return false;
  for (const opener of REPORTING_OPENERS) if (text.startsWith(opener, at)) return true;
  return false;
}

/** Whether REPORTING can match `line` from its first character, as a whole-line credit must. */
const mayReportWhole = (line: string): boolean => opensReport(line, line.charCodeAt(0) === 40 ? 1 : 0); // "("

/**
 * Whether REPORTING's match in the tail of `text` from `from` can open with "(", as a trailing credit's must: an opener
 * right after a "(". Parentheses are rare in prose, so most paragraphs are passed over by one
 * scan for "(" (a scan for the openers themselves cost more than the pattern's other steps).
 */
function mayReportInParens(text: string, from: number): boolean {
  for (let k = text.indexOf('(', from); k >= 0; k = text.indexOf('(', k + 1)) if (opensReport(text, k + 1)) return true;
  return false;
}

/** Whether the tail of `text` from `from` ends as TRAILING needs: an agency name, then spaces,
 * one ")" and one "." at most. */
function endsWithAgency(text: string, from: number): boolean {
  let end = text.length;
  if (end > from && text.charCodeAt(end - 1) === 46) end--; // "."
  if (end > from && text.charCodeAt(end - 1) === 41) end--; // ")"
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  const words = end > from ? AGENCY_WORDS_BY_LAST.get(text.charCodeAt(end - 1)) : undefined;
  if (words === undefined) return false;
  for (const w of words) if (end - w.length >= from && text.endsWith(w, end)) return true;
  return false;
}

/** The agency words by their last character (most paragraphs end in a letter no agency ends in). */
const AGENCY_WORDS_BY_LAST = new Map<number, string[]>();
for (const w of AGENCY_ANY_WORDS) {
  const last = w.charCodeAt(w.length - 1);
  AGENCY_WORDS_BY_LAST.set(last, [...(AGENCY_WORDS_BY_LAST.get(last) ?? []), w]);
}

/** The wire credit a block is, or ends with, or null. */
export function matchCredit(text: string): CreditMatch | null {
  if (typeof text !== 'string') return null;
  // No answers are kept, here or in the other readers: on the benchmark only one line in seven is
  // asked twice, and keying every line cost more than reading the repeats again. (The dateline,
  // date and byline readers kept theirs until paired runs of the plain-text bench without them read
  // 0.93–1.09×: no gain beyond the noise, for a cache and its state.)
  return readCredit(text);
}

function readCredit(text: string): CreditMatch | null {
  const block = text.trim();
  if (block === '') return null;
  if (block.length <= FIELD_DEFAULTS.creditMaxChars && !block.includes('\n')) {
    for (const { ruleId, pattern, what, gate } of WHOLE_LINE_BY_FIRST.get(block.charCodeAt(0)) ?? NO_ENTRIES) {
      if (gate && !gate.test(block)) continue;
      const m = pattern.exec(block);
      const source = m ? wireSource(m[1]!) : null;
      if (source) return { source, ruleId, reason: `the line is ${what} naming ${source.name} ("${m![1]}")`, rest: '' };
    }
    const republished = mayRepublish(block.charCodeAt(0)) ? REPUBLISHED.exec(block) : null;
    // The first publisher's name, not a date ("originally published on June 3, 2024").
    if (republished && !HAS_DIGIT.test(republished[1]!)) {
      // A name word may hold dots ("U.S."), so the sentence's own full stop can end up in it.
      const name = republished[1]!.endsWith('.') ? republished[1]!.slice(0, -1) : republished[1]!;
      const source = sourceNamed(name);
      return { source, ruleId: 'source/originally-published', reason: `the line is a republication credit naming the first publisher, ${source.name} ("${name}")`, rest: '' };
    }
    const withAgencies = block.charCodeAt(0) === 83 ? SOURCE_AND_AGENCIES.exec(block) : null; // "S"
    if (withAgencies) {
      const source = sourceNamed(withAgencies[1]!);
      return { source, ruleId: 'source/wire-line', reason: `the line is a "Source:" credit naming ${source.name} beside unnamed news agencies`, rest: '' };
    }
    const reporting = mayReportWhole(block) ? REPORTING.exec(block) : null;
    if (reporting && reporting.index === 0) {
      return {
        source: { name: 'Reuters', kind: 'wire' },
        ruleId: 'source/reporting-credit',
        reason: 'the line is a "Reporting by …; Editing by …" credit, the house form of Reuters',
        rest: '',
      };
    }
  }
  // A trailing credit sits at the paragraph's end: only its last characters are searched.
  const tailStart = Math.max(0, block.length - FIELD_DEFAULTS.creditTailChars);
  // Each pattern runs only where the words it needs are present (the tail is cut only then).
  const found = mayReportInParens(block, tailStart) ? REPORTING.exec(block.slice(tailStart)) : null;
  const reporting = found ? Object.assign(found, { index: found.index + tailStart }) : null;
  if (reporting && reporting.index > 0 && reporting[0].startsWith('(') && /[.!?"”’]\s*$/u.test(block.slice(0, reporting.index))) {
    return {
      source: { name: 'Reuters', kind: 'wire' },
      ruleId: 'source/trailing-credit',
      reason: `the paragraph closes with a ${reporting[0].length}-character "Reporting by …" credit, the house form of Reuters`,
      rest: block.slice(0, reporting.index).trimEnd(),
    };
  }
  const trailingInTail = endsWithAgency(block, tailStart) ? TRAILING.exec(block.slice(tailStart)) : null;
  const trailing = trailingInTail ? Object.assign(trailingInTail, { index: trailingInTail.index + tailStart }) : null;
  if (trailing && trailing.index > 0) {
    const source = wireSource(trailing[1]!);
    if (source) {
      return {
        source,
        ruleId: 'source/trailing-credit',
        reason: `the paragraph closes with the agency credit "${trailing[0].trim()}" (${source.name})`,
        rest: block.slice(0, trailing.index).trimEnd(),
      };
    }
  }
  return null;
}
