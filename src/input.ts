/**
 * Input normalisation: whatever the caller hands over becomes one string in one mode.
 * Bytes are decoded here (once); nothing later reaches back to the bytes.
 */
import { decodeBytes } from './decode/decode-bytes.js';
import type { ArticleInput, CleanOptions, Note } from './types.js';

export interface NormalizedInput {
  mode: 'text' | 'html';
  content: string;
  url: string | null;
}

// A doctype, an <html>/<body>/<head> tag, or dense tags: markup. Anything else is plain text.
const MARKUP_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml)/i;
const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]{0,200})?>/gi;
/** Tags per 1,000 characters above which a string is treated as markup. */
export const MARKUP_TAG_DENSITY = 5;

export function looksLikeHtml(s: string): boolean {
  const head = s.slice(0, 4096);
  if (MARKUP_START.test(head)) return true;
  const sample = s.slice(0, 20_000);
  const tags = sample.match(TAG)?.length ?? 0;
  return tags >= 3 && (tags * 1000) / Math.max(sample.length, 1) >= MARKUP_TAG_DENSITY;
}

function isBytes(x: unknown): x is Uint8Array {
  return x instanceof Uint8Array;
}

export function normalizeInput(
  input: string | Uint8Array | ArticleInput,
  options: CleanOptions,
  notes: Note[],
): NormalizedInput {
  let forced: 'text' | 'html' | null = options.mode && options.mode !== 'auto' ? options.mode : null;
  let url = options.url ?? null;
  let contentType = options.contentType;
  let content: string;

  if (typeof input === 'string') {
    content = input;
  } else if (isBytes(input)) {
    const decoded = decodeBytes(input, { contentType });
    notes.push(...decoded.notes);
    content = decoded.text;
  } else if (input && typeof input === 'object') {
    url = input.url ?? url;
    contentType = input.contentType ?? contentType;
    if (typeof input.html === 'string') {
      content = input.html;
      forced ??= 'html';
    } else if (typeof input.text === 'string') {
      content = input.text;
      forced ??= 'text';
    } else if (isBytes(input.bytes)) {
      const decoded = decodeBytes(input.bytes, { contentType });
      notes.push(...decoded.notes);
      content = decoded.text;
    } else {
      content = '';
    }
  } else {
    content = '';
  }

  const mode = forced ?? (looksLikeHtml(content) || /html|xml/i.test(contentType ?? '') ? 'html' : 'text');
  return { mode, content, url };
}
