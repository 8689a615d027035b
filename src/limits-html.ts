/**
 * HTML nesting depth, capped before any DOM parser sees the markup. Tree walks in the DOM engines,
 * Readability and the block stage recurse per level; 100,000 nested `<div>`s would overflow the
 * stack or take quadratic time. Tags that would open an element deeper than `maxDepth` are dropped
 * (their text stays, the element boundary becomes a space), as are the end tags that close them.
 *
 * The scan is one linear pass with indexOf and a small tag reader: no backtracking regex. It
 * follows the HTML tokenizer closely enough to count depth: comments, doctype, raw-text elements
 * (script, style, textarea…) and quoted attribute values are skipped; void elements, self-closed
 * tags and elements whose end tag is optional (p, li, td…) are not counted, so pages that leave
 * `<p>` unclosed are never flattened by mistake.
 */
import { cutTail, fmt, lineAt, preview } from './limits.js';
import type { Note } from './types.js';

const VOID = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Elements an HTML parser closes by itself (the next sibling closes them): never counted. */
const OPTIONAL_END = new Set([
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rb', 'rt',
  'rtc', 'rp', 'colgroup', 'caption', 'html', 'head', 'body',
]);

/** Elements whose content is raw text up to their end tag: skipped whole. */
const RAW_TEXT_END: Readonly<Record<string, RegExp>> = {
  script: /<\/script[\s/>]/gi,
  style: /<\/style[\s/>]/gi,
  textarea: /<\/textarea[\s/>]/gi,
  title: /<\/title[\s/>]/gi,
  xmp: /<\/xmp[\s/>]/gi,
  iframe: /<\/iframe[\s/>]/gi,
  noembed: /<\/noembed[\s/>]/gi,
  noframes: /<\/noframes[\s/>]/gi,
  noscript: /<\/noscript[\s/>]/gi,
};

const isNameStart = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;

interface Tag {
  name: string;
  /** Index just past the tag's `>` (or the end of input). */
  end: number;
  selfClosed: boolean;
}

/** Reads a start or end tag whose name begins at `i` (just past `<` or `</`). */
function readTag(s: string, i: number): Tag {
  let k = i;
  while (k < s.length && !isSpace(s.charCodeAt(k)) && s[k] !== '/' && s[k] !== '>') k++;
  const name = s.slice(i, k).toLowerCase();
  let selfClosed = false;
  while (k < s.length) {
    const c = s[k];
    if (c === '>') return { name, end: k + 1, selfClosed };
    if (c === '/') {
      selfClosed = s[k + 1] === '>';
      k++;
      continue;
    }
    selfClosed = false;
    if (c === '=') {
      k++;
      while (k < s.length && isSpace(s.charCodeAt(k))) k++;
      const q = s[k];
      if (q === '"' || q === "'") {
        const close = s.indexOf(q, k + 1);
        if (close === -1) return { name, end: s.length, selfClosed: false };
        k = close + 1;
        continue;
      }
    }
    k++;
  }
  return { name, end: s.length, selfClosed: false };
}

/**
 * The markup with every tag past `maxDepth` dropped, and one `limits/nesting-depth` note when
 * any was. Returns the same string when the page is within the limit.
 */
export function flattenDeepNesting(s: string, maxDepth: number, notes: Note[]): string {
  const stack: string[] = [];
  const open = new Map<string, number>();
  const droppedOpen = new Map<string, number>();
  const cuts: number[] = []; // pairs of [start, end) ranges to replace by a space
  let deepest = 0;
  let firstDrop = -1;
  let i = 0;
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    if (lt === -1) break;
    const c = s.charCodeAt(lt + 1);
    if (c === 0x21 /* ! */) {
      if (s.startsWith('<!--', lt)) {
        const close = s.indexOf('-->', lt + 4);
        i = close === -1 ? s.length : close + 3;
      } else {
        const close = s.indexOf('>', lt + 2);
        i = close === -1 ? s.length : close + 1;
      }
      continue;
    }
    if (c === 0x3f /* ? */) {
      const close = s.indexOf('>', lt + 2);
      i = close === -1 ? s.length : close + 1;
      continue;
    }
    if (c === 0x2f /* / */ && isNameStart(s.charCodeAt(lt + 2))) {
      const tag = readTag(s, lt + 2);
      const dropped = droppedOpen.get(tag.name) ?? 0;
      if (dropped > 0) {
        droppedOpen.set(tag.name, dropped - 1);
        cuts.push(lt, tag.end);
      } else if ((open.get(tag.name) ?? 0) > 0) {
        // Closing an element closes everything opened inside it, dropped tags included.
        for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
          open.set(top, (open.get(top) ?? 1) - 1);
          if (top === tag.name) break;
        }
        droppedOpen.clear();
      }
      i = tag.end;
      continue;
    }
    if (!isNameStart(c)) {
      i = lt + 1;
      continue;
    }
    const tag = readTag(s, lt + 1);
    i = tag.end;
    const rawEnd = RAW_TEXT_END[tag.name];
    if (rawEnd) {
      rawEnd.lastIndex = i;
      const m = rawEnd.exec(s);
      i = m ? m.index : s.length;
      continue;
    }
    if (tag.selfClosed || VOID.has(tag.name) || OPTIONAL_END.has(tag.name)) continue;
    if (stack.length >= maxDepth) {
      if (firstDrop === -1) firstDrop = lt;
      droppedOpen.set(tag.name, (droppedOpen.get(tag.name) ?? 0) + 1);
      cuts.push(lt, tag.end);
      continue;
    }
    stack.push(tag.name);
    open.set(tag.name, (open.get(tag.name) ?? 0) + 1);
    if (stack.length > deepest) deepest = stack.length;
  }
  if (cuts.length === 0) return s;
  const out: string[] = [];
  let from = 0;
  let droppedTags = 0;
  for (let k = 0; k < cuts.length; k += 2) {
    out.push(s.slice(from, cuts[k]), ' ');
    from = cuts[k + 1];
    droppedTags++;
  }
  out.push(s.slice(from));
  notes.push({
    ruleId: 'limits/nesting-depth',
    action: 'remove',
    reason: `markup nests elements past the limit of ${fmt(maxDepth)} levels (limits.maxDepth); ${fmt(droppedTags)} start and end tags deeper than that were dropped before parsing, their text kept (note text: the markup from the first dropped tag)`,
    text: preview(s.slice(firstDrop === -1 ? cuts[0] : firstDrop)),
    line: lineAt(s, firstDrop === -1 ? cuts[0] : firstDrop),
  });
  return out.join('');
}

/** A character reference as the HTML tokenizer reads one (the `;` is optional for legacy names). */
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,10}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});?/g;

/** The markup cut just before its `maxEntities + 1`-th character reference, with a `limits/entities-cut` note. */
export function capEntities(s: string, maxEntities: number, notes: Note[]): string {
  if (s.indexOf('&') === -1) return s;
  let count = 0;
  CHARACTER_REFERENCE.lastIndex = 0;
  for (let m = CHARACTER_REFERENCE.exec(s); m; m = CHARACTER_REFERENCE.exec(s)) {
    count++;
    if (count > maxEntities) {
      let total = count;
      while (CHARACTER_REFERENCE.exec(s)) total++;
      return cutTail(
        s,
        m.index,
        notes,
        'limits/entities-cut',
        `markup holds ${fmt(total)} character references, past the limit of ${fmt(maxEntities)} (limits.maxEntities); the markup is cut before reference ${fmt(maxEntities + 1)}`,
      );
    }
  }
  return s;
}
