/**
 * DOM → Block[]: the page's text in document order, one block per run of text that a block-level
 * element (p, h1–h6, li, td, blockquote, a div with its own text…) starts and ends, with the
 * features the classifier reads. Text is normalised block by block, never taken from a raw
 * `textContent` that glues paragraphs together.
 *
 * Each block's owning element is stamped with `data-copydesk-block` (on the stage's private
 * Document only) so that Readability's verdict can be mapped back afterwards.
 */
import type { Block } from '../blocks/types.js';
import { elementHints, mergeHints } from './hints.js';
import { BLOCK_TAGS, HIDDEN_STYLE, HTML_LIMITS, SKIP_TAGS } from './settings.js';

export const OWNER_ATTRIBUTE = 'data-copydesk-block';

/** Stands for a `<br>` inside a run of text until the run is split into lines. */
const BREAK = '\u2029';
/** Owners where a single `<br>` is line formatting inside one paragraph; elsewhere it ends a block. */
const SOFT_BREAK_OWNERS: ReadonlySet<string> = new Set(['p', 'blockquote', 'li', 'dd', 'td', 'figcaption', 'pre']);
const HAS_WORD = /[\p{L}\p{N}]/u;
const SPACES = /[ \t\n\r\f]+/g;

export interface DomBlocks {
  blocks: Block[];
  /** For each block, the owner id stamped on its element. */
  owners: number[];
}

interface Run {
  el: Element;
  /** Owner id, stamped on `el` when the run first yields a block; -1 until then. */
  owner: number;
  tag: string;
  hints: readonly string[];
  pre: boolean;
  parts: string[];
  linked: boolean[];
}

const NODE_ELEMENT = 1;
const NODE_TEXT = 3;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && HIDDEN_STYLE.test(style);
}

function headingLevel(tag: string): number | null {
  return tag.length === 2 && tag[0] === 'h' && tag[1] >= '1' && tag[1] <= '6' ? Number(tag[1]) : null;
}

/** Splits a finished run into lines at `<br>` and normalises each line's whitespace. */
function runLines(run: Run): { text: string; linkChars: number; chars: number }[] {
  const lines: { text: string; linkChars: number; chars: number }[] = [];
  let text = '';
  let linkChars = 0;
  const push = (): void => {
    const clean = run.pre ? text.replace(/[ \t\f\r]+/g, ' ').replace(/ ?\n ?/g, '\n').trim() : text.replace(SPACES, ' ').trim();
    lines.push({ text: clean, linkChars, chars: text.replace(SPACES, '').length });
    text = '';
    linkChars = 0;
  };
  for (let i = 0; i < run.parts.length; i++) {
    const part = run.parts[i];
    if (part === BREAK) {
      push();
      continue;
    }
    text += part;
    if (run.linked[i]) linkChars += part.replace(SPACES, '').length;
  }
  push();
  return lines;
}

/** Groups lines into paragraphs: soft owners join single breaks and split at blank lines. */
function paragraphsOf(run: Run): { text: string; linkDensity: number }[] {
  const lines = runLines(run);
  const out: { text: string; linkDensity: number }[] = [];
  const soft = SOFT_BREAK_OWNERS.has(run.tag);
  let group: typeof lines = [];
  const emit = (): void => {
    if (!group.length) return;
    const text = group.map((l) => l.text).join(run.pre ? '\n' : ' ');
    const chars = group.reduce((n, l) => n + l.chars, 0);
    const link = group.reduce((n, l) => n + l.linkChars, 0);
    if (HAS_WORD.test(text)) out.push({ text, linkDensity: chars ? Math.min(1, link / chars) : 0 });
    group = [];
  };
  for (const line of lines) {
    if (!line.text) {
      emit();
      continue;
    }
    group.push(line);
    if (!soft) emit();
  }
  emit();
  return out;
}

/**
 * Walks the body (or the whole document) iteratively with first-child / next-sibling pointers:
 * deep nesting cannot overflow the stack, and no child list is materialised (linkedom builds a
 * fresh array on every `childNodes` read).
 */
export function domToBlocks(doc: Document): DomBlocks {
  const blocks: Block[] = [];
  const owners: number[] = [];
  const root = (doc.body ?? doc.documentElement) as Element | null;
  if (!root) return { blocks, owners };

  let nextOwner = 0;
  let anchorDepth = 0;
  let visited = 0;
  const newRun = (el: Element, tag: string, hints: readonly string[], pre: boolean): Run => ({ el, owner: -1, tag, hints, pre, parts: [], linked: [] });
  const flush = (run: Run): void => {
    if (!run.parts.length) return;
    for (const p of paragraphsOf(run)) {
      // Stamp the owner only when it yields a block: fewer attribute writes on large pages.
      if (run.owner === -1) {
        run.owner = nextOwner++;
        run.el.setAttribute(OWNER_ATTRIBUTE, String(run.owner));
      }
      blocks.push({
        index: blocks.length,
        text: p.text,
        line: null,
        lineCount: 1,
        tag: run.tag,
        headingLevel: headingLevel(run.tag),
        linkDensity: Math.round(p.linkDensity * 1000) / 1000,
        inReadability: null,
        containerHints: [...run.hints],
      });
      owners.push(run.owner);
    }
    run.parts = [];
    run.linked = [];
  };

  const rootTag = root.localName ?? root.tagName.toLowerCase();
  const runs: Run[] = [newRun(root, rootTag, elementHints(root, rootTag), false)];
  type Frame = { next: Node | null; exit: 'block' | 'anchor' | null };
  const frames: Frame[] = [{ next: root.firstChild, exit: null }];

  while (frames.length) {
    const frame = frames[frames.length - 1];
    const node = frame.next;
    if (!node) {
      frames.pop();
      if (frame.exit === 'block') {
        flush(runs[runs.length - 1]);
        runs.pop();
      } else if (frame.exit === 'anchor') {
        anchorDepth--;
      }
      continue;
    }
    frame.next = node.nextSibling;
    const current = runs[runs.length - 1];
    if (node.nodeType === NODE_TEXT) {
      const data = (node as Text).data;
      if (data) {
        current.parts.push(data);
        current.linked.push(anchorDepth > 0);
      }
      continue;
    }
    if (node.nodeType !== NODE_ELEMENT) continue;
    if (++visited > HTML_LIMITS.maxElements) break;
    const el = node as Element;
    const tag = el.localName ?? el.tagName.toLowerCase();
    if (SKIP_TAGS.has(tag) || isHidden(el)) continue;
    if (tag === 'br') {
      current.parts.push(BREAK);
      current.linked.push(false);
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      flush(current);
      runs.push(newRun(el, tag, mergeHints(current.hints, elementHints(el, tag)), current.pre || tag === 'pre'));
      frames.push({ next: el.firstChild, exit: 'block' });
      continue;
    }
    if (tag === 'a') anchorDepth++;
    frames.push({ next: el.firstChild, exit: tag === 'a' ? 'anchor' : null });
  }
  for (let i = runs.length - 1; i >= 0; i--) flush(runs[i]);
  return { blocks, owners };
}
