/**
 * What the CLI's main thread and its worker threads say to each other. The main thread only reads
 * paths and lines and writes bytes; everything that costs CPU (reading a file, decoding and parsing
 * a JSONL record, cleaning, formatting, encoding the output, rendering the report) happens in a
 * worker. Records travel as UTF-8 bytes both ways, never as strings: a string crossing threads is
 * copied into the other heap (where the main thread's collector then moves it) and encoded again
 * by the write, which made the main thread a bottleneck on 2 cores. Types and small constants only: the main thread never loads the library.
 */

export type Format = 'json' | 'jsonl' | 'text' | 'markdown';
export type Mode = 'auto' | 'text' | 'html';

/** Options that travel with every batch: how to clean and what to produce. */
export interface WorkerConfig {
  mode: Mode;
  url?: string;
  contentType?: string;
  disable?: string[];
  dom?: 'linkedom' | 'jsdom';
  /** The stdout format; `null` when nothing goes to stdout. */
  stdout: Format | null;
  /** True when the stdout stream holds many records (record carries its path or id). */
  many: boolean;
  /** The format of `--out` files; `null` without `--out`. */
  file: Format | null;
  explain: boolean;
  report: boolean;
  /** `copydesk check`: compare with (or, with `update`, rewrite) each input's golden file. */
  check: { update: boolean; quiet: boolean } | null;
}

/** Where a record came from: a file path or a JSONL record's id (with its line number). */
export type Key =
  | { path: string }
  | { id: string | number | null; line: number };

/** One unit of work. `rel` is the output path (for `--out`) relative to the output folder. */
export type Task =
  | { kind: 'file'; key: Key; rel: string; path: string }
  | { kind: 'bytes'; key: Key; rel: string; bytes: Uint8Array }
  /** A JSONL record's UTF-8 bytes (a view into its batch's one buffer). */
  | { kind: 'line'; line: number; rel: string | null; bytes: Uint8Array }
  | { kind: 'error'; key: Key; rel: string; code: string; message: string };

export interface Batch {
  config: WorkerConfig;
  tasks: Task[];
  /** Position of the batch's first task in the whole run. */
  start: number;
  /** Buffers of earlier results, written out and handed back (transferred) to encode this batch's into. */
  spare: ArrayBuffer[];
}

/** A batch's results, and every buffer their texts point into (transferred back with them). */
export interface BatchResult {
  results: TaskResult[];
  buffers: ArrayBuffer[];
}

export interface ErrorInfo {
  code: string;
  message: string;
}

/** One section of the visual report, rendered in the worker. */
export interface ReportPart {
  /** The section's HTML (an `<article>` element with a stable anchor). */
  html: string;
  /** The index row's HTML. */
  row: string;
}

/**
 * One task's outputs: as strings where the worker makes them (`TaskResult<string>`), as UTF-8
 * bytes once packed for the main thread (views into the batch's one transferred buffer).
 */
export interface TaskResult<Text = Uint8Array> {
  key: Key;
  /** The output path relative to `--out`. */
  rel: string;
  error: ErrorInfo | null;
  /** The record for stdout, newline-terminated, when stdout carries records. */
  stdout: Text | null;
  /** The content of the `--out` file. */
  file: Text | null;
  /** `--explain` lines, newline-terminated. */
  explain: Text | null;
  report: ReportPart | null;
  /** `check` only: ok, differs, missing, created or updated. */
  status?: string;
}

/** A key as people read it: the path, or the record's id (or its line when it has none). */
export function keyLabel(key: Key): string {
  if ('path' in key) return key.path;
  return key.id === null ? `line ${key.line}` : String(key.id);
}

/** Error codes of the CLI's own checks (file-system failures keep Node's code: ENOENT, EACCES, EISDIR, ELOOP…). */
export const ERROR_CODES = {
  binary: 'EBINARY', // the bytes are not text (NUL bytes without a UTF-16 byte-order mark, or a known binary signature)
  gzip: 'EGZIP', // a gzip stream that does not decompress
  json: 'EJSON', // a JSONL line that is not a JSON object
  record: 'ERECORD', // a JSONL record without `text`, `html` or `bytes_b64`, or with a bad `id`
  base64: 'EBASE64', // `bytes_b64` that is not base64
  clean: 'ECLEAN', // cleaning failed (an `internal/error` note)
  worker: 'EWORKER', // the worker thread died
} as const;
