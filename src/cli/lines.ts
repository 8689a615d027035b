/**
 * Lines from a byte stream, read on demand: the stream is only pulled when the consumer asks for
 * more, which is the back-pressure on reading. Each chunk's complete lines come out together.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

/** A record longer than this is refused (and skipped to its end) instead of being held in memory. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

export interface Line {
  /** 1-based line number in its stream. */
  number: number;
  /** The line without its newline (and without a trailing CR); for `tooLong`, the error message. */
  text: string;
  tooLong: boolean;
}

export async function* readLines(source: string | Readable): AsyncGenerator<Line[]> {
  const stream = typeof source === 'string' ? createReadStream(source) : source;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  let number = 0;
  const finish = (tail: Buffer): Line => {
    number++;
    if (skipping) {
      skipping = false;
      return { number, text: `record longer than ${MAX_RECORD_BYTES} bytes`, tooLong: true };
    }
    let buf = pending.length ? Buffer.concat([...pending, tail]) : tail;
    if (buf.length && buf[buf.length - 1] === 0x0d) buf = buf.subarray(0, buf.length - 1);
    pending = [];
    pendingBytes = 0;
    return { number, text: buf.toString('utf8'), tooLong: false };
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
    if (out.length) yield out;
  }
  if (pendingBytes || skipping) yield [finish(Buffer.alloc(0))];
}
