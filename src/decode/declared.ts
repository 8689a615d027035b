/**
 * What the bytes say about themselves, in the order they are honoured: a byte order mark, the
 * charset of a Content-Type header, a `<meta>` declaration found by a prescan of the head (as the
 * HTML standard's prescan does), and an XML declaration. Each finder returns the literal text of
 * the declaration, so that a note can quote it, and where it sits.
 */
import { DECODE_DEFAULTS } from './settings.js';

export interface Declaration {
  /** How the encoding was declared: the rule id's name part. */
  how: 'bom' | 'content-type' | 'meta-charset' | 'xml-declaration';
  /** The label as written (`ISO-8859-1`, `utf-8`…). */
  label: string;
  /** The declaration's literal text (`<meta charset="gbk">`, `text/html; charset=gbk`). */
  text: string;
  /** 1-based line where it sits, for declarations inside the bytes. */
  line?: number;
  /** Bytes to skip before decoding (a BOM's length). */
  skip: number;
}

/** A byte order mark: UTF-8 (EF BB BF), UTF-16LE (FF FE) or UTF-16BE (FE FF). */
export function findBom(bytes: Uint8Array): Declaration | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { how: 'bom', label: 'utf-8', text: 'EF BB BF', line: 1, skip: 3 };
  if (a === 0xff && b === 0xfe) return { how: 'bom', label: 'utf-16le', text: 'FF FE', line: 1, skip: 2 };
  if (a === 0xfe && b === 0xff) return { how: 'bom', label: 'utf-16be', text: 'FE FF', line: 1, skip: 2 };
  return null;
}

// `charset=gbk`, `charset="gbk"`, `charset='gbk'`, as in a Content-Type value or a meta content.
const CHARSET_PARAM = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i;

function charsetParam(value: string): string | null {
  const m = CHARSET_PARAM.exec(value);
  const label = m ? (m[1] ?? m[2] ?? m[3] ?? '') : '';
  return label.trim() ? label.trim() : null;
}

export function fromContentType(contentType: string | undefined): Declaration | null {
  if (!contentType) return null;
  const label = charsetParam(contentType);
  return label ? { how: 'content-type', label, text: contentType, skip: 0 } : null;
}

/** The head of the bytes as a string of one character per byte, for the prescans. */
function latin1Head(bytes: Uint8Array, limit: number): string {
  const end = Math.min(bytes.length, limit);
  let s = '';
  for (let i = 0; i < end; i += 4096) {
    s += String.fromCharCode(...bytes.subarray(i, Math.min(end, i + 4096)));
  }
  return s;
}

function lineAt(s: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (s.charCodeAt(i) === 10) line++;
  return line;
}

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const META_TAG = /<meta(?=[\s/])[^<>]*>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/g;

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const inner = tag.slice(5, -1);
  for (const m of inner.matchAll(ATTRIBUTE)) {
    const name = (m[1] ?? '').toLowerCase();
    if (name && !attrs.has(name)) attrs.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/**
 * The HTML prescan, simplified: comments are skipped, and the first `<meta charset>` or
 * `<meta http-equiv="Content-Type" content="…charset=…">` in the head wins.
 */
export function fromMeta(bytes: Uint8Array): Declaration | null {
  const head = latin1Head(bytes, DECODE_DEFAULTS.prescanBytes);
  // Comments are blanked (same length) so that positions, and so line numbers, stay true.
  const visible = head.replace(COMMENT, (c) => c.replace(/[^\n]/g, ' '));
  for (const m of visible.matchAll(META_TAG)) {
    const attrs = attributes(m[0]);
    let label: string | null = null;
    if (attrs.has('charset')) label = (attrs.get('charset') ?? '').trim() || null;
    else if ((attrs.get('http-equiv') ?? '').trim().toLowerCase() === 'content-type') {
      label = charsetParam(attrs.get('content') ?? '');
    }
    if (label) return { how: 'meta-charset', label, text: m[0], line: lineAt(head, m.index), skip: 0 };
  }
  return null;
}

/**
 * The declaration, then its encoding inside it: two patterns, each linear. As one pattern (a lazy
 * run up to "encoding", the value, then the run to `?>`) it was quadratic on a run of repeated
 * `encoding=''` with no `?>` after them, since each one was tried with a run to the end.
 * An XML declaration holds no `>` before its `?>` (its values are names and version numbers).
 */
const XML_DECLARATION = /^\s*<\?xml[^>]*\?>/;
const XML_ENCODING = /encoding\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/** `<?xml version="1.0" encoding="…"?>` at the very start. */
export function fromXmlDeclaration(bytes: Uint8Array): Declaration | null {
  const head = latin1Head(bytes, DECODE_DEFAULTS.xmlDeclarationBytes);
  const m = XML_DECLARATION.exec(head);
  const e = m ? XML_ENCODING.exec(m[0]) : null;
  const label = e ? (e[1] ?? e[2] ?? '').trim() : '';
  return m && label ? { how: 'xml-declaration', label, text: m[0].trim(), line: lineAt(head, m.index + m[0].search(/\S/)), skip: 0 } : null;
}
