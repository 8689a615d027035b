/**
 * matchCredit: a wire agency's credit, standing alone or closing the last paragraph. Each form has
 * its own rule id:
 * - `source/wire-line`: "• Reuters", "— The Associated Press", "-AFP", "(AP)", "Source: Reuters";
 * - `source/files-from`: "With files from The Canadian Press", "Additional reporting by Reuters";
 * - `source/reporting-credit`: "(Reporting by …; Editing by …)" — Reuters' house form, so it names Reuters;
 * - `source/copyright`: "© 2024 Reuters", "Copyright 2024 The Associated Press. All rights reserved.";
 * - `source/contributed`: "The Associated Press contributed to this report.";
 * - `source/trailing-credit`: a credit closing a paragraph ("… said. — Reuters"); `rest` keeps the paragraph.
 * Short agency forms that are ambiguous in prose ("AP", "CP") count only in a credit's position.
 */
import type { Source } from '../types.js';
import { FIELD_DEFAULTS } from './defaults.js';
import { AGENCY_ALIAS_PATTERN, AGENCY_ALIAS_WORDS, AGENCY_ANY_PATTERN, AGENCY_ANY_WORDS, agencyFor } from './vocab/agencies.js';
import { isSpace } from './trim.js';

export interface CreditMatch {
  source: Source;
  ruleId: string;
  reason: string;
  rest: string;
}

const MARK = '[•·*–—―-]';
const ANY = AGENCY_ANY_PATTERN;
const ALIAS = AGENCY_ALIAS_PATTERN;

/** Each entry: a rule id, the pattern over the whole (trimmed) block, and how to name the agency. */
const WHOLE_LINE: { ruleId: string; pattern: RegExp; what: string }[] = [
  { ruleId: 'source/wire-line', what: 'a marked agency credit', pattern: new RegExp(`^${MARK}+\\s*(${ANY})\\s*\\.?$`, 'u') },
  { ruleId: 'source/wire-line', what: 'an agency credit in parentheses', pattern: new RegExp(`^\\(\\s*(${ANY})\\s*\\)\\.?$`, 'u') },
  { ruleId: 'source/wire-line', what: 'an agency name alone on its line', pattern: new RegExp(`^(${ALIAS})\\.?$`, 'u') },
  { ruleId: 'source/wire-line', what: 'a "Source:" credit', pattern: new RegExp(`^(?:Source|Quelle|Fuente|Fonte)\\s*(?::\\s*)?(${ANY})\\.?$`, 'iu') },
  {
    ruleId: 'source/files-from', what: 'a "with files from" credit',
    pattern: new RegExp(`^(?:[-–—]\\s*)?\\(?(?:With|Additional|Includes)\\s+(?:files|reporting|contributions?|material|information)\\s+(?:from|by)\\s+(?:[^.;()]*?\\b)?(${ANY})\\b[^;()]*?\\)?\\.?$`, 'iu'),
  },
  {
    ruleId: 'source/copyright', what: 'a copyright line',
    pattern: new RegExp(`^(?:©|\\(c\\)|Copyright)\\s*(?:©\\s*)?(?:\\d{4}\\s*(?:,\\s*)?)?(${ANY})(?:\\s*(?:,\\s*)?\\d{4})?\\.?(?:\\s+All rights reserved\\.?)?(?:\\s+This material may not be [^]*)?$`, 'iu'),
  },
  {
    ruleId: 'source/contributed', what: 'a "contributed to this report" credit',
    pattern: new RegExp(`^(${ALIAS})(?:\\s+(?:writers?|reporters?|correspondents?|staff)\\b(?:[^.]*?\\S)?)?\\s+contributed(?:\\s+reporting)?\\s+to\\s+this\\s+(?:report|story|article)\\.?$`, 'u'),
  },
];

/**
 * The characters a whole-line credit can open with: each pattern above starts with a mark, "(",
 * "©", "The", an alias, or a word of its own ("Source", "With", "Copyright"…; under /iu "s" also
 * matches "ſ"). A line opening otherwise is no whole-line credit, and the patterns are not run.
 */
const WHOLE_LINE_FIRST = new Set([
  ...'•·*–—―-(©Tt', ...'sSſqQfFwWaAiIcC', ...AGENCY_ALIAS_WORDS.map((w) => w[0]!),
]);

/** Reuters' "(Reporting by …; Editing by …)" credit, whole or closing a paragraph. */
// Spans bounded (a credit is a sentence, not a page): unbounded, each "Reporting by" start rescanned the rest.
const REPORTING = /\(?\b(?:Reporting|Additional reporting|Writing) by [^()]{0,300}?(?:;|\band\b)\s{0,20}(?:(?:Additional reporting|Writing|Editing)(?: by)?)\b[^()]{0,300}\)?\.?$/u;
const TRAILING = new RegExp(`(?<=[.!?"”’)])\\s*(?:${MARK}+\\s*|\\(\\s*)(${ANY})\\s*\\)?\\.?$`, 'u');

/** The words REPORTING cannot match without ("Reporting by", "Additional reporting by", "Writing by"),
 * behind the piece all three share, so that most paragraphs are scanned once. */
const mayReport = (text: string): boolean => text.includes('ing by ') && (text.includes('eporting by ') || text.includes('Writing by '));

/** Whether `text` ends as TRAILING needs: an agency name, then spaces, one ")" and one "." at most. */
function endsWithAgency(text: string): boolean {
  let end = text.length;
  if (text.charCodeAt(end - 1) === 46) end--; // "."
  if (text.charCodeAt(end - 1) === 41) end--; // ")"
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  const words = AGENCY_WORDS_BY_LAST.get(text.charCodeAt(end - 1));
  return words !== undefined && words.some((w) => text.endsWith(w, end));
}

/** The agency words by their last character (most paragraphs end in a letter no agency ends in). */
const AGENCY_WORDS_BY_LAST = new Map<number, string[]>();
for (const w of AGENCY_ANY_WORDS) {
  const last = w.charCodeAt(w.length - 1);
  AGENCY_WORDS_BY_LAST.set(last, [...(AGENCY_WORDS_BY_LAST.get(last) ?? []), w]);
}

function named(alias: string): Source | null {
  const agency = agencyFor(alias);
  return agency ? { name: agency.name, kind: 'wire' } : null;
}

/** The wire credit a block is, or ends with, or null. */
export function matchCredit(text: string): CreditMatch | null {
  if (typeof text !== 'string') return null;
  // No answers are kept (unlike the other readers): on the benchmark only one line in seven is
  // asked twice, and keying every line cost more than reading the repeats again.
  return readCredit(text);
}

function readCredit(text: string): CreditMatch | null {
  const block = text.trim();
  if (block === '') return null;
  if (block.length <= FIELD_DEFAULTS.creditMaxChars && !block.includes('\n')) {
    if (WHOLE_LINE_FIRST.has(block[0]!)) for (const { ruleId, pattern, what } of WHOLE_LINE) {
      const m = pattern.exec(block);
      const source = m ? named(m[1]!) : null;
      if (source) return { source, ruleId, reason: `the line is ${what} naming ${source.name} ("${m![1]}")`, rest: '' };
    }
    const reporting = mayReport(block) ? REPORTING.exec(block) : null;
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
  const tail = block.slice(tailStart);
  // Each pattern runs only where the words it needs are present.
  const found = mayReport(tail) ? REPORTING.exec(tail) : null;
  const reporting = found ? Object.assign(found, { index: found.index + tailStart }) : null;
  if (reporting && reporting.index > 0 && reporting[0].startsWith('(') && /[.!?"”’]\s*$/u.test(block.slice(0, reporting.index))) {
    return {
      source: { name: 'Reuters', kind: 'wire' },
      ruleId: 'source/trailing-credit',
      reason: `the paragraph closes with a ${reporting[0].length}-character "Reporting by …" credit, the house form of Reuters`,
      rest: block.slice(0, reporting.index).trimEnd(),
    };
  }
  const trailingInTail = endsWithAgency(tail) ? TRAILING.exec(tail) : null;
  const trailing = trailingInTail ? Object.assign(trailingInTail, { index: trailingInTail.index + tailStart }) : null;
  if (trailing && trailing.index > 0) {
    const source = named(trailing[1]!);
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
