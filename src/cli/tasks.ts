/**
 * One task in a worker: get the input (read the file, or parse the JSONL record), clean it, and
 * produce every output asked for. Anything that fails becomes an error record with a code; nothing
 * here throws.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { cleanArticle } from '../clean.js';
import type { Article, ArticleInput, CleanOptions } from '../types.js';
import { explainArticle } from './explain.js';
import { checkGolden } from './golden-check.js';
import { explainError, explainLines, formatArticle, formatError } from './format.js';
import { ERROR_CODES, keyLabel, type ErrorInfo, type Key, type ReportPart, type Task, type TaskResult, type WorkerConfig } from './protocol.js';
import { renderErrorSection, renderSection } from './report.js';


class InputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Signatures of binary formats people find in scraped folders. */
const BINARY_MAGIC: readonly number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP (docx, epub…)
  [0x47, 0x49, 0x46, 0x38], // GIF
];
/** How much of the start of a file is sniffed for NUL bytes. */
export const BINARY_SNIFF_BYTES = 8192;

const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((v, i) => b[i] === v);

/** Gunzip gzip files; refuse bytes that are not text. */
function textBytes(bytes: Uint8Array): Uint8Array {
  if (startsWith(bytes, [0x1f, 0x8b])) {
    try {
      bytes = new Uint8Array(gunzipSync(bytes));
    } catch (e) {
      throw new InputError(ERROR_CODES.gzip, `gzip data does not decompress: ${(e as Error).message}`);
    }
  }
  const sig = BINARY_MAGIC.find((s) => startsWith(bytes, s));
  if (sig) throw new InputError(ERROR_CODES.binary, `binary file (signature ${sig.map((v) => v.toString(16).padStart(2, '0')).join(' ')})`);
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (!utf16) {
    const head = bytes.subarray(0, BINARY_SNIFF_BYTES);
    const nul = head.indexOf(0);
    if (nul >= 0) throw new InputError(ERROR_CODES.binary, `binary file (NUL byte at offset ${nul}, no UTF-16 byte-order mark)`);
  }
  return bytes;
}

/** Standard or URL-safe base64, tested once whitespace is taken out. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$|^[A-Za-z0-9\-_]*={0,2}$/;
const WHITESPACE = /\s+/g;

/** A JSONL record: `{"id", "text"|"html"|"bytes_b64", "url"?, "contentType"?}`. */
function parseRecord(line: number, text: string): { key: Key; input: ArticleInput } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new InputError(ERROR_CODES.json, `not JSON: ${(e as Error).message}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InputError(ERROR_CODES.json, "not a JSON object");
  const r = value as Record<string, unknown>;
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? r.id : null;
  const key: Key = { id, line };
  const fail = (code: string, message: string): never => {
    throw Object.assign(new InputError(code, message), { key });
  };
  if (r.id !== undefined && id === null) fail(ERROR_CODES.record, `"id" must be a string or a number, got ${JSON.stringify(r.id)}`);
  const input: ArticleInput = {};
  if (typeof r.url === 'string') input.url = r.url;
  if (typeof r.contentType === 'string') input.contentType = r.contentType;
  if (typeof r.html === 'string') input.html = r.html;
  else if (typeof r.text === 'string') input.text = r.text;
  else if (typeof r.bytes_b64 === 'string') {
    if (!BASE64.test(r.bytes_b64.replace(WHITESPACE, ''))) fail(ERROR_CODES.base64, '"bytes_b64" is not base64');
    const b64 = r.bytes_b64.replace(/-/g, '+').replace(/_/g, '/');
    input.bytes = textBytes(new Uint8Array(Buffer.from(b64, 'base64')));
  } else fail(ERROR_CODES.record, 'the record has no "text", "html" or "bytes_b64" string');
  return { key, input };
}

/** A safe relative output path for a record id (no `..`, no absolute path). */
function relForId(key: Key): string {
  if ('line' in key && key.id === null) return `line-${key.line}`;
  const base = keyLabel(key);
  const safe = base
    .split(/[\\/]+/)
    .map((seg) => seg.replace(/[\u0000-\u001f<>:"|?*]/g, '_'))
    .filter((seg) => seg && seg !== '.' && seg !== '..')
    .join('/');
  return safe || `line-${'line' in key ? key.line : 0}`;
}

/** The API options the CLI flags stand for. A record's own `url`/`contentType` win over the flags. */
function cleanOptions(config: WorkerConfig): CleanOptions {
  const o: CleanOptions = { mode: config.mode };
  if (config.url) o.url = config.url;
  if (config.contentType) o.contentType = config.contentType;
  if (config.disable?.length) o.disable = config.disable;
  if (config.dom) o.dom = config.dom;
  return o;
}

function failed(key: Key, rel: string, error: ErrorInfo, config: WorkerConfig, index: number): TaskResult<string> {
  return {
    key,
    rel,
    error,
    stdout: config.stdout ? formatError(config.stdout, key, config.many, error) : null,
    file: config.file ? formatError(config.file, key, false, error) : null,
    explain: config.explain ? explainError(key, error) : null,
    report: config.report ? renderErrorSection(keyLabel(key), index, error) : null,
  };
}

function succeeded(key: Key, rel: string, article: Article, config: WorkerConfig, report: ReportPart | null): TaskResult<string> {
  return {
    key,
    rel,
    error: null,
    stdout: config.stdout ? formatArticle(config.stdout, key, config.many, article) : null,
    file: config.file ? formatArticle(config.file, key, false, article) : null,
    explain: config.explain ? explainLines(key, article.notes) : null,
    report,
  };
}

/** Runs one task. `index` is its position in the whole run (for the report's anchors). */
export function runTask(task: Task, config: WorkerConfig, index: number): TaskResult<string> {
  let key: Key = task.kind === 'line' ? { id: null, line: task.line } : task.key;
  let rel = task.rel ?? relForId(key);
  try {
    let input: string | Uint8Array | ArticleInput;
    if (task.kind === 'error') return failed(key, rel, { code: task.code, message: task.message }, config, index);
    if (task.kind === 'file') input = textBytes(new Uint8Array(readFileSync(task.path)));
    else if (task.kind === 'bytes') input = textBytes(task.bytes);
    else {
      const parsed = parseRecord(task.line, Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength).toString('utf8'));
      key = parsed.key;
      rel = task.rel ?? relForId(key);
      input = parsed.input;
    }
    const options = cleanOptions(config);
    const explained = config.report ? explainArticle(input, options) : null;
    const article = explained ? explained.article : cleanArticle(input, options);
    const broken = article.notes.find((n) => n.ruleId === 'internal/error');
    if (broken) return failed(key, rel, { code: ERROR_CODES.clean, message: broken.reason }, config, index);
    if (config.check && task.kind === 'file') {
      const checked = checkGolden(task.path, article, config.check.update);
      const text = config.check.quiet && checked.status === 'ok' ? null : checked.text;
      return { key, rel, error: checked.error, stdout: text, file: null, explain: null, report: null, status: checked.status };
    }
    const report = explained ? renderSection(keyLabel(key), index, explained) : null;
    return succeeded(key, rel, article, config, report);
  } catch (e) {
    const err = e as Partial<InputError> & { key?: Key };
    if (err.key) key = err.key;
    if (task.kind === 'line') rel = task.rel ?? relForId(key);
    const code = typeof err.code === 'string' ? err.code : ERROR_CODES.clean;
    const message = (typeof err.message === 'string' ? err.message : String(e)).replace(/^[A-Z]+: /, '');
    return failed(key, rel, { code, message }, config, index);
  }
}

