/**
 * Output formats. A record is the article (alone for a single input, or led by its `path`/`id` in
 * a stream of many), or an error record `{path|id, error: {code, message}}`. Every formatted
 * record ends with a newline, so a stream is never left with half a record.
 */
import type { Article, Note } from '../types.js';
import { keyLabel, type ErrorInfo, type Format, type Key } from './protocol.js';

/** The key as it appears in a record: `{path}` or `{id}` (and `line` when the id is missing). */
function keyFields(key: Key): Record<string, unknown> {
  if ('path' in key) return { path: key.path };
  return key.id === null ? { id: null, line: key.line } : { id: key.id };
}

/**
 * The payload's keys after the record's key fields. Copied onto the fresh key object, not spread
 * into a new one: in Node 20's V8 each key a spread adds to an object made by a spread builds a
 * map of its own (~13 µs an article record, against ~0.4 µs).
 */
function recordOf(key: Key, many: boolean, payload: object): object {
  return many ? Object.assign(keyFields(key), payload) : payload;
}

/** In a stream of many, a text/markdown record is led by a header naming its input and ends with a blank line. */
function framed(format: 'text' | 'markdown', key: Key, body: string): string {
  const label = keyLabel(key).replace(/\s+/g, ' ');
  const head = format === 'text' ? `==> ${label} <==\n` : `<!-- copydesk: ${label.replace(/--/g, '- -')} -->\n\n`;
  return `${head}${body}\n`;
}

export function articleText(a: Article): string {
  const lines: string[] = [];
  if (a.headline) lines.push(a.headline);
  if (a.dateline) lines.push(a.dateline.text);
  if (a.byline) lines.push(a.byline);
  const head = lines.join('\n');
  const parts = [head, ...a.paragraphs];
  if (a.source) parts.push(`Source: ${a.source.name} (${a.source.kind})`);
  return parts.filter(Boolean).join('\n\n') + '\n';
}

/** A multi-line message on one line: each line trimmed, blank ones dropped, joined by a space. */
function oneLine(s: string): string {
  return s.includes('\n') ? s.split('\n').map((part) => part.trim()).filter(Boolean).join(' ') : s;
}

/** Escape what Markdown would read as markup at the start of a line or inline. */
function md(s: string): string {
  return s.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/^([ \t]*)(#{1,6}\s|[-+]\s|\d+[.)]\s|>)/gm, '$1\\$2');
}

export function articleMarkdown(a: Article): string {
  const parts: string[] = [];
  if (a.headline) parts.push(`# ${md(a.headline)}`);
  const meta = [a.dateline ? `*${md(a.dateline.text)}*` : '', a.byline ? md(a.byline) : ''].filter(Boolean);
  if (meta.length) parts.push(meta.join(' · '));
  parts.push(...a.paragraphs.map(md));
  if (a.source) parts.push(`Source: **${md(a.source.name)}** (${a.source.kind})`);
  return parts.join('\n\n') + '\n';
}

/** The record for one input in the given format. */
export function formatArticle(format: Format, key: Key, many: boolean, a: Article): string {
  switch (format) {
    case 'json':
      return JSON.stringify(recordOf(key, many, a), null, 2) + '\n';
    case 'jsonl':
      return JSON.stringify(recordOf(key, true, a)) + '\n';
    case 'text':
      return many ? framed('text', key, articleText(a)) : articleText(a);
    case 'markdown':
      return many ? framed('markdown', key, articleMarkdown(a)) : articleMarkdown(a);
  }
}

export function formatError(format: Format, key: Key, many: boolean, error: ErrorInfo): string {
  const record = { ...keyFields(key), error };
  switch (format) {
    case 'json':
      return JSON.stringify(record, null, 2) + '\n';
    case 'jsonl':
      return JSON.stringify(record) + '\n';
    case 'text':
      {
      const body = `error: ${error.message} [${error.code}]\n`;
      return many ? framed('text', key, body) : body;
    }
    case 'markdown':
      {
      const body = `**error:** ${md(error.message)} \`[${error.code}]\`\n`;
      return many ? framed('markdown', key, body) : body;
    }
  }
}

/** `path:line: reason [ruleId]`, one line per note, compiler-style. */
export function explainLines(key: Key, notes: readonly Note[]): string {
  const label = keyLabel(key);
  return notes
    .map((n) => {
      const where = typeof n.line === 'number' ? `${label}:${n.line}` : label;
      return `${where}: ${oneLine(n.reason)} [${n.ruleId}]\n`;
    })
    .join('');
}

export function explainError(key: Key, error: ErrorInfo): string {
  return `${keyLabel(key)}: error: ${oneLine(error.message)} [${error.code}]\n`;
}

/** The file-name extension of `--out` files for a format. */
export const OUT_EXTENSION: Record<Format, string> = {
  json: '.json',
  jsonl: '.jsonl',
  text: '.txt',
  markdown: '.md',
};

/** The `--out` file name for a result: the mirrored input path plus the format's extension. */
export function outName(rel: string, format: Format | null): string {
  return format ? rel + OUT_EXTENSION[format] : rel;
}
