/**
 * The ONE block stage shared by plain text and HTML: classify each block alone, revise with
 * context (menus, neighbours, the main run, the core, the end marker, off-topic runs), then
 * assemble. Only assembly drops anything.
 */
import { assemble } from '../assemble/assemble.js';
import type { Block, DocContext, LabelledBlock } from '../blocks/types.js';
import { countScripts, measure, wordsOf, type Script } from '../classify/features.js';
import { detectLanguage } from '../classify/fields.js';
import { firstPass } from '../classify/first-pass.js';
import { applyHtmlSignals, reviseHtmlSignals } from '../classify/html-signals.js';
import { stripForeignSuffix } from '../classify/spam.js';
import { isOff, type DocStats, type Work } from '../classify/types.js';
import { chooseHeadline, findEnd, findHead, type Core } from '../revise/core.js';
import { markMenus, settleByContext } from '../revise/context.js';
import { markAfterEnd, markComments, markOutside, markRecirculation, markTeaserRun } from '../revise/offtopic.js';
import { anchorRegion, extendOverList, findRegion } from '../revise/region.js';
import { pickStoplist, STOPWORDS } from '../rules/stopwords.js';
import { SETTINGS as S } from '../rules/settings.js';
import type { Article, CleanOptions, Note } from '../types.js';
import { paragraphText } from '../segment/text.js';

/** Words sampled to choose the stop-word list. */
const STOPLIST_SAMPLE_WORDS = 4000;

interface Tokens {
  scripts: Partial<Record<Script, number>>;
  /** Lower-cased word tokens of the block's text (the same tokens as its paragraph text). */
  words: string[];
}

/** Each block is tokenised once: the document statistics and the per-block features share it. */
function docStats(blocks: Block[]): { doc: DocStats; tokens: Tokens[] } {
  const totals: Partial<Record<Script, number>> = {};
  const sample: string[] = [];
  const tokens = blocks.map((b) => {
    const counted = countScripts(b.text);
    for (const s in counted) totals[s as Script] = (totals[s as Script] ?? 0) + (counted[s as Script] ?? 0);
    const words = wordsOf(b.text);
    if (sample.length < STOPLIST_SAMPLE_WORDS) for (const w of words) sample.push(w);
    return { scripts: counted, words };
  });
  const entries = Object.entries(totals) as [Script, number][];
  const all = entries.reduce((a, [, n]) => a + n, 0);
  const top = entries.sort((a, b) => b[1] - a[1])[0];
  const stop = pickStoplist(sample);
  return { doc: { dominant: top ? top[0] : null, dominantShare: top && all ? top[1] / all : 0, stoplang: stop.lang, stop: stop.set }, tokens };
}

function prepare(blocks: Block[], ctx: DocContext): Work[] {
  const { doc, tokens } = docStats(blocks);
  const spamOn = !isOff(ctx.disabled, 'spam/foreign-script-fragment');
  return blocks.map((block, i) => {
    let text = block.text;
    const parts: Note[] = [];
    // Only a line with letters of two scripts can carry a foreign suffix.
    const spam = spamOn && Object.keys(tokens[i].scripts).length > 1 ? stripForeignSuffix(text, doc) : null;
    if (spam) {
      text = spam.rest;
      parts.push(spam.note);
    }
    const para = block.lineCount > 1 && !spam ? paragraphText(block) : text;
    // Joining wrapped lines changes only whitespace, so the block's tokens are the paragraph's.
    const f = spam ? measure(block, para, doc.stop) : measure(block, para, doc.stop, tokens[i].scripts, tokens[i].words);
    const { quality, decision } = firstPass(block, para, f, doc, ctx.disabled);
    return { block, text, f, quality, decision, keptText: para, parts };
  });
}

/** Blocks shorter than this (words) may repeat freely ("Advertisement", "Share"). */
const DUPLICATE_MIN_WORDS = 4;

/**
 * A block repeating an earlier block word for word is page furniture (structured-data echoes,
 * repeated teasers, sticky headers): the first occurrence is judged, the repeats are chrome.
 * Known false positive: a pull quote repeating a sentence of the article (the sentence stays once).
 */
function markDuplicates(works: Work[], disabled: ReadonlySet<string>): void {
  if (isOff(disabled, 'chrome/duplicate')) return;
  const seen = new Map<string, number>();
  for (const w of works) {
    if (w.f.wordCount < DUPLICATE_MIN_WORDS) continue;
    const first = seen.get(w.text);
    if (first === undefined) {
      seen.set(w.text, w.block.index);
      continue;
    }
    if (w.decision.label !== 'body' && w.decision.ruleId !== 'chrome/not-prose') continue;
    w.quality = 'bad';
    w.decision = { label: 'chrome', ruleId: 'chrome/duplicate', reason: `repeats block ${first + 1} word for word (${w.f.wordCount} words)` };
  }
}

/** Share of a block's sentences found earlier in the article above which the block is an echo. */
const ECHO_MIN_SHARE = 0.8;
const SENTENCE_SPLIT = /(?<=[.!?])\s+/;

/**
 * A long block whose sentences already stand, word for word, in earlier kept blocks of the main
 * run is an echo of the article (a summary or structured-data copy printed again): chrome.
 * Known false positive: a recap paragraph that quotes earlier sentences verbatim.
 */
function markEchoes(works: Work[], from: number, to: number, disabled: ReadonlySet<string>): void {
  if (isOff(disabled, 'chrome/duplicate')) return;
  let seen = '';
  for (let i = from; i <= to && i < works.length; i++) {
    const w = works[i];
    if (w.decision.label !== 'body') continue;
    const sentences = w.keptText.split(SENTENCE_SPLIT).filter((x) => x.length >= 30);
    if (sentences.length >= 2 && seen) {
      const found = sentences.filter((x) => seen.includes(x)).length;
      if (found / sentences.length >= ECHO_MIN_SHARE) {
        w.quality = 'bad';
        w.decision = { label: 'chrome', ruleId: 'chrome/duplicate', reason: `${found} of its ${sentences.length} sentences already stand word for word in earlier paragraphs (≥ ${ECHO_MIN_SHARE * 100}%)` };
        continue;
      }
    }
    seen += '\n' + w.keptText;
  }
}

/** When nothing reads as prose on its own (a few short lines), the short lines are the article. */
function promoteShortWhenNoProse(works: Work[]): void {
  if (works.some((w) => w.quality === 'good' || w.quality === 'near')) return;
  for (const w of works) if (w.quality === 'short') w.quality = 'good';
}

export function articleFromBlocks(blocks: Block[], ctx: DocContext, options: CleanOptions): { article: Article; labelled: LabelledBlock[] } {
  const works = prepare(blocks, ctx);
  if (ctx.mode === 'html') applyHtmlSignals(works, ctx.disabled);
  promoteShortWhenNoProse(works);
  markDuplicates(works, ctx.disabled);
  markMenus(works, ctx.disabled);
  const headline = chooseHeadline(works, ctx);
  const anchored = anchorRegion(works, findRegion(works), headline?.index ?? null);
  const region = anchored ? extendOverList(works, anchored) : { start: works.length, end: works.length - 1, weight: 0 };
  settleByContext(works, region.start, region.end);
  markEchoes(works, region.start, region.end + S.headWindow, ctx.disabled);
  const head = findHead(works, region, ctx, headline);
  const marker = findEnd(works, region, ctx, head.headline);

  const lead = works.filter((w, i) => i >= region.start && i <= region.end && w.decision.label === 'body').slice(0, S.leadParagraphs);
  const leadEnd = lead.length ? lead[lead.length - 1].block.index : region.start;
  const topic = new Set<string>();
  const headWork = head.headlineIndex !== null ? works[head.headlineIndex] : null;
  for (const w of [...(headWork ? [headWork] : []), ...lead]) for (const c of w.f.content) topic.add(c);
  if (!headWork && head.headline) for (const c of measure(blocks[0], head.headline, STOPWORDS.en).content) topic.add(c);

  markComments(works, region, leadEnd, ctx.disabled);
  markRecirculation(works, region, leadEnd, topic, ctx.disabled);
  if (marker !== null) markAfterEnd(works, region, marker, topic, ctx.disabled);
  markTeaserRun(works, region, leadEnd, topic, ctx.disabled);
  markOutside(works, region, ctx.disabled);
  if (ctx.mode === 'html') reviseHtmlSignals(works);

  const core: Core = { headline: head.headline, headlineIndex: head.headlineIndex, topic, endMarker: marker, date: head.date };
  const { article, labelled } = assemble(works, core, ctx);
  // A language the page declares (<html lang>, og:locale) is more specific than a detected one.
  const language = ctx.meta.language ?? (options.detectLanguage === false || !article.body ? null : detectLanguage(article.body));
  return { article: { ...article, language }, labelled };
}
