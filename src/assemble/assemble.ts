/**
 * Assembly: the only stage that drops anything. Kept body blocks become paragraphs; blocks moved
 * into a field become `pick` notes; every dropped block becomes a `remove` note with its exact text
 * and line. A decision whose rule the caller switched off keeps its block as a paragraph.
 */
import type { DocContext, LabelledBlock } from '../blocks/types.js';
import { isOff, type Work } from '../classify/types.js';
import type { Article, Dateline, Note, Source } from '../types.js';
import type { Core } from '../revise/core.js';

/** Labels of blocks moved into a field (picked); every other label but body is a removal. */
const isFieldLabel = (label: string): boolean => label === 'headline' || label === 'dateline' || label === 'byline' || label === 'source';

/**
 * The article's dateline from an earlier and a later one: the first stands, but a date line
 * without a place takes the place of a later place dateline (a "Published …" line, then
 * "TOKYO (AP) — …" opening the first paragraph). The text is the place dateline's; the date the
 * date line's where it gave one.
 */
function joinDatelines(first: Dateline, later: Dateline): Dateline {
  if (first.place !== null || later.place === null) return first;
  return { text: later.text, place: later.place, date: first.date ?? later.date };
}

export function assemble(works: Work[], core: Core, ctx: DocContext): Omit<Article, 'language'> {
  const paragraphs: string[] = [];
  const notes: Note[] = ctx.notes;
  let dateline: Dateline | null = null;
  let byline: string | null = null;
  let wire: Source | null = null;
  let publisher: Source | null = null;
  /**
   * The note with the block's line last, when it has one. Set on a fresh object, never by
   * `{ ...note, line }`: in Node 20's V8 a spread followed by a key the source lacks builds a map of
   * its own for every object, ~1.3 µs each, and an article has ~150 notes.
   */
  const at = (note: Note, w: Work): Note => {
    if (w.block.line !== null) note.line = w.block.line;
    return note;
  };

  for (const w of works) {
    // The reason is read only for a note: a first-pass verdict formats it on first read.
    const { label, ruleId } = w.decision;
    for (const part of w.parts) notes.push(at(Object.assign({}, part), w)); // a copy: notes are never shared
    if (w.dateline) dateline = dateline ? joinDatelines(dateline, w.dateline) : w.dateline;
    if (w.byline) byline ??= w.byline;
    if (w.source?.kind === 'wire') wire ??= w.source;
    if (w.source?.kind === 'publisher') publisher ??= w.source;
    if (label === 'body' || isOff(ctx.disabled, ruleId)) {
      if (w.keptText) paragraphs.push(w.keptText);
      continue;
    }
    const action = isFieldLabel(label) ? 'pick' : 'remove';
    notes.push(at({ ruleId, action, reason: w.decision.reason, text: w.raw ?? w.text }, w));
  }

  if (core.date) {
    const before = dateline;
    if (!dateline) dateline = { text: core.date.text, place: null, date: core.date.date };
    else if (!dateline.date) dateline = { ...dateline, date: core.date.date };
    const fromPicked = core.date.index !== null && works[core.date.index]?.decision.label === 'dateline';
    if (dateline !== before && !fromPicked) {
      notes.push({ ruleId: core.date.ruleId, action: 'pick', reason: core.date.reason, text: core.date.text });
    }
  }

  // The page title's site is set only when no block names a source.
  const source = wire ?? publisher ?? core.titleSource?.source ?? null;
  if (core.titleSource) notes.push(core.titleSource.note);
  return { headline: core.headline, dateline, byline, source, paragraphs, body: paragraphs.join('\n\n'), notes };
}

/**
 * Every block with its final decision and kept text: the labelled view (the CLI's explain report),
 * made only when asked. Each decision is copied as plain data: a first-pass verdict formats its
 * reason on first read (a getter), which a spread or a structured clone would not carry.
 */
export const labelledOf = (works: readonly Work[]): LabelledBlock[] =>
  works.map(({ block, decision: { label, ruleId, reason }, keptText }) => ({ block, decision: { label, ruleId, reason }, keptText: label === 'body' ? keptText : '' }));
