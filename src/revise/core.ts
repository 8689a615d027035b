/**
 * The article's core: the headline and the fields around it (dateline, byline) before the main
 * run, the lead paragraphs, and the end marker after the body (a wire credit, a site-name line or a
 * copyright line). Field parsing itself lives in src/fields; this pass decides where to look.
 */
import type { Block, DocContext } from '../blocks/types.js';
import { findDate, findDateMentions, isRoleLine, matchByline, matchCredit, matchDateline, matchDateThenByline, matchNamesAlone, matchPublisherLine, pickHeadline, titleSite, type BylineMatch, type DatelineMatch, type DateRef } from '../classify/fields.js';
import { isFirm, isOff, type Work } from '../classify/types.js';
import { COPYRIGHT_LINE } from '../rules/offtopic.js';
import { SETTINGS as S } from '../rules/settings.js';
import type { Note, Source } from '../types.js';
import type { Region } from './region.js';

export interface Core {
  headline: string | null;
  headlineIndex: number | null;
  /** Content words of the headline and lead paragraphs. */
  topic: Set<string>;
  /** Index of the end marker block, or null. */
  endMarker: number | null;
  date: { date: string; text: string; ruleId: string; reason: string; index: number | null } | null;
  /** The source the page title names, set only when no block names one (plain text). */
  titleSource: { source: Source; note: Note } | null;
}

const pick = (w: Work, label: 'headline' | 'dateline' | 'byline' | 'source', ruleId: string, reason: string): void => {
  w.quality = 'bad';
  w.decision = { label, ruleId, reason };
  w.keptText = '';
};

/**
 * A part the readers cut out of the block's text as the rules read it (`w.text`), as the page has
 * it (`w.raw`): no-break spaces were read as plain ones, one character for one, so the part stands
 * at the same place in both.
 */
function asThePageHasIt(w: Work, part: string): string {
  if (w.raw === undefined) return part;
  const at = w.text.indexOf(part);
  return at >= 0 ? w.raw.slice(at, at + part.length) : part;
}

/** The part of `text` that is not `rest` (a matched prefix or suffix). */
export function cutOut(text: string, rest: string): string {
  if (text.endsWith(rest)) return text.slice(0, text.length - rest.length).trim();
  if (text.startsWith(rest)) return text.slice(rest.length).trim();
  return text;
}

export type HeadlinePick = { index: number | null; text: string; ruleId: string; reason: string } | null;

/**
 * Headline, then dateline and byline lines between it and the first paragraph, or opening it.
 * The headline comes first, before the main run is known: it anchors where the article starts.
 */
export function chooseHeadline(works: Work[], ctx: DocContext): HeadlinePick {
  if (isOff(ctx.disabled, 'headline')) return null;
  // Blocks the vocabulary already called chrome or spam are no headline candidates (the first
  // block stays: in a text dump it is the page title, which names the headline; a title such as
  // "Headline | Site" also reads as a breadcrumb).
  // A block is read as the rules read it: without a spam suffix the first pass cut off.
  const candidates: Block[] = [];
  for (let i = 0; i < works.length; i++) {
    const w = works[i];
    if (i === 0 || !isFirm(w.decision.ruleId)) candidates.push(w.parts.length && w.text !== w.block.text ? { ...w.block, text: w.text } : w.block);
  }
  let h = pickHeadline(candidates, ctx.meta);
  // A dump that opens with a control instead of the title (a skip link, a cookie prompt): the
  // control is no headline, and the lines under it are read without it.
  const opener = works[0]?.decision.ruleId;
  if (h && h.index === 0 && opener !== undefined && isFirm(opener) && opener !== 'chrome/breadcrumb') h = pickHeadline(candidates.slice(1), ctx.meta);
  return h && !isOff(ctx.disabled, h.ruleId) ? h : null;
}

/**
 * The byline a date line opens with, before a bar: "Jane Doe · CBC News · Posted: Jun 03, 2024 4:12
 * PM EDT | Last Updated: June 3" (the part before the bar, a byline with its date).
 */
function bylineBeforeBar(text: string): BylineMatch | null {
  const bar = text.indexOf(' | ');
  if (bar < 0) return null;
  const b = matchByline(text.slice(0, bar));
  return b && b.rest !== '' ? { ...b, reason: `${b.reason}, before a bar on a date line` } : null;
}

/** The block is the byline; an agency after the names ("By Jane Doe, Associated Press") credits the story as a credit line would. */
function pickByline(w: Work, b: BylineMatch): void {
  pick(w, 'byline', b.ruleId, b.reason);
  takeByline(w, b);
}

/** The block carries the byline (and the agency after it); what the block is, is decided apart. */
function takeByline(w: Work, b: BylineMatch): void {
  w.byline = b.byline;
  if (b.credit) w.source ??= b.credit;
}

/** A line's parts, cut at a separator between spaces ("Jun 3, 2024 | By Jane Doe"); no quantifier, so linear on long runs of spaces. */
const LINE_PARTS = /\s[|•·]\s/u;

/**
 * The byline a date line names after a separator ("Jun 3, 2024 | By Jane Doe", "February 1, 2019 |
 * BY: Jane Doe, RDN"): read from a part after the first, when the first holds a date.
 */
function bylineAfterDate(text: string): BylineMatch | null {
  if (!LINE_PARTS.test(text)) return null;
  const parts = text.split(LINE_PARTS).map((p) => p.trim());
  if (!findDateMentions(parts[0]!).some((m) => m.date)) return null;
  for (let k = 1; k < parts.length; k++) {
    const b = matchByline(parts[k]!);
    if (b && b.rest === '') return { ...b, reason: `${b.reason}, after the date on a date line` };
  }
  return null;
}

/** Chrome verdicts the head's readers look past: for want of prose, a menu line, or a breadcrumb's
 * shape, which a byline with its outlet after a bar has too ("By Jane Smith | Fox News"). */
const READ_IN_HEAD = new Set(['chrome/not-prose', 'chrome/menu', 'chrome/breadcrumb']);

/** Whether the head's readers read the block: body, or chrome only of the kinds above. */
function readInHead(w: Work): boolean {
  if (w.decision.label === 'body') return true;
  return w.decision.label === 'chrome' && READ_IN_HEAD.has(w.decision.ruleId);
}

/** Controls (share and save buttons) a line of names may stand past, beside the date line. */
const NAMES_PAST_CONTROLS = 3;

/**
 * A line of names alone just above or below the date line, between the headline and the first
 * paragraph, is the byline ("María García" over "Madrid - 03 jun 2024 - 14:05 CEST"), also past
 * share and save buttons between them ("3 June 2024", "Share", "Save", "Jane Doe").
 */
function pickNamesBesideDate(works: Work[], dateLineAt: number, from: number, region: Region, headlineIndex: number | null): void {
  // The line beside it, past the controls the vocabulary named between them ("Share", "Save").
  const beside = (step: 1 | -1): number => {
    let j = dateLineAt + step;
    for (let skipped = 0; skipped < NAMES_PAST_CONTROLS && j > 0 && j < works.length && isFirm(works[j].decision.ruleId); skipped++) j += step;
    return j;
  };
  const inHead = (j: number): boolean => j >= from && j < region.start && j > (headlineIndex ?? -1) && readInHead(works[j]);
  for (const step of [-1, 1] as const) {
    let j = beside(step);
    // The names over their job title ("Jane Doe" over "News reporter @janedoe"): above the date line
    // the title stands between them and it, below it the title follows the names.
    let titled: number | null = null;
    if (step === -1 && inHead(j) && isRoleLine(works[j].text)) titled = j--;
    if (!inHead(j)) continue;
    const w = works[j];
    const b = matchNamesAlone(w.text);
    if (!b || commonWordsOfTheStory(b.byline, works, region)) continue;
    pickByline(w, b);
    const role = titled ?? (step === 1 && inHead(j + 1) && isRoleLine(works[j + 1].text) ? j + 1 : null);
    if (role !== null) pick(works[role], 'byline', b.ruleId, `the job title under the names "${b.byline}"`);
    return;
  }
}

/** Paragraphs of the run read for the words of a line of names (see commonWordsOfTheStory). */
const STORY_PARAGRAPHS_READ = 30;
const LETTER = /\p{L}/u;

/**
 * Whether every capitalised word of a line of names stands in lower case, as a word of its own, in
 * the story's first paragraphs: then they are common words, a kicker ("Climate Crisis", "Border
 * Security") and not a person's names, which the story writes capitalised if at all.
 */
function commonWordsOfTheStory(byline: string, works: Work[], region: Region): boolean {
  const words = byline.split(/[^\p{L}'’-]+/u).filter((x) => x.length >= 3 && x !== x.toLowerCase());
  if (words.length < 2) return false;
  const texts: string[] = [];
  for (let i = region.start; i <= region.end && i < works.length && texts.length < STORY_PARAGRAPHS_READ; i++) if (works[i].decision.label === 'body') texts.push(works[i].text);
  const standsLower = (word: string): boolean =>
    texts.some((t) => {
      for (let at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + 1)) {
        const end = at + word.length;
        if ((at === 0 || !LETTER.test(t[at - 1]!)) && (end === t.length || !LETTER.test(t[end]!))) return true;
      }
      return false;
    });
  return words.every((x) => standsLower(x.toLowerCase()));
}

/** A line that is only a dash, as a dateline split over lines ends ("Los Angeles", "CNN", " — "). */
const LONE_DASH = /^\s*[—–-]\s*$/u;
/** Words each line of a split dateline holds at most (a place, an outlet or agency). */
const SPLIT_DATELINE_MAX_WORDS = 4;

/**
 * A dateline a scraper split over short lines with no blank line between: the place, the outlet or
 * agency, then a line holding only the dash ("Los Angeles" / "CNN" / " — "), as a page sets them in
 * spans of their own. The lines above the dash (one or two) are joined with it and read as one
 * dateline; returns the match and the first of the lines.
 */
function splitDatelineAbove(works: Work[], dash: number, from: number, ref: DateRef): { d: DatelineMatch; first: number } | null {
  if (!LONE_DASH.test(works[dash].text)) return null;
  let parts = works[dash].text.trim();
  // The most lines that read as one ("Los Angeles CNN —" over "CNN —", which reads as a place too).
  let best: { d: DatelineMatch; first: number } | null = null;
  for (let k = dash - 1; k >= Math.max(from, dash - 2); k--) {
    const w = works[k];
    const b = w.block;
    const below = works[k + 1].block;
    if (!readInHead(w) || w.f.wordCount > SPLIT_DATELINE_MAX_WORDS || b.line === null || below.line === null || below.line !== b.line + b.lineCount) break;
    parts = `${w.text.trim()} ${parts}`;
    const d = matchDateline(parts, ref);
    if (d && d.rest === '' && d.dateline.place !== null) best = { d, first: k };
  }
  return best;
}

/** Dateline and byline lines around the headline and before the first paragraph, or opening it. */
export function findHead(works: Work[], region: Region, ctx: DocContext, h: HeadlinePick, dayFirst: boolean): Pick<Core, 'headline' | 'headlineIndex' | 'date'> & { start: number } {
  const on = (id: string): boolean => !isOff(ctx.disabled, id);
  const headlineIndex = h?.index ?? null;
  if (h && headlineIndex !== null) pick(works[headlineIndex], 'headline', h.ruleId, h.reason);
  const from = Math.max(0, region.start - S.headWindow);
  const year = /\/((?:19|20)\d\d)\//.exec(ctx.meta.url ?? '')?.[1];
  // Numeric dates are read day first where the page's language writes them so ("04/02/2025").
  const ref = year ? { year: +year, dayFirst } : { dayFirst };
  let haveDateline = false;
  // A date line above the first paragraph names no place: a place dateline opening that paragraph
  // ("TOKYO (AP) — …") is still read, and gives the place (assembly joins the two).
  let havePlace = false;
  let haveByline = false;
  // The whole date line read above the first paragraph, where a line of names beside it is the byline.
  let dateLineAt: number | null = null;
  // The first paragraph: the run's first body block (the run may open with chrome the in-run rules
  // took, a caption), or the one after it when that is a whole dateline.
  let first = region.start;
  while (first < Math.min(region.end, works.length - 1) && works[first].decision.label !== 'body') first++;
  // Where the article's paragraphs start: the run's start, or an earlier paragraph opening with a dateline.
  let start = region.start;
  for (let i = from; i <= first && i < works.length; i++) {
    const w = works[i];
    if (i === headlineIndex || !readInHead(w)) continue;
    const split = !havePlace && i < first && on('dateline/place') ? splitDatelineAbove(works, i, Math.max(from, (headlineIndex ?? -1) + 1), ref) : null;
    if (split) {
      haveDateline = havePlace = true;
      const { d } = split;
      if (d.credit) w.source ??= d.credit;
      for (let k = split.first; k <= i; k++) pick(works[k], 'dateline', d.ruleId, `${d.reason} (line ${k - split.first + 1} of ${i - split.first + 1} of a dateline split over lines)`);
      w.dateline = d.dateline;
      continue;
    }
    // Once a date line is read, only a place dateline is looked for: opening the first paragraph, or
    // a paragraph above it.
    const found: ReturnType<typeof matchDateline> = !havePlace ? matchDateline(w.text, ref) : null;
    // A date line that goes on with the byline, with no separator ("Publicado em 14/06/2024 - 15:20
    // Por Ana Souza - Repórter"): the part before the opener is the date line, the rest the byline.
    const joined: ReturnType<typeof matchDateThenByline> = !found && !haveDateline && !haveByline ? matchDateThenByline(w.text, ref) : null;
    const dated: ReturnType<typeof matchDateline> = found ?? (joined && on(joined.byline.ruleId) ? joined.date : null);
    const d: ReturnType<typeof matchDateline> = dated && (!haveDateline || dated.dateline.place !== null) ? dated : null;
    if (d && on(d.ruleId)) {
      haveDateline = true;
      havePlace = d.dateline.place !== null;
      // The agency a dateline names ("TOKYO (AP) —") credits the story as a credit line would.
      if (d.credit) w.source ??= d.credit;
      // The reporter a CJK wire dateline names ("（记者张三）", "홍길동 기자 =") is the byline.
      if (d.byline && !haveByline && on('byline/dateline-reporter')) {
        haveByline = true;
        w.byline = d.byline;
        w.parts.push({ ruleId: 'byline/dateline-reporter', action: 'pick', reason: `the dateline "${d.dateline.text}" names its reporter "${d.byline}"`, text: d.dateline.text });
      }
      if (d.rest === '') {
        pick(w, 'dateline', d.ruleId, d.reason);
        w.dateline = d.dateline;
        // The writer named beside the date ("Jun 3, 2024 | By Jane Doe", "Jane Doe · 2 hours ago"):
        // the block stays the date line.
        const b = haveByline ? null : (joined?.byline ?? bylineAfterDate(w.text) ?? matchByline(w.text));
        if (b && on(b.ruleId)) {
          haveByline = true;
          takeByline(w, b);
          w.parts.push({ ruleId: b.ruleId, action: 'pick', reason: b.reason, text: w.text });
        }
        if (i < region.start) dateLineAt ??= i;
        if (i === first) first++;
      } else if (i === first || (d.dateline.place !== null && !d.dateline.text.endsWith(':') && i > (headlineIndex ?? -1))) {
        if (i < first) {
          // A paragraph opening with a place dateline above the run is the article's first: a short
          // lead with few stop words ("МОСКВА, 3 июня — …") can read as no prose on its measures.
          w.quality = 'good';
          w.decision = { label: 'body', ruleId: 'body/dateline-lead', reason: `opens with the dateline "${d.dateline.text}" above the main run (block ${region.start + 1}): the article's first paragraph` };
          start = i;
        }
        w.dateline = d.dateline;
        w.keptText = asThePageHasIt(w, d.rest);
        w.parts.push({ ruleId: d.ruleId, action: 'pick', reason: d.reason, text: cutOut(w.text, d.rest) });
      }
      continue;
    }
    // A byline above the run, or opening it (the run starts at a byline that reads as prose:
    // "By Jane Doe, John Roe on Monday, November 18th, 2019 at 11:08 a.m."); then the paragraph
    // after it is the first.
    const b = !haveByline && (i < region.start || i === first) ? (matchByline(w.text) ?? bylineAfterDate(w.text) ?? bylineBeforeBar(w.text)) : null;
    if (b && on(b.ruleId)) {
      haveByline = true;
      pickByline(w, b);
      if (i === first) first++;
    }
  }
  if (!haveByline && dateLineAt !== null && on('byline/names-by-date')) pickNamesBesideDate(works, dateLineAt, from, region, headlineIndex);
  const found = on('dateline') ? findDate(works.map((w) => w.block), ctx.meta, { headlineIndex, dayFirst }) : null;
  const date = found && on(found.ruleId) ? found : null;
  return { headline: h ? h.text : null, headlineIndex, date, start };
}

/** What COPYRIGHT_LINE can open with: "c" or "C" (no other character folds to either under /iu),
 * "©", or the "(" of "(c)". Most blocks open otherwise and are not tried. */
export function opensCopyright(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 99 || c === 67 || c === 0xa9 || c === 40;
}

/** The end marker: the first credit, site-name or copyright line after the first paragraph. */
export function findEnd(works: Work[], region: Region, ctx: DocContext, headline: string | null): number | null {
  const on = (id: string): boolean => !isOff(ctx.disabled, id);
  // The site part of the page <title> names the publisher ("Headline - Site" → a line "Site").
  // In a text dump the title is the first block, but matching its site part there removed article
  // text on the benchmark (body F1 0.913 → 0.908): plain text keeps the headline.
  const title = ctx.mode === 'html' ? (ctx.meta.headlines.find((h) => h.from === 'title')?.value ?? headline) : headline;
  const last = Math.min(works.length - 1, region.end + S.headWindow);
  const page = { url: ctx.meta.url, title };
  let marker: number | null = null;
  // A credit before the run's first paragraph of prose closes a photo's caption ("… in Nogales,
  // Ariz. (AP)"), not the story: it names the source but ends nothing.
  let prose = works[region.start]?.decision.label === 'body' && works[region.start]?.quality === 'good';
  for (let i = region.start + 1; i <= last; i++) {
    const w = works[i];
    if (w.decision.label !== 'body' && w.decision.label !== 'chrome') continue;
    const c = matchCredit(w.text);
    if (c && on(c.ruleId)) {
      w.source = c.source;
      if (c.rest === '') pick(w, 'source', c.ruleId, c.reason);
      else {
        w.keptText = asThePageHasIt(w, c.rest);
        w.parts.push({ ruleId: c.ruleId, action: 'pick', reason: c.reason, text: cutOut(w.text, c.rest) });
      }
      if (prose || c.rest === '') marker ??= i;
      continue;
    }
    if (w.decision.label === 'body' && w.quality === 'good') prose = true;
    if (marker !== null && i > region.end) break;
    if (w.f.wordCount <= 6) {
      const p = matchPublisherLine(w.text, page);
      if (p && on(p.ruleId)) {
        w.source = p.source;
        pick(w, 'source', p.ruleId, p.reason);
        marker ??= i;
        continue;
      }
    }
    if (w.f.wordCount <= 25 && opensCopyright(w.text) && COPYRIGHT_LINE.test(w.text) && on('chrome/copyright')) {
      w.quality = 'bad';
      w.decision = { label: 'chrome', ruleId: 'chrome/copyright', reason: `a copyright line (${w.f.wordCount} words) ends the article` };
      marker ??= i;
    }
  }
  return marker;
}

/**
 * Plain text: the source the page title names after the headline ("Headline | Fox News"; the
 * dump's first block), read only when no block of the page names one (then it is the source).
 */
export function findTitleSource(works: Work[], ctx: DocContext, headline: string | null, headlineIndex: number | null): Core['titleSource'] {
  if (ctx.mode !== 'text' || !headline || headlineIndex === 0 || works.length === 0 || isOff(ctx.disabled, 'source/title-site')) return null;
  if (works.some((w) => w.source)) return null;
  const m = titleSite(works[0].text, headline);
  if (!m) return null;
  const note: Note = { ruleId: m.ruleId, action: 'pick', reason: m.reason, text: works[0].text };
  if (works[0].block.line !== null) note.line = works[0].block.line;
  return { source: m.source, note };
}
