/**
 * The labelled view of one input, for the visual report: every block with its label, rule and
 * reason, plus the article. It routes the input exactly as `cleanArticle` does (normalizeInput, then
 * the text or HTML pipeline) but calls the pipelines' `runText`/`runHtml`, which also return the
 * labelled blocks. Where a pipeline does not export its run function, the blocks are rebuilt from
 * the article and its removal notes, so the report still shows what was kept and what was dropped.
 */
import { cleanArticle } from '../clean.js';
import { emptyArticle } from '../article.js';
import type { Label, LabelledBlock } from '../blocks/types.js';
import { normalizeInput, type NormalizedInput } from '../input.js';
import * as htmlPipeline from '../pipeline/html.js';
import * as textPipeline from '../pipeline/text.js';
import type { Article, ArticleInput, CleanOptions, Note } from '../types.js';

export interface Explained {
  article: Article;
  labelled: LabelledBlock[];
  mode: 'text' | 'html';
  /** True when the blocks came from the pipeline itself, false when rebuilt from the article. */
  fromPipeline: boolean;
}

type RunFn = (
  input: NormalizedInput,
  options: CleanOptions,
  notes: Note[],
) => { article: Article; labelled: LabelledBlock[] };

function runFunction(mod: object, name: string): RunFn | null {
  const f = (mod as Record<string, unknown>)[name];
  return typeof f === 'function' ? (f as RunFn) : null;
}

function isRunResult(x: unknown): x is { article: Article; labelled: LabelledBlock[] } {
  const r = x as { article?: unknown; labelled?: unknown } | null;
  return !!r && typeof r.article === 'object' && r.article !== null && Array.isArray(r.labelled);
}

export function explainArticle(input: string | Uint8Array | ArticleInput, options: CleanOptions = {}): Explained {
  const notes: Note[] = [];
  let normalized: NormalizedInput;
  try {
    normalized = normalizeInput(input, options, notes);
  } catch {
    // cleanArticle turns the same failure into an internal/error note.
    const article = cleanArticle(input, options);
    return { article, labelled: rebuildBlocks(article), mode: 'text', fromPipeline: false };
  }
  const run = runFunction(normalized.mode === 'html' ? htmlPipeline : textPipeline, normalized.mode === 'html' ? 'runHtml' : 'runText');
  if (run) {
    try {
      const result = run(normalized, options, notes);
      if (isRunResult(result)) return { ...result, mode: normalized.mode, fromPipeline: true };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      notes.push({
        ruleId: 'internal/error',
        action: 'remove',
        reason: `copydesk failed on this input and returned what it had: ${message}`,
        text: '',
      });
      const article = emptyArticle(notes);
      return { article, labelled: rebuildBlocks(article), mode: normalized.mode, fromPipeline: false };
    }
  }
  const article = cleanArticle(input, options);
  return { article, labelled: rebuildBlocks(article), mode: normalized.mode, fromPipeline: false };
}

/** Which label a removal note's family stands for. */
function removedLabel(ruleId: string): Label {
  const family = ruleId.split('/')[0];
  return family === 'offtopic' || family === 'spam' ? family : 'chrome';
}

const NO_FEATURES = {
  lineCount: 1,
  tag: null,
  headingLevel: null,
  linkDensity: null,
  inReadability: null,
  containerHints: [],
};

/**
 * Blocks rebuilt from an article: its fields and paragraphs (kept), and the text of every `remove`
 * note (dropped), in input order where the notes carry lines, kept blocks first otherwise.
 */
export function rebuildBlocks(article: Article): LabelledBlock[] {
  const out: { order: number; lb: Omit<LabelledBlock, 'block'> & { text: string; line: number | null } }[] = [];
  const pickNote = (family: string) => article.notes.find((n) => n.action === 'pick' && n.ruleId.startsWith(`${family}/`));
  const kept = (label: Label, text: string | null, family: string) => {
    if (!text) return;
    const note = pickNote(family);
    out.push({
      order: note?.line ?? out.length,
      lb: {
        text,
        line: note?.line ?? null,
        keptText: text,
        decision: { label, ruleId: note?.ruleId ?? `${family}/kept`, reason: note?.reason ?? `kept as ${label}` },
      },
    });
  };
  kept('headline', article.headline, 'headline');
  kept('dateline', article.dateline?.text ?? null, 'dateline');
  kept('byline', article.byline, 'byline');
  for (const p of article.paragraphs) kept('body', p, 'body');
  kept('source', article.source?.name ?? null, 'source');
  for (const n of article.notes) {
    if (n.action !== 'remove' || !n.text) continue;
    out.push({
      order: n.line ?? Number.MAX_SAFE_INTEGER,
      lb: { text: n.text, line: n.line ?? null, keptText: '', decision: { label: removedLabel(n.ruleId), ruleId: n.ruleId, reason: n.reason } },
    });
  }
  // By line; Array.prototype.sort is stable, so ties keep insertion order.
  return out
    .sort((a, b) => a.order - b.order)
    .map(({ lb }, index) => ({
      block: { index, text: lb.text, line: lb.line, ...NO_FEATURES, containerHints: [] },
      decision: lb.decision,
      keptText: lb.keptText,
    }));
}
