/**
 * The HTML pipeline: parse once (or adopt the caller's Document), read metadata and blocks, run
 * Readability last as one strong signal, repair block texts, then the shared block stage that plain
 * text also uses. Blocks carry features, never DOM nodes.
 */
import type { Block, DocContext, LabelledBlock } from '../blocks/types.js';
import { domToBlocks } from '../html/blocks.js';
import { adoptDocument, DEFAULT_ENGINE, isDocumentLike, parsePage, type ParsedPage } from '../html/dom.js';
import { collectMeta } from '../html/meta.js';
import { readabilitySignal } from '../html/readability.js';
import { reconcileMeta, type MetaPicks } from '../html/reconcile.js';
import type { NormalizedInput } from '../input.js';
import { repairText } from '../repair/repair-text.js';
import type { Article, CleanOptions, Note } from '../types.js';
import { articleFromBlocks } from './blocks.js';
import { labelledOf } from '../assemble/assemble.js';
import type { Work } from '../classify/types.js';

export interface HtmlStages {
  page: ParsedPage;
  blocks: Block[];
  ctx: DocContext;
  picks: MetaPicks;
}

function isOff(disabled: ReadonlySet<string>, ruleId: string): boolean {
  return disabled.has(ruleId) || disabled.has(ruleId.slice(0, ruleId.indexOf('/')));
}

/** Repairs each block's text; repair notes have no input line in HTML mode. */
function repairBlocks(blocks: Block[], options: CleanOptions, notes: Note[]): Block[] {
  if (options.repair === false) return blocks;
  return blocks.map((b) => {
    const r = repairText(b.text, options.repair || {});
    if (!r.changed) return b;
    for (const n of r.notes) {
      const { line: _line, ...rest } = n;
      notes.push(rest);
    }
    return { ...b, text: r.text };
  });
}

/** Everything up to the shared block stage: exported for the evaluation and the tests. */
export function htmlStages(input: NormalizedInput, options: CleanOptions, notes: Note[]): HtmlStages {
  const page = isDocumentLike(options.document) ? adoptDocument(options.document) : parsePage(input.content, options.dom ?? DEFAULT_ENGINE);
  if (page.fallback) notes.push({ ruleId: 'internal/error', action: 'remove', reason: page.fallback, text: '' });
  const doc = page.document;
  const disabled = new Set(options.disable ?? []);

  // Order matters: metadata and blocks are read first; Readability mutates the Document, so it runs last.
  const collected = collectMeta(doc, input.url);
  const { blocks: raw, owners } = domToBlocks(doc);
  const signal = readabilitySignal(doc);
  // Nothing reads the Document after this point: let jsdom free its window now, not at GC's leisure.
  page.close?.();
  const withSignal = signal ? raw.map((b, i) => ({ ...b, inReadability: signal.kept.has(owners[i]) })) : raw;
  const blocks = repairBlocks(withSignal, options, notes);

  const { meta, picks } = reconcileMeta(collected);
  return { page, blocks, picks, ctx: { mode: 'html', meta, disabled, notes } };
}

/**
 * After the shared stage: the metadata reconciliation's notes, each only where the article's field
 * holds that metadata value (a note says what changed), and the publisher where the text named none.
 */
function settleMeta(article: Article, picks: MetaPicks, disabled: ReadonlySet<string>): Article {
  const notes = article.notes;
  const said = (value: string): boolean => notes.some((n) => n.ruleId.startsWith('meta/') && n.text === value);
  let source = article.source;
  if (picks.headline && article.headline === picks.headline.value && !isOff(disabled, 'meta/headline')) notes.push(picks.headline.note);
  if (picks.date && article.dateline?.date === picks.date.value && !said(picks.date.value) && !isOff(disabled, 'meta/date')) notes.push(picks.date.note);
  if (picks.publisher && !source && !isOff(disabled, 'meta/publisher')) {
    source = { name: picks.publisher.value, kind: 'publisher' };
    notes.push(picks.publisher.note);
  }
  const language = article.language ?? null;
  return { ...article, source, language };
}

/** The block stage's result on the page's blocks, its metadata settled. */
function htmlArticle(input: NormalizedInput, options: CleanOptions, notes: Note[]): { article: Article; works: Work[] } {
  const { blocks, ctx, picks } = htmlStages(input, options, notes);
  const result = articleFromBlocks(blocks, ctx, options);
  const article = settleMeta(result.article, picks, ctx.disabled);
  return { article: { ...article, language: article.language ?? ctx.meta.language }, works: result.works };
}

/** The article and every block's label (the CLI's explain view). */
export function runHtml(input: NormalizedInput, options: CleanOptions, notes: Note[]): { article: Article; labelled: LabelledBlock[] } {
  const { article, works } = htmlArticle(input, options, notes);
  return { article, labelled: labelledOf(works) };
}

export function cleanHtml(input: NormalizedInput, options: CleanOptions, notes: Note[]): Article {
  return htmlArticle(input, options, notes).article;
}
