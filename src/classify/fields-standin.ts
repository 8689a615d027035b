/**
 * Minimal stand-ins for the field parsers of src/fields (same agreed signatures), used only until
 * the real ones land; src/classify/fields.ts chooses which module the block stage calls.
 */
import type { Block, PageMeta } from '../blocks/types.js';
import type { Dateline, Source } from '../types.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MON = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string | null =>
  m >= 1 && m <= 12 && d >= 1 && d <= 31 && y > 1900 && y < 2100 ? `${y}-${pad(m)}-${pad(d)}` : null;
const mon = (s: string): number => MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1;

export function parseDate(text: string, ref?: { year?: number }): string | null {
  let m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MON},? (\\d{4})\\b`, 'i').exec(text);
  if (m) return iso(+m[3], mon(m[2]), +m[1]);
  m = new RegExp(`\\b${MON} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'i').exec(text);
  if (m) return iso(+m[3], mon(m[1]), +m[2]);
  m = new RegExp(`\\b${MON} (\\d{1,2})\\b`, 'i').exec(text);
  if (m && ref?.year) return iso(ref.year, mon(m[1]), +m[2]);
  return null;
}

const DATE_LINE = new RegExp(`^[|\\s]*(?:(?:published|updated|posted|last updated)(?: on)?:?\\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s*)?(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2} ${MON},? \\d{4}|${MON} \\d{1,2},? \\d{4})[^.!?]{0,40}$`, 'i');
const PLACE = "([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})";
const WIRE_DATELINE = new RegExp(`^${PLACE}(?:, ${MON} \\d{1,2})?\\s*(?:\\((?:AP|AFP|Reuters|CP|UPI|dpa|Bloomberg)\\))?\\s*[-–—]\\s*`);

export function matchDateline(text: string, ref?: { year?: number }): { dateline: Dateline; ruleId: string; reason: string; rest: string } | null {
  if (text.length < 80 && DATE_LINE.test(text)) {
    const date = parseDate(text, ref);
    if (date) return { dateline: { text, place: null, date }, ruleId: 'dateline/date-line', reason: `a line that is a date (${date})`, rest: '' };
  }
  const m = WIRE_DATELINE.exec(text);
  if (m) {
    const rest = text.slice(m[0].length);
    return { dateline: { text: m[0].trim(), place: m[1], date: parseDate(m[0], ref) }, ruleId: 'dateline/place-prefix', reason: `an upper-case place "${m[1]}" before a dash`, rest };
  }
  return null;
}

const BYLINE = /^(?:by|written by|von|par|por)\s+([\p{Lu}][\p{L}.'’-]+(?:\s+(?:and\s+)?[\p{Lu}][\p{L}.'’-]+){0,6})(?:,\s*[^.]{0,60})?$/iu;
export function matchByline(text: string): { byline: string; ruleId: string; reason: string; rest: string } | null {
  const m = text.length < 120 ? BYLINE.exec(text) : null;
  return m ? { byline: text.replace(/^(?:by|written by)\s+/i, ''), ruleId: 'byline/by-line', reason: 'a line that opens with "By" and a name', rest: '' } : null;
}

const WIRES: [RegExp, string][] = [
  [/\breuters\b/i, 'Reuters'],
  [/\b(?:associated press|AP)\b/, 'The Associated Press'],
  [/\b(?:agence france-presse|AFP)\b/, 'AFP'],
  [/\bcanadian press\b/i, 'The Canadian Press'],
];
const CREDIT = /^(?:[•·—–-]\s*|with files from\s+|©\s*(?:\d{4}\s+)?|\(reporting by|copyright\s+(?:\d{4}\s+)?)/i;
export function matchCredit(text: string): { source: Source; ruleId: string; reason: string; rest: string } | null {
  if (text.length > 260) return null;
  const bare = text.replace(/^[•·—–\-\s]+/, '').replace(/^the\s+/i, '');
  for (const [re, name] of WIRES) {
    if (!re.test(text)) continue;
    if (CREDIT.test(text) || /^(?:reuters|associated press|afp|canadian press)$/i.test(bare)) {
      return { source: { name, kind: 'wire' }, ruleId: 'source/wire-credit', reason: `a credit line naming the agency ${name}`, rest: '' };
    }
  }
  return null;
}

const DOMAIN = /^([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|ca|co\.uk|org|net|news|de|fr|au|in|io|uk))$/iu;
export function matchPublisherLine(text: string, _ctx: { url: string | null; title: string | null }): { source: Source; ruleId: string; reason: string; rest: string } | null {
  const t = text.trim();
  return DOMAIN.test(t) ? { source: { name: t, kind: 'publisher' }, ruleId: 'source/site-name-line', reason: `a line that is a site name "${t}"`, rest: '' } : null;
}

export function pickHeadline(blocks: Block[], meta: PageMeta): { index: number | null; text: string; ruleId: string; reason: string } | null {
  if (meta.headlines.length) return { index: null, text: meta.headlines[0].value, ruleId: 'headline/meta', reason: `from ${meta.headlines[0].from}` };
  const title = blocks[0]?.text ?? '';
  const parts = [title, ...title.split(/\s+[|–—-]\s+|\s+::\s+/)].filter((p) => p.split(/\s+/).length >= 3);
  for (const p of parts) {
    const hit = blocks.find((b) => b !== blocks[0] && b.text.toLowerCase() === p.toLowerCase());
    if (hit) return { index: hit.index, text: hit.text, ruleId: 'headline/title-repeat', reason: 'a later block repeats the page title' };
  }
  for (let i = 1; i < blocks.length; i++) {
    const t = blocks[i].text;
    if (t.length < 100 || /[.!?]$/.test(t) === false) continue;
    for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
      const c = blocks[j].text;
      const words = c.split(/\s+/).length;
      if (words >= 3 && words <= 30 && !/[.:]$/.test(c) && !matchDateline(c)) return { index: blocks[j].index, text: c, ruleId: 'headline/title-line', reason: `a title-shaped line of ${words} words before the first prose` };
    }
    return null;
  }
  return null;
}

export function findDate(blocks: Block[], meta: PageMeta): { index: number | null; date: string; text: string; ruleId: string; reason: string } | null {
  for (const b of blocks.slice(0, 60)) {
    if (b.text.length > 120) continue;
    const date = parseDate(b.text);
    if (date) return { index: b.index, date, text: b.text, ruleId: 'dateline/date-line', reason: 'a short line holding a date' };
  }
  const m = /\/(\d{4})\/(\d{2})\/(\d{2})\//.exec(meta.url ?? '');
  const d = m ? iso(+m[1], +m[2], +m[3]) : null;
  return d ? { index: null, date: d, text: meta.url ?? '', ruleId: 'meta/url-date', reason: 'a date in the page address' } : null;
}

export function detectLanguage(_text: string): string | null {
  return null;
}
