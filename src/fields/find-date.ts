/**
 * findDate: the publication date. Sources, best first:
 * - `meta/published-date`: HTML metadata (JSON-LD datePublished, meta tags, <time>), published over modified;
 * - `dateline/date-line`, `dateline/place`, `dateline/byline-date`: a date line, dateline or byline date
 *   near the headline (a few blocks before, more after), "Published" preferred over "Updated";
 * - `meta/url-date`: a date in the page address (/2019/11/19/, 2019-11-19, /20191119/).
 * A date given with a time and zone is its UTC day (see dates.ts).
 */
import type { Block, PageMeta } from '../blocks/types.js';
import { matchByline } from './byline.js';
import { dateLabel, hasDigit, isoDay, findDateMentions, type DateRef } from './dates.js';
import { matchDateline } from './dateline.js';
import { FIELD_DEFAULTS } from './defaults.js';
import { pickHeadline } from './headline.js';
import { parsePageUrl } from './page-url.js';

export interface DatePick {
  index: number | null;
  date: string;
  text: string;
  ruleId: string;
  reason: string;
}

export interface FindDateOptions {
  /** The headline's block, when the caller already picked it (saves picking it again). */
  headlineIndex?: number | null;
  /** Numeric dates are read day first (see DateRef). */
  dayFirst?: boolean;
}

const URL_DATE = [
  /[/_-]((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$)/,
  /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/,
];

/** A date in the page address, e.g. /2019/11/19/ → 2019-11-19. */
export function urlDate(url: string | null): string | null {
  if (!url) return null;
  // The same page address is asked about again and again while one page is read.
  if (url !== lastUrl) {
    lastUrl = url;
    lastUrlDate = readUrlDate(url);
  }
  return lastUrlDate;
}

let lastUrl: string | null = null;
let lastUrlDate: string | null = null;

function readUrlDate(url: string): string | null {
  const path = parsePageUrl(url)?.pathname ?? url;
  for (const pattern of URL_DATE) {
    const m = pattern.exec(path);
    const day = m ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    if (day) return day;
  }
  return null;
}

/** Metadata dates keep the order they come in (the HTML stage puts its reconciled winner first);
 * only modified/updated dates move behind the others. */
function metaRank(from: string): number {
  return /modif|updat/i.test(from) ? 1 : 0;
}

interface Candidate {
  block: Block;
  date: string;
  /** The day as written, before a zone shift to UTC. */
  localDate: string;
  text: string;
  ruleId: string;
  label: 'published' | 'updated' | null;
  score: number;
  why: string;
}

/** A dated line near the headline, scored 0 (collect scores it); any short line with a full date
 * in it only with `datedLines`. */
function readBlock(block: Block, year: number | undefined, datedLines: boolean, dayFirst: boolean): Candidate | null {
  // Every date form that yields a day has a digit in it.
  if (block.text.length > 200 || !hasDigit(block.text)) return null;
  const text = block.text.trim();
  if (text.includes('\n')) return null;
  // An embedded post ("— Jane Doe (@jane) November 4, 2019") dates the post, not the article.
  if (text.includes('(@') && /\(@\w+\)/u.test(text)) return null;
  const ref: DateRef = year ? { year, dayFirst } : { dayFirst };
  const dl = matchDateline(text, ref);
  if (dl?.dateline.date) {
    const mention = findDateMentions(text, ref).find((m) => m.date === dl.dateline.date);
    return { block, date: dl.dateline.date, localDate: mention?.localDate ?? dl.dateline.date, text, ruleId: dl.ruleId, label: mention ? dateLabel(text, mention) : null, score: 0, why: dl.reason };
  }
  const by = matchByline(text);
  if (by?.rest) {
    const restLine = matchDateline(by.rest, ref);
    if (restLine?.dateline.date) {
      const mention = findDateMentions(by.rest, ref).find((m) => m.date === restLine.dateline.date);
      return { block, date: restLine.dateline.date, localDate: mention?.localDate ?? restLine.dateline.date, text, ruleId: 'dateline/byline-date',
        label: mention ? dateLabel(by.rest, mention) : null, score: 0, why: `a byline ("${by.byline}") carries the date: ${restLine.reason}` };
    }
  }
  // Any other short line near the headline with a full date in it ("Carlos Nadalim 27/09/2018 Comente!").
  if (datedLines && text.length <= FIELD_DEFAULTS.datedLineMaxChars) {
    const full = findDateMentions(text, ref).find((m) => m.date && m.how !== 'month-day');
    if (full) {
      return { block, date: full.date!, localDate: full.localDate ?? full.date!, text, ruleId: 'dateline/dated-line', label: dateLabel(text, full), score: 0,
        why: `the short line carries the date ${full.date} ("${full.text}")` };
    }
  }
  return null;
}

/** The year in a page address ("/2019/11/…"), to complete yearless dates. */
function urlYear(url: string | null): number | undefined {
  const m = url ? /\/((?:19|20)\d{2})\//.exec(url) : null;
  return m ? Number(m[1]) : undefined;
}

const COPYRIGHT_YEAR = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*[-–]\s*)?((?:19|20)\d{2})/iu;
/** What COPYRIGHT_YEAR needs, as a quick scan: no character folds to these letters under /iu but
 * themselves (only "s" and "k" have such), so plain /i finds every line it could match. */
const COPYRIGHT_SIGN = /©|\(c\)|copyright/i;

/** The year of the page's copyright line, the last resort for yearless dates ("Nov 18"). */
function copyrightYear(blocks: Block[]): number | undefined {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const text = blocks[i]!.text;
    if (text.length > 200) continue;
    // The year is digits: a line without one is passed over before any pattern runs.
    const m = hasDigit(text) && COPYRIGHT_SIGN.test(text) ? COPYRIGHT_YEAR.exec(text) : null;
    if (m) return Number(m[1]);
  }
  return undefined;
}

function collect(blocks: Block[], from: number, to: number, h: number | null, year: number | undefined, onlyDateLines: boolean, dayFirst: boolean): Candidate[] {
  const found: Candidate[] = [];
  for (let i = from; i < to; i++) {
    const c = readBlock(blocks[i]!, year, !onlyDateLines, dayFirst);
    if (!c) continue;
    const distance = h === null ? i - from : Math.abs(i - h);
    const kind = c.ruleId === 'dateline/dated-line' ? -1 : 0;
    const score = kind + (c.label === 'published' ? 3 : c.label === 'updated' ? -1 : 1) + (h !== null && i > h ? 1 : 0) - distance * 0.2;
    c.score = score;
    found.push(c);
  }
  return found;
}

/** The position in `blocks` of the (last) block with this index, or null. Asked twice per page: a
 * search, not a map of every block. */
function positionOf(blocks: Block[], index: number): number | null {
  for (let i = blocks.length - 1; i >= 0; i--) if (blocks[i]!.index === index) return i;
  return null;
}

export function findDate(blocks: Block[], meta: PageMeta, options: FindDateOptions = {}): DatePick | null {
  try {
    const stated = [...(meta.dates ?? [])].filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value)).sort((a, b) => metaRank(a.from) - metaRank(b.from));
    if (stated.length > 0) {
      const best = stated[0]!;
      const agree = stated.filter((d) => d.value === best.value).length;
      return { index: null, date: best.value, text: best.value, ruleId: 'meta/published-date',
        reason: `the page's metadata (${best.from}) states ${best.value}; ${agree} of ${stated.length} metadata dates agree` };
    }
    const fromUrl = urlDate(meta.url);
    const year = fromUrl ? Number(fromUrl.slice(0, 4)) : (urlYear(meta.url) ?? copyrightYear(blocks));
    const headline = options.headlineIndex !== undefined ? options.headlineIndex : (pickHeadline(blocks, meta)?.index ?? null);
    const h = headline === null ? null : positionOf(blocks, headline);
    const from = h === null ? 0 : Math.max(0, h - FIELD_DEFAULTS.dateWindowBefore);
    const to = h === null ? 0 : Math.min(blocks.length, h + FIELD_DEFAULTS.dateWindowAfter + 1);
    const dayFirst = options.dayFirst ?? false;
    let found = collect(blocks, from, to, h, year, false, dayFirst);
    let where = (i: number): string => `${Math.abs(i - h!)} block(s) from the headline`;
    if (found.length === 0) {
      // No headline, or nothing dated under it: the first date line in the first part of the page.
      const share = Math.ceil(blocks.length * FIELD_DEFAULTS.dateScanShare);
      found = collect(blocks, 0, share, null, year, true, dayFirst);
      where = () => `in the first ${share} blocks, none dated near the headline`;
    }
    if (found.length > 0) {
      const best = found.reduce((a, b) => (b.score > a.score ? b : a));
      const base = `${best.label ?? 'unlabelled'} date ${where(positionOf(blocks, best.block.index) ?? 0)} (${found.length} dated line(s) near it): ${best.why}`;
      // The address settles the day when the line's local day and its UTC day differ.
      if (fromUrl && best.date !== best.localDate && fromUrl === best.localDate) {
        return { index: best.block.index, date: fromUrl, text: best.text, ruleId: best.ruleId,
          reason: `${base}; the page address carries the local day ${fromUrl}, so that day is kept` };
      }
      // Only an update time near the headline: an earlier day in the address is the publication day.
      if (fromUrl && best.label === 'updated' && fromUrl < best.date) {
        return { index: null, date: fromUrl, text: meta.url!, ruleId: 'meta/url-date',
          reason: `the only date near the headline is an update (${best.date}, "${best.text}"); the page address carries the earlier ${fromUrl}` };
      }
      return { index: best.block.index, date: best.date, text: best.text, ruleId: best.ruleId, reason: base };
    }
    if (fromUrl) {
      return { index: null, date: fromUrl, text: meta.url!, ruleId: 'meta/url-date', reason: `no dated line near the headline; the page address carries ${fromUrl}` };
    }
    return null;
  } catch {
    return null;
  }
}
