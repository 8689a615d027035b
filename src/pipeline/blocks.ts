/**
 * The ONE block stage shared by plain text and HTML: classify each block alone, revise with
 * context (menus, neighbours, the main run, the core, the end marker, off-topic runs), then
 * assemble. Only assembly drops anything.
 */
import { assemble } from '../assemble/assemble.js';
import type { Block, DocContext } from '../blocks/types.js';
import { measure, wordsOf, type Script } from '../classify/features.js';
import { scanText, STOP_INDEX } from '../classify/tokens.js';
import { SCRIPTS } from '../classify/scripts.js';
import { detectLanguage } from '../classify/fields.js';
import { firstPass } from '../classify/first-pass.js';
import { applyHtmlSignals, reviseHtmlSignals } from '../classify/html-signals.js';
import { stripForeignSuffix } from '../classify/spam.js';
import { isOff, type DocStats, type Work } from '../classify/types.js';
import { chooseHeadline, findEnd, findHead, findTitleSource, type Core } from '../revise/core.js';
import { isSubheading, markMenus, settleByContext } from '../revise/context.js';
import { markAfterEnd, markComments, markInlineTeasers, markOutside, markRecirculation, markTeaserRun } from '../revise/offtopic.js';
import { markAuthorBio, markInRunChrome } from '../revise/in-run.js';
import { anchorRegion, extendOverDatedList, extendOverList, extendToEnd, extendToTextEnd, findRegion } from '../revise/region.js';
import { chooseStoplist, STOPLIST_LANGS, STOPWORDS, writesDayFirst } from '../rules/stopwords.js';
import { SETTINGS as S } from '../rules/settings.js';
import type { Article, CleanOptions, Note } from '../types.js';
import { paragraphText, sentencesOf, spacedText } from '../segment/text.js';

/** Words sampled to choose the stop-word list. */
const STOPLIST_SAMPLE_WORDS = 4000;

/** Per-block stop-word hits of every list (blocks × lists), kept between documents and grown as needed. */
let scratchHits = new Int32Array(0);
/** Letters per script and stop-word hits of the sample, per document: zeroed and reused (a typed array is slow to make). */
const scratchLetters = new Int32Array(SCRIPTS.length);
const scratchSample = new Int32Array(STOPLIST_LANGS.length);

/** What `docStats` counts per block (index i: block i). */
interface BlockCounts {
  scripts: Partial<Record<Script, number>>[];
  tokens: number[];
  /** Letters of every script together. */
  letters: number[];
  stopHits: number[];
  /** The block has letters of at least two scripts. */
  mixed: boolean[];
  /** Some block holds a no-break space. */
  noBreak: boolean;
}

/**
 * Each block is counted once (letters per script, word tokens, hits of every stop-word list): the
 * document statistics and the per-block features share the counts. Word strings are made only
 * when no built-in stop-word list fits and one is learned from the words.
 */
function docStats(blocks: Block[]): { doc: DocStats; counts: BlockCounts } {
  const lists = STOPLIST_LANGS.length;
  if (scratchHits.length < blocks.length * lists) scratchHits = new Int32Array(Math.max(blocks.length * lists, 2 * scratchHits.length));
  const hits = scratchHits.fill(0, 0, blocks.length * lists);
  // Plain arrays made at their size (a typed array this long gets its memory outside the heap, slow
  // to make and to free; pushing grows and copies).
  const tokens = new Array<number>(blocks.length);
  const letterCounts = new Array<number>(blocks.length);
  const mixed = new Array<boolean>(blocks.length);
  const scripts: Partial<Record<Script, number>>[] = [];
  // Letters per script over the document (SCRIPTS order), and the scripts in the order first met
  // (ties go to the first).
  const letters = scratchLetters.fill(0);
  const met: number[] = [];
  let metMask = 0;
  // The stop-word list is chosen over the first blocks, up to STOPLIST_SAMPLE_WORDS words.
  const sampleHits = scratchSample.fill(0);
  let sampleWords = 0;
  let sampled = 0;
  let noBreak = false;
  for (let i = 0; i < blocks.length; i++) {
    const scanned = scanText(blocks[i].text, STOP_INDEX, hits, i * lists, letters);
    noBreak ||= scanned.noBreak;
    scripts.push(scanned.scripts);
    letterCounts[i] = scanned.letters;
    const mask = scanned.scriptMask;
    mixed[i] = (mask & (mask - 1)) !== 0;
    for (let fresh = mask & ~metMask, k = 0; fresh !== 0; fresh >>>= 1, k++) if (fresh & 1) met.push(k);
    metMask |= mask;
    tokens[i] = scanned.tokens;
    if (sampleWords < STOPLIST_SAMPLE_WORDS) {
      sampleWords += tokens[i];
      for (let l = 0; l < lists; l++) sampleHits[l] += hits[i * lists + l];
      sampled = i + 1;
    }
  }
  let top = -1;
  let all = 0;
  for (const k of met) {
    all += letters[k];
    if (top < 0 || letters[k] > letters[top]) top = k;
  }
  const stop = chooseStoplist(sampleHits, sampleWords, () => blocks.slice(0, sampled).flatMap((b) => wordsOf(b.text)));
  const list = STOPLIST_LANGS.indexOf(stop.lang);
  const stopHits = new Array<number>(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    let n = 0;
    if (list >= 0) n = hits[i * lists + list];
    else for (const w of wordsOf(blocks[i].text)) if (stop.set.has(w)) n++;
    stopHits[i] = n;
  }
  return {
    doc: { dominant: top >= 0 ? SCRIPTS[top] : null, dominantShare: top >= 0 && all ? letters[top] / all : 0, stoplang: stop.lang, stop: stop.set },
    counts: { scripts, tokens, letters: letterCounts, stopHits, mixed, noBreak },
  };
}

function prepare(blocks: Block[], ctx: DocContext): { works: Work[]; stop: ReadonlySet<string>; stoplang: string } {
  const { doc, counts } = docStats(blocks);
  const spamOn = !isOff(ctx.disabled, 'spam/foreign-script-fragment');
  const noBreak = counts.noBreak;
  const works = blocks.map((block, i): Work => {
    let text = block.text;
    const parts: Note[] = [];
    // Only a line with letters of two scripts can carry a foreign suffix.
    const spam = spamOn && counts.mixed[i] ? stripForeignSuffix(text, doc) : null;
    if (spam) {
      text = spam.rest;
      parts.push(spam.note);
    }
    const para = block.lineCount > 1 && !spam ? paragraphText(block) : text;
    // Joining wrapped lines changes only whitespace, so the block's counts are the paragraph's.
    const f = spam ? measure(block, para, doc.stop) : measure(block, para, doc.stop, { scripts: counts.scripts[i], letters: counts.letters[i], tokens: counts.tokens[i], stopHits: counts.stopHits[i] });
    // The rules read no-break spaces as plain ones; the kept text keeps them. (A one-line block's
    // paragraph is its text: read once.)
    const read = noBreak ? spacedText(text) : text;
    const { quality, decision } = firstPass(block, para === text ? read : noBreak ? spacedText(para) : para, f, doc, ctx.disabled, counts.mixed[i]);
    // One shape for every block (raw always present): the later passes read many blocks.
    return { block, text: read, raw: read !== text ? text : undefined, f, quality, decision, keptText: para, parts };
  });
  return { works, stop: doc.stop, stoplang: doc.stoplang };
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
  // The distinct texts seen so far, by length: a text is compared only with those as long as it
  // (keying a map by the texts themselves hashed every block's whole text).
  const seen = new Map<number, Work[]>();
  for (const w of works) {
    if (w.f.wordCount < DUPLICATE_MIN_WORDS) continue;
    const same = seen.get(w.text.length);
    const earlier = same?.find((e) => e.text === w.text);
    if (!earlier) {
      if (same) same.push(w);
      else seen.set(w.text.length, [w]);
      continue;
    }
    const first = earlier.block.index;
    if (w.decision.label !== 'body' && w.decision.ruleId !== 'chrome/not-prose') continue;
    w.quality = 'bad';
    w.decision = { label: 'chrome', ruleId: 'chrome/duplicate', reason: `repeats block ${first + 1} word for word (${w.f.wordCount} words)` };
  }
}

/** Share of a block's sentences found earlier in the article above which the block is an echo. */
const ECHO_MIN_SHARE = 0.8;
/** Sentences shorter than this (characters) are too common to count as echoes. */
const ECHO_MIN_SENTENCE = 30;

/**
 * A long block whose sentences already stand, word for word, in earlier kept blocks of the main
 * run is an echo of the article (a summary or structured-data copy printed again): chrome.
 * Known false positive: a recap paragraph that quotes earlier sentences verbatim.
 */
function markEchoes(works: Work[], from: number, to: number, disabled: ReadonlySet<string>): void {
  if (isOff(disabled, 'chrome/duplicate')) return;
  // The kept texts of the run's body blocks joined by newlines once, with where each starts: a
  // sentence stands earlier when it occurs inside an earlier text that is not an echo itself (one
  // search of the joined text instead of one search per earlier paragraph).
  const body = works.slice(from, to + 1).filter((w) => w.decision.label === 'body');
  const joined = body.map((w) => w.keptText).join('\n');
  const starts: number[] = [];
  for (let k = 0, at = 0; k < body.length; at += body[k].keptText.length + 1, k++) starts.push(at);
  const echo = new Uint8Array(body.length);
  /** The text (index in body) holding joined[at]. */
  const textAt = (at: number): number => {
    // The last start at or before `at` (starts are ascending): a binary search.
    let lo = 0;
    let hi = body.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  /** `sentence` stands in one of the first `before` texts that is not an echo. */
  const stands = (sentence: string, before: number): boolean => {
    if (sentence.includes('\n')) {
      const seen = body.slice(0, before).filter((_, k) => !echo[k]);
      return ('\n' + seen.map((w) => w.keptText).join('\n')).includes(sentence);
    }
    // Without a newline an occurrence lies inside one text. The earlier texts are a slice of the
    // join (a view, not a copy): the search does not run on through the later ones.
    const earlier = joined.slice(0, starts[before]);
    for (let at = earlier.indexOf(sentence); at >= 0; ) {
      const k = textAt(at);
      if (!echo[k]) return true;
      at = earlier.indexOf(sentence, starts[k + 1]);
    }
    return false;
  };
  let kept = 0;
  for (let k = 0; k < body.length; k++) {
    const w = body[k];
    // Two sentences of at least ECHO_MIN_SENTENCE characters need twice that many.
    const sentences = kept && w.keptText.length >= 2 * ECHO_MIN_SENTENCE ? sentencesOf(w.keptText, ECHO_MIN_SENTENCE) : [];
    if (sentences.length >= 2) {
      // Stop at the first miss that makes the share unreachable (most paragraphs: the first sentence).
      let found = 0;
      for (let j = 0; j < sentences.length && (sentences.length - (j - found)) / sentences.length >= ECHO_MIN_SHARE; j++) if (stands(sentences[j], k)) found++;
      if (found / sentences.length >= ECHO_MIN_SHARE) {
        w.quality = 'bad';
        w.decision = { label: 'chrome', ruleId: 'chrome/duplicate', reason: `${found} of its ${sentences.length} sentences already stand word for word in earlier paragraphs (≥ ${ECHO_MIN_SHARE * 100}%)` };
        echo[k] = 1;
        continue;
      }
    }
    kept++;
  }
}

/** When nothing reads as prose on its own (a few short lines), the short lines are the article. */
function promoteShortWhenNoProse(works: Work[]): void {
  if (works.some((w) => w.quality === 'good' || w.quality === 'near')) return;
  for (const w of works) if (w.quality === 'short') w.quality = 'good';
}

/** The article from the blocks, and the blocks' final state (for the labelled view, see `labelledOf`). */
export function articleFromBlocks(blocks: Block[], ctx: DocContext, options: CleanOptions): { article: Article; works: Work[] } {
  const { works, stop, stoplang } = prepare(blocks, ctx);
  if (ctx.mode === 'html') applyHtmlSignals(works, ctx.disabled);
  promoteShortWhenNoProse(works);
  markDuplicates(works, ctx.disabled);
  markMenus(works, ctx.disabled);
  const headline = chooseHeadline(works, ctx);
  const anchored = anchorRegion(works, findRegion(works), headline);
  const run = anchored ? extendOverDatedList(works, extendOverList(works, anchored)) : { start: works.length, end: works.length - 1, weight: 0 };
  settleByContext(works, run.start, run.end);
  markEchoes(works, run.start, run.end + S.headWindow, ctx.disabled);
  // Captions and credits set into the run are judged first: the head's readers look past them for
  // the first paragraph ("[1/2] An oil pump jack …" above "LONDON, June 3 (Reuters) - …").
  markInRunChrome(works, run, ctx.disabled);
  const head = findHead(works, run, ctx, headline, writesDayFirst(stoplang));
  // The article's region: the main run, from the paragraph a dateline opens when one stands above it.
  // …and on to the last paragraphs before the end marker, past an advertisement label or a share bar.
  const headed = head.start < run.start ? { ...run, start: head.start } : run;
  const marker = findEnd(works, headed, ctx, head.headline);
  const region = marker !== null ? extendToEnd(works, headed, marker) : extendToTextEnd(works, headed);
  markAuthorBio(works, region, works.find((w) => w.byline)?.byline ?? null, ctx.disabled);

  // The first paragraphs of the region (a walk from its start, not a filter of every block); a
  // subheading is none: its words are no more the story's than a teaser's title is.
  const lead: Work[] = [];
  for (let i = region.start; i <= Math.min(region.end, works.length - 1) && lead.length < S.leadParagraphs; i++) if (works[i].decision.label === 'body' && !isSubheading(works[i])) lead.push(works[i]);
  const leadEnd = lead.length ? lead[lead.length - 1].block.index : region.start;
  const headWork = head.headlineIndex !== null ? works[head.headlineIndex] : null;
  const headTopic = new Set<string>(headWork ? headWork.f.content : head.headline ? measure(blocks[0], head.headline, STOPWORDS.en).content : []);
  const topic = new Set<string>(headTopic);
  // A lead paragraph that lost its dateline ("LONDON (Reuters) - …") gives the words of what is
  // left: the agency's name is no topic word (a trailer naming it would share it).
  for (const w of lead) {
    const content = w.dateline && w.decision.label === 'body' ? measure(w.block, w.keptText, stop).content : w.f.content;
    for (const c of content) topic.add(c);
  }

  markComments(works, region, leadEnd, ctx.disabled);
  markRecirculation(works, region, leadEnd, topic, ctx.disabled);
  markInlineTeasers(works, region, ctx.disabled);
  if (marker !== null) markAfterEnd(works, region, marker, topic, ctx.disabled);
  const wireCredit = marker !== null && works[marker].source?.kind === 'wire' ? marker : null;
  markTeaserRun(works, region, lead.map((w) => w.block.index), headTopic, topic, ctx.disabled, wireCredit);
  markOutside(works, region, ctx.disabled);
  if (ctx.mode === 'html') reviseHtmlSignals(works);

  const titleSource = findTitleSource(works, ctx, head.headline, head.headlineIndex);
  const core: Core = { headline: head.headline, headlineIndex: head.headlineIndex, topic, endMarker: marker, date: head.date, titleSource };
  const article = assemble(works, core, ctx);
  // A language the page declares (<html lang>, og:locale) is more specific than a detected one.
  const language = ctx.meta.language ?? (options.detectLanguage === false || !article.body ? null : detectLanguage(article.body));
  // Added in place (assemble's article is new; a spread would copy every field): the key comes last either way.
  return { article: Object.assign(article, { language }), works };
}
