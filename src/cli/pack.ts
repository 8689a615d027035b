/**
 * A batch's outputs as bytes: every stdout record, `--out` file and `--explain` text is encoded as
 * UTF-8 as soon as its task is done, into a few large buffers, and each result keeps views into
 * them. The worker hands those buffers over (transferred, not copied) and the main thread writes
 * the views as they are: it never holds a record as a string, so it neither copies nor encodes nor
 * collects one. Encoding each result at once, rather than the batch at its end, lets the strings
 * die young in the worker's heap: a batch of 64 pages held ~3–5 MB of them, which survived young
 * collections, and the old generation's concurrent marking (V8's helper threads) paid for it.
 * The main thread hands written buffers back with later batches (`Batch.spare`): a buffer it merely
 * dropped would be freed only at its next collection, which its small allocations make rare, and
 * tens of MB of them waited for it (peak RSS 293 MB against 282 on 10,000 short records, --jobs 2).
 */
import type { BatchResult, TaskResult } from './protocol.js';

/** Size of the buffers results are encoded into (a longer text gets a buffer of its own size). */
export const PACK_BLOCK_BYTES = 1 << 20;

export class ResultPacker {
  private readonly full: ArrayBuffer[] = [];
  private block: Buffer<ArrayBuffer> | null = null;
  private at = 0;

  /** `spare`: buffers to fill before allocating any. */
  constructor(private readonly spare: ArrayBuffer[] = []) {}

  private next(n: number): Buffer<ArrayBuffer> {
    const i = this.spare.findIndex((b) => b.byteLength >= n);
    if (i >= 0) return Buffer.from(this.spare.splice(i, 1)[0]);
    // Not from Node's shared pool of small buffers: each buffer changes hands as a whole.
    return Buffer.allocUnsafeSlow(Math.max(PACK_BLOCK_BYTES, n));
  }

  private bytes(s: string | null): Uint8Array | null {
    if (s === null) return null;
    const n = Buffer.byteLength(s, 'utf8');
    if (!this.block || this.at + n > this.block.length) {
      if (this.block) this.full.push(this.block.buffer);
      this.block = this.next(n);
      this.at = 0;
    }
    this.block.write(s, this.at, 'utf8');
    const view = new Uint8Array(this.block.buffer, this.block.byteOffset + this.at, n);
    this.at += n;
    return view;
  }

  /** The result with its texts as views into the packer's buffers. */
  add(r: TaskResult<string>): TaskResult {
    return { ...r, stdout: this.bytes(r.stdout), file: this.bytes(r.file), explain: this.bytes(r.explain) };
  }

  /** The results with every buffer their views point into, and the spare ones left unused (to transfer back). */
  done(results: TaskResult[]): BatchResult {
    return { results, buffers: [...this.full, ...(this.block ? [this.block.buffer] : []), ...this.spare] };
  }
}
