/**
 * Lines from a byte stream, read on demand: the stream is only pulled when the consumer asks for
 * more, which is the back-pressure on reading. Each chunk's complete lines come out together, as
 * bytes (the main thread never decodes a record: the worker that parses it does), with whether
 * more bytes are already waiting in the stream.
 */
import { createReadStream, fstatSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** A record longer than this is refused (and skipped to its end) instead of being held in memory. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;
/**
 * How much of a file is read at once (Node reads 64 KB). A chunk's records make at most one batch
 * (and the rest of a partial one), and each batch costs the main thread a message each way: with
 * 64 KB chunks of full pages, batches held ~7 records.
 */
export const READ_CHUNK_BYTES = 1 << 20;

/** Standard input; a regular file given as standard input is read like a named file, in READ_CHUNK_BYTES chunks. */
export function stdinStream(): Readable {
  try {
    if (fstatSync(0).isFile()) return createReadStream('', { fd: 0, autoClose: false, highWaterMark: READ_CHUNK_BYTES });
  } catch {
    // no standard input at all: process.stdin reports it
  }
  return process.stdin;
}

export type Line =
  /** `bytes`: the line without its newline (and without a trailing CR). */
  | { number: number; tooLong: false; bytes: Buffer }
  /** A line over MAX_RECORD_BYTES, with the error message. */
  | { number: number; tooLong: true; message: string };

/** ASCII bytes that String.prototype.trim removes (a line is never split inside one). */
const ASCII_SPACE = new Set([0x09, 0x0b, 0x0c, 0x0d, 0x20]);

/**
 * True when the line holds only whitespace (as String.prototype.trim sees it). Decides on the first
 * ASCII byte that is not a space (a record's `{`); decodes only a line of spaces with non-ASCII
 * bytes in it (U+00A0, U+FEFF…).
 */
export function isBlank(bytes: Buffer): boolean {
  let ascii = true;
  for (const b of bytes) {
    if (b >= 0x80) ascii = false;
    else if (!ASCII_SPACE.has(b)) return false;
  }
  return ascii || !bytes.toString('utf8').trim();
}

export interface Lines {
  lines: Line[];
  /** Bytes already read from the source wait behind these lines (a reader need not hand these over yet). */
  more: boolean;
}

export async function* readLines(source: string | Readable): AsyncGenerator<Lines> {
  const stream = typeof source === 'string' ? createReadStream(source, { highWaterMark: READ_CHUNK_BYTES }) : source;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  let number = 0;
  const finish = (tail: Buffer): Line => {
    number++;
    if (skipping) {
      skipping = false;
      return { number, tooLong: true, message: `record longer than ${MAX_RECORD_BYTES} bytes` };
    }
    let buf = pending.length ? Buffer.concat([...pending, tail]) : tail;
    if (buf.length && buf[buf.length - 1] === 0x0d) buf = buf.subarray(0, buf.length - 1);
    pending = [];
    pendingBytes = 0;
    return { number, tooLong: false, bytes: buf };
  };
  for await (const chunk of stream) {
    const data = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    const out: Line[] = [];
    let at = 0;
    for (let nl = data.indexOf(0x0a, at); nl >= 0; nl = data.indexOf(0x0a, at)) {
      out.push(finish(data.subarray(at, nl)));
      at = nl + 1;
    }
    if (at < data.length && !skipping) {
      pending.push(data.subarray(at));
      pendingBytes += data.length - at;
      if (pendingBytes > MAX_RECORD_BYTES) {
        pending = [];
        pendingBytes = 0;
        skipping = true;
      }
    }
    if (!out.length) continue;
    // The read that this chunk's consumption started completes in the event loop's next turn
    // when the source has the bytes already (a file, a full pipe): let it, then look.
    if (!stream.readableLength) await nextTurn();
    yield { lines: out, more: stream.readableLength > 0 };
  }
  if (pendingBytes || skipping) yield { lines: [finish(Buffer.alloc(0))], more: false };
}
