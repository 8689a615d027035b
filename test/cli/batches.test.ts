/**
 * How JSONL records are cut into batches for the pool: full batches while the stream is long, then,
 * when its size is known (a file), batches that shrink towards its end so the threads finish together.
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { LINE_BATCH, LINE_BATCH_BYTES, TAIL_PARTS, taskBatches } from '../../src/cli/sources.js';
import { READ_CHUNK_BYTES } from '../../src/cli/lines.js';
import type { Task } from '../../src/cli/protocol.js';
import { tempDir } from './helpers.js';

const RECORDS = 300;
/** Records of about 10 KB, a little different in length each. */
const record = (i: number) => JSON.stringify({ id: `r-${i}`, text: `${'word '.repeat(2000 + (i % 7) * 50)}${i}` });

async function batchesOf(source: { paths: string[]; stdin: NodeJS.ReadableStream }, jobs: number): Promise<Task[][]> {
  const out: Task[][] = [];
  for await (const b of taskBatches({ paths: source.paths, input: 'jsonl', stdin: source.stdin as never }, jobs)) out.push(b);
  return out;
}

const lineOf = (t: Task) => (t.kind === 'line' ? t.line : -1);
const bytesOf = (b: Task[]) => b.reduce((n, t) => n + (t.kind === 'line' ? t.bytes.length + 1 : 0), 0);

function writeStream(): { path: string; text: string; size: number } {
  const text = Array.from({ length: RECORDS }, (_, i) => record(i)).join('\n') + '\n';
  const path = join(tempDir(), 'stream.jsonl');
  writeFileSync(path, text);
  return { path, text, size: Buffer.byteLength(text) };
}

describe('JSONL batches', () => {
  it('of a file shrink towards its end, each at most its share of what was left, and keep every record in order', async () => {
    const { path, size } = writeStream();
    for (const source of [{ paths: [path], stdin: new PassThrough() }, { paths: ['-'], stdin: createReadStream(path, { highWaterMark: READ_CHUNK_BYTES }) }]) {
      const jobs = 2;
      const batches = await batchesOf(source, jobs);
      expect(batches.flat().map(lineOf)).toEqual(Array.from({ length: RECORDS }, (_, i) => i + 1));
      let before = 0;
      for (const b of batches) {
        const bytes = bytesOf(b);
        expect(b.length).toBeLessThanOrEqual(LINE_BATCH);
        // The record that crossed the limit is the batch's last: without it the batch was under its share.
        expect(bytes - (b.at(-1) as { bytes: Uint8Array }).bytes.length - 1).toBeLessThan(Math.min(LINE_BATCH_BYTES, (size - before) / (TAIL_PARTS * jobs)));
        before += bytes;
      }
      // A batch may also end with a chunk of the file when the next one is not read yet; most are full.
      expect(Math.max(...batches.map((b) => b.length))).toBe(LINE_BATCH);
      expect(batches.at(-1)).toHaveLength(1);
      expect(batches.length).toBeGreaterThan(Math.ceil(RECORDS / LINE_BATCH) + 5);
    }
  });

  it('of a pipe, whose size is unknown, stay full to the end', async () => {
    const { text } = writeStream();
    const stdin = new PassThrough();
    stdin.end(text);
    const batches = await batchesOf({ paths: ['-'], stdin }, 2);
    expect(batches.map((b) => b.length)).toEqual([...Array<number>(Math.floor(RECORDS / LINE_BATCH)).fill(LINE_BATCH), RECORDS % LINE_BATCH]);
  });
});
